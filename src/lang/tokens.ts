/**
 * Words of a text as the search index counts them: one token per word, the same at build time (the
 * index) and in the browser (excerpts, highlighting), so a match position is a word of the text.
 *
 * - A token is a run of non-space characters; punctuation-only runs (`–`, `«`) stick to the word before.
 * - Digit groups are one number: `4 920` and `4,920` are the token `4920` (index and query alike), so
 *   `4 920 проверок`, `4920` and `4,920` meet. A group is 1–3 digits followed by groups of exactly three;
 *   an opening bracket before it or a closing one after it is no break (`(218 360 долларов` → `218360`).
 */

export interface Token {
  /** The words as written, with the punctuation around them (what an excerpt shows). */
  text: string;
  /** Lower-case, without the punctuation around it, digit groups joined: what the language's index form starts from. */
  bare: string;
}

const letterOrDigit = /[\p{L}\p{N}]/u;

/** A word without the punctuation around it, lower-cased (NFC). */
export function bareWord(token: string): string {
  return token
    .normalize('NFC')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** `4,920` and `1,234,567` (English grouping) as plain digits; anything else unchanged. */
export function joinDigitGroups(word: string): string {
  return /^\d{1,3}(?:,\d{3})+$/.test(word) ? word.replace(/,/g, '') : word;
}

/** The tokens of a text (see above). */
export function tokenize(text: string): Token[] {
  const tokens: Array<Token & { number?: boolean }> = [];
  for (const chunk of text.split(/[\s\uFEFF]+/u)) {
    if (!chunk) continue;
    const last = tokens.at(-1);
    if (!letterOrDigit.test(chunk)) {
      if (last) {
        last.text += ` ${chunk}`;
        last.number = false;
      }
      continue;
    }
    const bare = joinDigitGroups(bareWord(chunk));
    // "4 920", "1 234 567", "(218 360 долларов": a group of exactly three digits continues a number that
    // began with 1–3 digits, when nothing but a space stands between them (no comma or bracket).
    if (last?.number && /^\d{3}$/.test(bare) && /^\d/.test(chunk)) {
      last.text += ` ${chunk}`;
      last.bare += bare;
      last.number = /\d$/.test(chunk);
      continue;
    }
    tokens.push({ text: chunk, bare, number: /^\d{1,3}$/.test(bare) && /\d$/.test(chunk) });
  }
  return tokens.map(({ text, bare }) => ({ text, bare }));
}
