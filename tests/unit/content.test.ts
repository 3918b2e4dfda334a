/**
 * The real content must be valid: the same checks `astro build` runs, so a broken file is caught here first.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load';

const root = new URL('../..', import.meta.url).pathname;

describe('content/', async () => {
  const { corpus, problems } = await loadCorpus(root);

  it('has no problems', () => {
    expect(problems).toEqual([]);
  });

  it('holds a text for every language version a source lists', () => {
    expect(corpus.sources.length).toBeGreaterThan(0);
    for (const source of corpus.sources) {
      const langs = corpus.texts
        .filter((t) => t.source === source.id)
        .map((t) => t.lang)
        .sort();
      expect(langs, source.id).toEqual(Object.keys(source.versions).sort());
    }
  });
});
