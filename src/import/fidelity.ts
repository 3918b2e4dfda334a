/**
 * Word-level fidelity: the words of an original against the words of the texts made from it, both parsed
 * with the same Markdown parser. What a conversion dropped must be page chrome, what it added only words
 * rejoined across a line-end hyphen. The importer uses it to record each import (tests/conversions.json)
 * and to refuse an output that changed a word; tests/unit/seed-fidelity.test.ts holds every text to it.
 */
import type { Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Which original a set of texts was made from, and what its conversion dropped or rejoined. */
export interface Conversion {
  /** File name in content/originals/. */
  seed: string;
  /** The texts made from it, as "source/lang". */
  texts: string[];
  /** Words dropped as page chrome (including bullet signs flattened into text). */
  chrome: string[];
  /** Words split by a line-end hyphen and written whole again: ["уязви-", "мостью"]. */
  rejoined?: string[][];
  /** Why, for a reader of the record. */
  note?: string;
}

/**
 * Words of a Markdown document as a reader sees them: markup dropped, link targets kept, footnote labels
 * kept. Backslashes are dropped: the PDF extraction escaped "_" twice ("decl\\_conv"), which is damage.
 */
export function words(markdown: string): string[] {
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

export function difference(a: string[], b: string[]): string[] {
  const counts = new Map<string, number>();
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) + 1);
  return a.filter((w) => {
    const n = counts.get(w) ?? 0;
    if (n === 0) return true;
    counts.set(w, n - 1);
    return false;
  });
}

/**
 * The record of one conversion, from the original and the words of its texts; or the words the texts
 * hold that the original does not (a changed word), which no conversion may have.
 */
export function conversionOf(
  seed: string,
  texts: string[],
  original: string,
  converted: string[],
): { conversion: Conversion; changed: string[] } {
  const before = words(original);
  const after = converted.flatMap((markdown) => words(markdown));
  const removed = difference(before, after);
  const added = difference(after, before);
  const rejoined: string[][] = [];
  const changed: string[] = [];
  for (const word of added) {
    const i = removed.findIndex((a, k) => a.endsWith('-') && removed.some((b, m) => m !== k && a.slice(0, -1) + b === word));
    if (i < 0) {
      changed.push(word);
      continue;
    }
    const first = removed.splice(i, 1)[0]!;
    const second = removed.splice(
      removed.findIndex((b) => first.slice(0, -1) + b === word),
      1,
    )[0]!;
    rejoined.push([first, second]);
  }
  return { conversion: { seed, texts, chrome: removed, ...(rejoined.length ? { rejoined } : {}) }, changed };
}
