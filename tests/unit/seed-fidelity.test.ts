/**
 * Faithful conversion: every word of every seed that belongs to the document appears exactly once
 * in content/texts, unchanged. Both sides are parsed with the same Markdown parser and compared as
 * word multisets; what the conversion dropped must be exactly the page chrome listed here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/corpus/segments';
import { conversions, difference, words } from './helpers/fidelity';

const root = new URL('../..', import.meta.url).pathname;
const seeds = `${root}../shared/seeds`;

describe.skipIf(!existsSync(seeds))('seed fidelity', () => {
  for (const { seed, texts, chrome, rejoined = [] } of conversions) {
    describe(seed, () => {
      // Read inside the tests: describe bodies run even when the suite is skipped.
      const seedWords = () => words(readFileSync(`${seeds}/${seed}`, 'utf8'));
      const contentWords = () =>
        texts.flatMap((t) => words(splitFrontmatter(readFileSync(`${root}content/texts/${t}.md`, 'utf8')).body));

      it('drops exactly the listed page chrome', () => {
        expect(difference(seedWords(), contentWords()).sort()).toEqual([...chrome, ...rejoined.flat()].sort());
      });

      it('adds no word the seed does not have (but the rejoined ones)', () => {
        expect(difference(contentWords(), seedWords())).toEqual(rejoined.map((parts) => parts.join('').replace('-', '')));
      });
    });
  }
});
