/** Excerpts: a window of a passage around its first match, the matched words marked. */
import { tokenize, type Token } from '../lang/tokens';

const tokenized = new Map<string, Token[]>();
/**
 * The tokens of a passage's text, computed once per text: checking a hit (engine.ts) and drawing its
 * excerpt both read them, and a search that follows meets the same passages again. The cache holds at
 * most the corpus's passages.
 */
export function passageTokens(text: string): Token[] {
  let tokens = tokenized.get(text);
  if (!tokens) tokenized.set(text, (tokens = tokenize(text)));
  return tokens;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * HTML of `length` words of `text` around the first of `positions` (token indices, see lang/tokens.ts),
 * escaped, with `<mark>` around the words at `positions` and `ellipsis` where the text goes on.
 */
export function excerpt(text: string, positions: readonly number[], length = 30, ellipsis = '…'): string {
  const tokens = passageTokens(text);
  const marked = new Set(positions);
  const first = positions.length ? Math.min(...positions) : 0;
  const start = Math.max(0, Math.min(first - Math.floor(length / 5), tokens.length - length));
  const end = Math.min(tokens.length, start + length);
  const shown = tokens
    .slice(start, end)
    .map((t, i) => (marked.has(start + i) ? `<mark>${escapeHtml(t.text)}</mark>` : escapeHtml(t.text)));
  return `${start > 0 ? `${ellipsis} ` : ''}${shown.join(' ')}${end < tokens.length ? ` ${ellipsis}` : ''}`;
}

/** The first `length` words of a text, as written (plain text). */
export function opening(text: string, length = 30, ellipsis = '…'): string {
  const tokens = passageTokens(text);
  return (
    tokens
      .slice(0, length)
      .map((t) => t.text)
      .join(' ') + (tokens.length > length ? ` ${ellipsis}` : '')
  );
}

/**
 * The words of sentence unit `id` in a text (its sentences in order: an aligned unit may hold two in one
 * language), as written, or null when the text has no sentence of that id. `sentences` are where the
 * text's sentences start (word positions) with their unit ids, as records.ts writes them.
 */
export function sentenceText(text: string, sentences: ReadonlyArray<{ at: number; id: string }>, id: string): string | null {
  const first = sentences.findIndex((s) => s.id === id);
  if (first === -1) return null;
  let last = first;
  while (sentences[last + 1]?.id === id) last++;
  const end = sentences[last + 1]?.at ?? Infinity;
  return passageTokens(text)
    .slice(sentences[first]!.at, end)
    .map((t) => t.text)
    .join(' ');
}
