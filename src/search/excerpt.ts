/**
 * Excerpts for hits in the Kazakh index. Its pages also hold each text's folded copy (⟦ … ⟧, see
 * ./fold.ts), so Pagefind's own excerpts could quote that copy (`костанай онирлик университети`)
 * instead of the text as written. These functions rebuild an excerpt from the hit's content without
 * the folded copies, marking the words a query term matches by prefix, as Pagefind matches words in
 * an index without a stemmer.
 */
import { foldClose, foldKazakh, foldOpen } from './fold';
import { bareWord, wordForms, wordSeparators } from './words';

/** The words of a query as the Kazakh index is asked for them: bare, lower-cased, folded. */
export function queryTerms(q: string): string[] {
  return q
    .split(/\s+/)
    .map((w) => foldKazakh(bareWord(w)))
    .filter(Boolean);
}

/** For each word position, whether it belongs to a folded copy (markers included). */
export function inFoldedCopy(tokens: readonly string[]): boolean[] {
  let inside = false;
  return tokens.map((token) => {
    if (token === foldOpen) inside = true;
    const here = inside;
    if (inside && token.startsWith(foldClose)) inside = false;
    return here;
  });
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface ExcerptOptions {
  /** First word position of the passage (a sub-result's anchor), inclusive. */
  from?: number;
  /** Word position where the passage ends (the next anchor), exclusive; the content's end if absent. */
  to?: number | undefined;
  /** Words in the excerpt (Pagefind's excerptLength). */
  length?: number;
  ellipsis?: string;
}

/**
 * An excerpt of `content[from, to)` without its folded copies: HTML-escaped words, `<mark>` around those a
 * term matches (folded on both sides), starting a few words before the first match.
 */
export function kazakhExcerpt(content: string, terms: readonly string[], options: ExcerptOptions = {}): string {
  const { length = 30, ellipsis = '…' } = options;
  const tokens = content.split(wordSeparators);
  const folded = inFoldedCopy(tokens);
  const to = Math.min(options.to ?? tokens.length, tokens.length);
  const words: string[] = [];
  for (let i = Math.max(0, options.from ?? 0); i < to; i++) if (!folded[i] && tokens[i]) words.push(tokens[i]!);
  const matches = words.map((w) =>
    wordForms(foldKazakh(w)).some((word) => word.length > 0 && terms.some((t) => word.startsWith(t))),
  );
  const first = Math.max(0, matches.indexOf(true));
  const start = Math.max(0, Math.min(first - Math.floor(length / 6), words.length - length));
  const end = Math.min(words.length, start + length);
  const shown = words.slice(start, end).map((w, i) => (matches[start + i] ? `<mark>${escapeHtml(w)}</mark>` : escapeHtml(w)));
  return `${start > 0 ? `${ellipsis} ` : ''}${shown.join(' ')}${end < words.length ? ` ${ellipsis}` : ''}`;
}

/** An anchor of a Pagefind result (an element with an id), with its word position. */
export interface Anchor {
  element?: string;
  id?: string;
  text?: string;
  title?: string;
  location: number;
}

/** The anchors Pagefind turns into sub-results (titled, or headings), in page order. */
export function passageAnchors(anchors: readonly Anchor[] = []): Anchor[] {
  return anchors
    .filter((a) => (a.title && /\S/.test(a.title)) || (/h\d/i.test(a.element ?? '') && a.text && /\S/.test(a.text)))
    .sort((a, b) => a.location - b.location);
}

/** The word range of the passage that starts at `from`: up to the next anchor. */
export function passageRange(anchors: readonly Anchor[], from: number | undefined): { from: number; to?: number | undefined } {
  const start = from ?? 0;
  const next = anchors.find((a) => a.location > start || (from === undefined && a.location >= start));
  return { from: start, to: next?.location };
}
