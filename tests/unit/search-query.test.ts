import { describe, expect, it } from 'vitest';
import { exactPhrase, phrasePositions, hitLanguage, inLocale, parseSearch, searchQuery } from '../../src/search/query';

describe('search state in the address', () => {
  it('round-trips query, language and filters', () => {
    const state = { q: '"торговли людьми"', lang: 'ru', filters: { source: 'tip-2023', kind: 'segment' } };
    expect(parseSearch(searchQuery(state))).toEqual(state);
  });
  it('writes nothing for an empty search and ignores unknown parameters', () => {
    expect(searchQuery({ q: '', lang: '', filters: {} })).toBe('');
    expect(parseSearch('?q=x&foo=bar')).toEqual({ q: 'x', lang: '', filters: {} });
  });
});

describe('hits', () => {
  it('open in the reader’s interface language, keeping the passage and the highlight', () => {
    expect(inLocale('/kk/sources/tip-2023/?highlight=%D0%BA#protection-1', 'en')).toBe(
      '/en/sources/tip-2023/?highlight=%D0%BA#protection-1',
    );
  });
  it('say which language index they came from', () => {
    expect(hitLanguage('/ru/sources/tip-2023/#summary')).toBe('ru');
    expect(hitLanguage('/data/figures.json')).toBeNull();
  });
});

describe('exact phrases', () => {
  it('are a whole query in quotes of any usual kind', () => {
    expect(exactPhrase('"число сотрудников"')).toBe('число сотрудников');
    expect(exactPhrase('«адам саудасы»')).toBe('адам саудасы');
    expect(exactPhrase('число "сотрудников"')).toBeNull();
  });
});

describe('phrase positions', () => {
  it('finds where a phrase starts, ignoring case and punctuation around words', () => {
    expect(
      phrasePositions('Правительство выявило 24 жертвы. Правительство выявило, 24 жертвы', 'правительство выявило 24 жертвы'),
    ).toEqual([0, 4]);
    expect(phrasePositions('выявило 24 жертвы', 'выявило 25 жертвы')).toEqual([]);
    expect(phrasePositions('(23 – за торговлю) выявило 24 жертвы', 'выявило 24 жертвы')).toEqual([4]);
  });
});
