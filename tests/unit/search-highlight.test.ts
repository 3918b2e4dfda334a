import { describe, expect, it } from 'vitest';
import { highlightWords, matchesWord } from '../../src/search/highlight';

describe('highlighting on arrival', () => {
  it('reads the words from the address, bare and lower-case', () => {
    expect(highlightWords(`?highlight=${encodeURIComponent('"Правительство')}&highlight=24%22`)).toEqual(['правительство', '24']);
    expect(highlightWords('?cols=kk')).toEqual([]);
  });
  it('marks the forms of a word as search matched them, in any column', () => {
    expect(matchesWord('құрбандарын', ['курбан'], 'kk')).toBe(true);
    expect(matchesWord('Кореяда', ['корея'], 'kk')).toBe(true);
    expect(matchesWord('торговлей', ['торговли'], 'ru')).toBe(true);
    expect(matchesWord('Корее,', ['корея'], 'ru')).toBe(true);
    expect(matchesWord('labor', ['labour'], 'en')).toBe(true);
  });
  it('does not mark prefix noise or other languages’ words', () => {
    expect(matchesWord('корреспонденции', ['корее'], 'ru')).toBe(false);
    expect(matchesWord('victims', ['жертва'], 'en')).toBe(false);
  });
});
