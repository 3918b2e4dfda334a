/**
 * Faithful conversion: every word of every seed that belongs to the document appears exactly once
 * in content/texts, unchanged. Both sides are parsed with the same Markdown parser and compared as
 * word multisets; what the conversion dropped must be exactly the page chrome listed here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/corpus/segments';

const root = new URL('../..', import.meta.url).pathname;
// The raw documents travel with the project (content/originals/), so this runs on every clone.
const seeds = `${root}content/originals`;

/** The seed files, the text files made from them, and the words dropped as page chrome. */
const conversions = [
  { seed: 'tip-2020-news.kk.txt', texts: ['tip-2020/kk'], chrome: [] },
  {
    seed: 'tip-2023.ru.txt',
    texts: ['tip-2023/ru'],
    chrome: [
      // Embassy page furniture above the chapter.
      ...'Flag An official website of the United States government Отчет о торговле людьми 2023 3 МИНУТНОЕ ЧТЕНИЕ 30 июня, 2023'.split(
        ' ',
      ),
      // The flattened bullet markers of the priority recommendations (now a real list).
      ...Array(9).fill('*'),
    ],
  },
  { seed: 'tip-2023.kk.txt', texts: ['tip-2023/kk'], chrome: Array(9).fill('*') },
  { seed: 'mvd-2022-news.en.txt', texts: ['mvd-2022/en'], chrome: ['Read', 'also'] },
  {
    seed: 'journal-2026.ru-kk-en.txt',
    texts: ['journal-2026/ru', 'journal-2026/kk', 'journal-2026/en'],
    chrome: [],
    // A word hyphenated across a page break ("уязви-" … footnotes … "мостью") is one word again.
    rejoined: [['уязви-', 'мостью']],
  },
] as Array<{ seed: string; texts: string[]; chrome: string[]; rejoined?: string[][] }>;

/**
 * Words of a Markdown document as a reader sees them: markup dropped, link targets kept, footnote labels
 * kept. Backslashes are dropped: the PDF extraction escaped "_" twice ("decl\\_conv"), which is damage.
 */
function words(markdown: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const out: string[] = [];
  const walk = (node: Nodes): void => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out.push(node.value.replace(/\{#[a-z0-9-]+\}/g, ' ').replace(/\\/g, ''));
        return;
      case 'html':
        out.push(node.value.replace(/<[^>]*>/g, ''));
        return;
      case 'footnoteReference':
        out.push(node.label ?? node.identifier);
        return;
      case 'footnoteDefinition':
        out.push(' ', node.label ?? node.identifier, ' ');
        break;
      case 'link': {
        const text = node.children
          .map((c) => ('value' in c ? c.value : ''))
          .join('')
          .replace(/\\/g, '');
        if (text !== node.url) out.push(' ', node.url, ' ');
        break;
      }
    }
    if ('children' in node)
      for (const child of node.children as Nodes[]) {
        walk(child);
        if (
          child.type !== 'text' &&
          child.type !== 'html' &&
          !/^(emphasis|strong|link|footnoteReference|inlineCode|delete)$/.test(child.type)
        )
          out.push(' ');
      }
  };
  walk(tree);
  return out.join('').split(/\s+/).filter(Boolean);
}

function difference(a: string[], b: string[]): string[] {
  const counts = new Map<string, number>();
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) + 1);
  return a.filter((w) => {
    const n = counts.get(w) ?? 0;
    if (n === 0) return true;
    counts.set(w, n - 1);
    return false;
  });
}

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
