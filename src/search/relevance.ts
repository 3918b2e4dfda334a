/**
 * When a query word is in no page, Pagefind looks for ever shorter prefixes of it, down to one letter:
 * `курбандарын` asked of the Russian index finds the preposition `к`. Such hits say nothing about the
 * query, so a hit is kept only when each query word matched a word sharing at least half of it (three
 * letters at least): the same word, a longer one, or another form of it from the stemmer
 * (`торговли` ~ `торговлей`, `люди` ~ `людей`).
 */
import { commonPrefix, wordForms, wordSeparators } from './words';
import { foldKazakh } from './fold';

/** Whether a word a hit matched is the query word `term` (bare, lower-case, folded), or a form of it. */
export function sharesStem(word: string, term: string): boolean {
  const needed = term.length < 3 ? term.length : Math.max(3, Math.ceil(term.length / 2));
  return needed > 0 && wordForms(foldKazakh(word)).some((w) => commonPrefix(w, term) >= needed);
}

/** The words at the matched positions of a page's content. */
export function matchedWords(content: string, locations: readonly number[]): string[] {
  const tokens = content.split(wordSeparators);
  return locations.map((at) => tokens[at] ?? '').filter(Boolean);
}

/** Whether every query term matched a word that shares its stem (see above). */
export function isRelevant(words: readonly string[], terms: readonly string[]): boolean {
  return terms.every((term) => words.some((word) => sharesStem(word, term)));
}

/** Whether some query term matched a word that shares its stem: enough for one passage of a relevant page. */
export function mentionsAny(words: readonly string[], terms: readonly string[]): boolean {
  return terms.some((term) => words.some((word) => sharesStem(word, term)));
}
