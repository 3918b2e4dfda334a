/**
 * The real content must be valid: the same checks `astro build` runs, so a broken file is caught here first.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load';
import { sourceIds } from '../../src/schemas/common';

const root = new URL('../..', import.meta.url).pathname;

describe('content/', async () => {
  const { corpus, problems } = await loadCorpus(root);

  it('has no problems', () => {
    expect(problems).toEqual([]);
  });

  it('holds every source, with a text for every language version it lists', () => {
    expect(corpus.sources.map((s) => s.id).sort()).toEqual([...sourceIds].sort());
    for (const source of corpus.sources) {
      const langs = corpus.texts
        .filter((t) => t.source === source.id)
        .map((t) => t.lang)
        .sort();
      expect(langs, source.id).toEqual(Object.keys(source.versions).sort());
    }
  });
});
