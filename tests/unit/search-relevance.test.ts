import { describe, expect, it } from 'vitest';
import { isRelevant, matchedWords, mentionsAny, sharesStem } from '../../src/search/relevance';
import { queryTerms } from '../../src/search/excerpt';

describe('words a hit matched', () => {
  it('are read from the content at the matched positions', () => {
    expect(matchedWords('Правительство выявило 24 жертвы торговли', [1, 4, 9])).toEqual(['выявило', 'торговли']);
  });
});

describe('relevance', () => {
  it('keeps the word itself, longer words and other forms of it', () => {
    expect(sharesStem('торговлей', 'торговли')).toBe(true);
    expect(sharesStem('людей', 'люди')).toBe(true);
    expect(sharesStem('«Құрбандарына»', 'курбандарын')).toBe(true);
    expect(sharesStem('pretrial', 'pretrial')).toBe(true);
    expect(sharesStem('24', '24')).toBe(true);
  });
  it('drops what Pagefind found for a mere prefix of a query word', () => {
    // `курбандарын` asked of the Russian index finds the preposition `к`.
    expect(sharesStem('к', 'курбандарын')).toBe(false);
    expect(isRelevant(['к', 'к'], queryTerms('курбандарын'))).toBe(false);
    expect(sharesStem('правительство', 'правозащитник')).toBe(false);
  });
  it('wants every query word on a page, and one of them in a passage', () => {
    const terms = queryTerms('жертвы торговли');
    expect(isRelevant(['жертв', 'торговлей'], terms)).toBe(true);
    expect(isRelevant(['жертв', 'т'], terms)).toBe(false);
    expect(mentionsAny(['жертвами'], terms)).toBe(true);
    expect(mentionsAny(['т'], terms)).toBe(false);
  });
});

describe('words joined by punctuation', () => {
  it('count by their parts too, as Pagefind indexes them', () => {
    expect(sharesStem('Data:Pretrial', 'pretrial')).toBe(true);
    expect(sharesStem('хат-хабарларға', 'хабар')).toBe(true);
    expect(sharesStem('хат-хабарларға', 'хат-хабар')).toBe(true);
  });
});
