import { describe, expect, it } from 'vitest';
import { exactPhrase, parseSearch, searchQuery, type SearchState } from '../../src/search/query';
import { excerpt } from '../../src/search/excerpt';
import { editDistance, suggest } from '../../src/search/suggest';
import { bestSentence, hitLink, sayer } from '../../src/search/render';
import type { Hit } from '../../src/search/engine';

describe('search state in the address', () => {
  it('round-trips query, language, filters and the expansions switched off', () => {
    const state: SearchState = {
      q: '"торговли людьми"',
      lang: 'ru',
      filters: { source: 'tip-2023', kind: 'segment' },
      off: ['south-korea.kk', 'victim.ru'],
    };
    expect(parseSearch(searchQuery(state))).toEqual(state);
  });
  it('writes nothing for an empty search and ignores unknown parameters and languages', () => {
    expect(searchQuery({ q: '', lang: '', filters: {}, off: [] })).toBe('');
    expect(parseSearch('?q=x&foo=bar&lang=de')).toEqual({ q: 'x', lang: '', filters: {}, off: [] });
  });
});

describe('exact phrases', () => {
  it('are a whole query in quotes of any usual kind', () => {
    expect(exactPhrase('"число сотрудников"')).toBe('число сотрудников');
    expect(exactPhrase('«адам саудасы»')).toBe('адам саудасы');
    expect(exactPhrase('адам "саудасы"')).toBeNull();
  });
});

describe('excerpts', () => {
  it('escape the text and mark the matched words', () => {
    expect(excerpt('a <b> c d', [1, 3], 10)).toBe('a <mark>&lt;b&gt;</mark> c <mark>d</mark>');
  });
  it('start shortly before the first match and say where the text goes on', () => {
    const text = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    expect(excerpt(text, [50], 10)).toBe('… w48 w49 <mark>w50</mark> w51 w52 w53 w54 w55 w56 w57 …');
  });
});

describe('messages', () => {
  it('fill placeholders literally: a query with $& or $1 stays as typed', () => {
    const say = sayer({ 'search.none': 'Nothing found for “{q}”.' });
    expect(say('search.none', { q: '$& and $1 $$' })).toBe('Nothing found for “$& and $1 $$”.');
    expect(say('search.none')).toBe('Nothing found for “{q}”.');
  });
});

describe('hit links', () => {
  it('open the reader in the interface language at the passage, with the words to mark', () => {
    const hit = { url: '/kk/sources/tip-2020/#para-7', sentences: [], positions: [] } as unknown as Hit;
    expect(hitLink(hit, 'en', ['корея', 'курбан'])).toBe(
      `/en/sources/tip-2020/?highlight=${encodeURIComponent('корея')}&highlight=${encodeURIComponent('курбан')}#para-7`,
    );
  });
});

describe('landing on a sentence', () => {
  const sentences = [
    { at: 0, id: 'para-7-s1' },
    { at: 12, id: 'para-7-s2' },
    { at: 20, id: 'para-7-s3' },
  ];
  it('opens the sentence holding most of the matched words', () => {
    expect(bestSentence({ sentences, positions: [5, 22, 23, 25] })).toBe('para-7-s3');
    expect(bestSentence({ sentences, positions: [5, 14] })).toBe('para-7-s1');
    const hit = { url: '/kk/sources/tip-2020/#para-7', sentences, positions: [21] } as unknown as Hit;
    expect(hitLink(hit, 'ru', [])).toBe('/ru/sources/tip-2020/#para-7-s3');
  });
  it('prefers the sentence holding more of the terms over one repeating a single term', () => {
    const matched = { 3: 'тексер', 5: 'тексер', 8: 'тексер', 14: 'тексер', 16: 'мораторий' };
    expect(bestSentence({ sentences, positions: [3, 5, 8, 14, 16], matched })).toBe('para-7-s2');
    expect(bestSentence({ sentences, positions: [3, 5, 8, 14], matched })).toBe('para-7-s1');
  });
  it('opens the passage when it has no sentences', () => {
    expect(bestSentence({ sentences: [], positions: [1] })).toBeNull();
  });
});

describe('did you mean', () => {
  const vocabulary = { kk: ['құрбандары'], ru: ['проверок', 'ахметжанов'], en: ['akhmetzhanov', 'trafficking'] };
  it('suggests the nearest word of the texts for a word they do not have', () => {
    expect(suggest('Ahmetzhanov', vocabulary)).toBe('akhmetzhanov');
    expect(suggest('trafficing', vocabulary)).toBe('trafficking');
  });
  it('suggests nothing when every word is there or none is near', () => {
    expect(suggest('trafficking', vocabulary)).toBeNull();
    expect(suggest('qqzzxxq', vocabulary)).toBeNull();
  });
  it('counts edits', () => {
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });
});
