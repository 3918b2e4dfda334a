import { describe, expect, it } from 'vitest';
import { highlightTerms, matchesTerm } from '../../src/search/highlight';

describe('highlighting on arrival', () => {
  it('reads the terms from the address, without quotes, folded', () => {
    expect(
      highlightTerms(
        '?highlight=%22%D0%9F%D1%80%D0%B0%D0%B2%D0%B8%D1%82%D0%B5%D0%BB%D1%8C%D1%81%D1%82%D0%B2%D0%BE&highlight=24%22',
      ),
    ).toEqual(['правительство', '24']);
    expect(highlightTerms('?highlight=%D2%9B%D2%B1%D1%80%D0%B1%D0%B0%D0%BD')).toEqual(['курбан']);
    expect(highlightTerms('?cols=kk')).toEqual([]);
  });
  it('marks Kazakh words by prefix, whichever keyboard typed the query', () => {
    expect(matchesTerm('құрбандарын', 'курбан', 'kk')).toBe(true);
    expect(matchesTerm('өңірлік', 'онир', 'kk')).toBe(true);
    expect(matchesTerm('саудасы', 'сауда', 'kk')).toBe(true);
    expect(matchesTerm('сауда', 'саудасы', 'kk')).toBe(false);
  });
  it('marks the other forms of a Russian or English word that Pagefind stemmed', () => {
    expect(matchesTerm('торговлей', 'торговли', 'ru')).toBe(true);
    expect(matchesTerm('«жертвы', 'жертвами', 'ru')).toBe(true);
    expect(matchesTerm('investigations', 'investigation', 'en')).toBe(true);
    expect(matchesTerm('правительство', 'торговли', 'ru')).toBe(false);
  });
  it('marks short terms only where they are the whole word', () => {
    expect(matchesTerm('24', '24', 'ru')).toBe(true);
    expect(matchesTerm('240', '24', 'ru')).toBe(false);
    expect(matchesTerm('в', 'в', 'ru')).toBe(true);
    expect(matchesTerm('выявило', 'в', 'ru')).toBe(false);
  });
});

describe('hyphenated words', () => {
  it('are marked for a query on either part', () => {
    expect(matchesTerm('хат-хабарларға', 'хабар', 'kk')).toBe(true);
    expect(matchesTerm('хат-хабарларға', 'хат-хабарларга', 'kk')).toBe(true);
  });
});
