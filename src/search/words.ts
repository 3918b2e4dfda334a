/** Words as Pagefind counts and matches them; shared by the search page, its frames and the reader's highlighting. */

/** How Pagefind splits a page's content into word positions (its `locations` count these). */
export const wordSeparators = /[^\S\uFEFF]+/;

/** A word without the punctuation around it, lower-cased. */
export function bareWord(token: string): string {
  return token.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** A word as written, bare, then its parts: Pagefind also indexes `Data:Pretrial` and `хат-хабар` by their parts. */
export function wordForms(token: string): string[] {
  const bare = bareWord(token);
  const parts = bare.split(/[^\p{L}\p{N}]+/u);
  return parts.length > 1 ? [bare, ...parts.filter(Boolean)] : [bare];
}

/** How many letters two words share at their start. */
export function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
