/**
 * Faithful conversion: every word of every seed that belongs to the document appears exactly once
 * in content/texts, unchanged. Both sides are parsed with the same Markdown parser and compared as
 * word multisets; what the conversion dropped must be exactly the page chrome listed here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/corpus/segments';
import { conversions, difference, words } from './helpers/fidelity';

const root = new URL('../..', import.meta.url).pathname;
// The raw documents travel with the project (content/originals/), so this runs on every clone.
const seeds = `${root}content/originals`;

describe('seed fidelity', () => {
  it('has every original, and converts every original it has', () => {
    expect(existsSync(seeds), `${seeds} is missing`).toBe(true);
    const held = readdirSync(seeds).filter((name) => name.endsWith('.txt'));
    expect(held.sort()).toEqual(conversions.map((c) => c.seed).sort());
  });

  // Where the working set's seeds are at hand too (CI), the originals must be exact copies of them.
  it.runIf(existsSync(`${root}../shared/seeds`))('keeps the originals byte for byte', () => {
    for (const { seed } of conversions)
      expect(readFileSync(`${seeds}/${seed}`).equals(readFileSync(`${root}../shared/seeds/${seed}`)), seed).toBe(true);
  });

  for (const { seed, texts, chrome, rejoined = [] } of conversions) {
    describe(seed, () => {
      // Read inside the tests, so a missing file fails its test instead of the whole file.
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
