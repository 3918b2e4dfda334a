/**
 * Sentence pass of the segment parser: cuts a segment's rendered inline HTML into sentences, at the ranges
 * the language layer finds in its text. An inline element that spans two sentences (a bold phrase, say)
 * is cut in two, so every sentence is well-formed HTML of its own.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import type { Locale } from '../i18n/locales';
import { sentenceSpans } from '../lang/sentences';

export interface Sentence {
  /** Plain text of the sentence. */
  text: string;
  /** Its rendered HTML. */
  html: string;
  /** True when a line break precedes it in the segment (the one-sentence-per-line news story). */
  br?: boolean;
}

/** Text of hast nodes as the segment's plain text counts it (a `<br>` is the "\n" text node after it). */
function textOf(nodes: readonly (RootContent | ElementContent)[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : 'children' in n ? textOf(n.children) : '')).join('');
}

/** The part of `nodes` covering text offsets [start, end), elements cloned around what they keep. */
function slice(nodes: readonly ElementContent[], start: number, end: number, offset = { at: 0 }): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      const from = offset.at;
      offset.at += node.value.length;
      const value = node.value.slice(Math.max(0, start - from), Math.max(0, end - from));
      if (value) out.push({ ...node, value });
    } else if (node.type === 'element') {
      const at = offset.at;
      const children = slice(node.children, start, end, offset);
      if (children.length || (node.children.length === 0 && at > start && at < end)) out.push({ ...node, children });
    }
  }
  return out;
}

/** Sentences of one segment's inline content (the children of its paragraph in hast). */
export function cutSentences(inline: readonly ElementContent[], lang: Locale, stringify: (root: Root) => string): Sentence[] {
  const text = textOf(inline);
  const spans = sentenceSpans(text, lang);
  // A bold run-in label ("**Источник финансирования.** Авторы …") opens the sentence it names.
  const first = spans[0];
  if (first && spans.length > 1) {
    const [only] = slice(inline, first.start, first.end);
    if (only?.type === 'element' && only.tagName === 'strong' && slice(inline, first.start, first.end).length === 1)
      spans.splice(0, 2, { start: first.start, end: spans[1]!.end });
  }
  return spans.map((span, i) => {
    const gap = text.slice(i ? spans[i - 1]!.end : 0, span.start);
    const html = stringify({ type: 'root', children: slice(inline, span.start, span.end) }).replace(/\n/g, '');
    return { text: text.slice(span.start, span.end), html, ...(i > 0 && gap.includes('\n') ? { br: true } : {}) };
  });
}
