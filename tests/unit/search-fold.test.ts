import { describe, expect, it } from 'vitest';
import { foldKazakh, foldedWords, kazakhIndexAttrs } from '../../src/search/fold';

describe('Kazakh folding', () => {
  it('turns each Kazakh letter into the Russian letter typed for it', () => {
    expect(foldKazakh('құрбан')).toBe('курбан');
    expect(foldKazakh('өңір')).toBe('онир');
    expect(foldKazakh('құрбандарын')).toBe('курбандарын');
    expect(foldKazakh('ӘҒҚҢӨҰҮҺІ әғқңөұүһі')).toBe('АГКНОУУХИ агкноуухи');
  });
  it('leaves words without those letters alone, and other scripts too', () => {
    expect(foldKazakh('саудасы')).toBe('саудасы');
    expect(foldKazakh('trafficking — торговля 2023')).toBe('trafficking — торговля 2023');
  });
  it('keeps the number of words, so word positions stay comparable', () => {
    const text = 'Адам саудасының құрбандарын анықтау, 2023 ж.';
    expect(foldKazakh(text).split(/\s+/)).toHaveLength(text.split(/\s+/).length);
  });
});

describe('the folded copy for the Kazakh index', () => {
  it('holds every word in order, lower-cased and folded, between markers', () => {
    expect(foldedWords('Құрбандарды анықтау және адам саудасы.')).toBe('⟦ курбандарды аныктау жане адам саудасы ⟧');
  });
  it('keeps hyphenated words whole and drops punctuation', () => {
    expect(foldedWords('«Хат-хабарларға арналған» (автор)')).toBe('⟦ хат-хабарларга арналган автор ⟧');
  });
  it('is empty when folding changes nothing', () => {
    expect(foldedWords('адам саудасы 2023')).toBe('');
  });
  it('is added only to Kazakh text on Kazakh pages', () => {
    expect(kazakhIndexAttrs('өңірлік', 'kk', 'kk')).toEqual({
      'data-folded': '⟦ онирлик ⟧',
      'data-pagefind-index-attrs': 'data-folded',
    });
    expect(kazakhIndexAttrs('өңірлік', 'kk', 'ru')).toEqual({});
    expect(kazakhIndexAttrs('регион', 'ru', 'kk')).toEqual({});
    expect(kazakhIndexAttrs('адам', 'kk', 'kk')).toEqual({});
  });
});
