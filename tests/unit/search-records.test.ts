/**
 * The search records of the real corpus (src/search/records.ts): the page reads a match position as a
 * word of the passage's text, so the index words and the text's tokens must correspond one to one.
 */
import { describe, expect, it } from 'vitest';
import { loadValidCorpus } from '../../src/corpus/load';
import { indexForm } from '../../src/lang/index-form';
import { tokenize } from '../../src/lang/tokens';
import { searchRecords } from '../../src/search/records';

const corpus = await loadValidCorpus(process.cwd());
const records = searchRecords(corpus);

describe('search records', () => {
  it('index one word per word of the text, in order (a match position is a word the page can mark)', () => {
    for (const { url, content, lang, passage } of records) {
      const words = content.split(' ');
      const tokens = tokenize(passage.text);
      expect(words.length, url).toBe(tokens.length);
      expect(words.every(Boolean), url).toBe(true);
      words.forEach((word, at) => expect(word, `${url} word ${at}`).toBe(indexForm(tokens[at]!.bare, lang)));
    }
  });

  it('say in which other languages each unit exists, and never their own', () => {
    const byUnit = new Map<string, Set<string>>();
    for (const r of records) byUnit.set(r.passage.unit, (byUnit.get(r.passage.unit) ?? new Set()).add(r.lang));
    for (const { url, lang, passage } of records)
      expect(new Set(passage.langs), url).toEqual(new Set([...byUnit.get(passage.unit)!].filter((l) => l !== lang)));
  });

  it('keep only what a search filters or counts by in Pagefind', () => {
    for (const { url, filters } of records)
      expect(Object.keys(filters).sort(), url).toEqual(['kind', 'lang', 'source', 'unit', 'year']);
  });
});
