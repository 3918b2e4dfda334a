/**
 * The search index's form of a word in each language: what the index holds and what a query is turned
 * into, so the two meet (stems, folding, one spelling, joined digit groups). See ./tokens.ts for words.
 */
import type { Locale } from '../i18n/locales';
import { enSearchForms } from './en';
import { hasKazakhLetter, kkSearchForms } from './kk';
import { ruSearchForms } from './ru';
import { tokenize } from './tokens';

/** A language's words in the search index, exported by its module (`kk.ts`, `ru.ts`, `en.ts`). */
export interface SearchForms {
  /** The index form of a bare word in a text of the language. */
  index: (bare: string) => string;
  /** The form a query word is searched by (see queryForm). */
  query: (bare: string) => string;
  /** The bare word as the language writes it before stemming (see surfaceForm). */
  surface: (bare: string) => string;
  /** Whether a bare word is one of the language's stop words (see isStopWord). */
  isStopWord: (bare: string) => boolean;
}

const forms: Record<Locale, SearchForms> = { kk: kkSearchForms, ru: ruSearchForms, en: enSearchForms };

/** The index form of a bare word (see tokens.ts) in a text of language `lang`. */
export function indexForm(bare: string, lang: Locale): string {
  return forms[lang].index(bare);
}

/**
 * The form a query word is searched by: the index form, or for Russian a stem that is never longer
 * (see ru.ts), so that a word found by prefix is every form of it the index holds.
 */
export function queryForm(bare: string, lang: Locale): string {
  return forms[lang].query(bare);
}

/** The index forms of every word of a text, in order: one per token. */
export function indexForms(text: string, lang: Locale): string[] {
  return tokenize(text).map((t) => indexForm(t.bare, lang));
}

/** A bare word as the language writes it before stemming (folded, one spelling): what a match must agree with. */
export function surfaceForm(bare: string, lang: Locale): string {
  return forms[lang].surface(bare);
}

/**
 * Whether a word can be one of language `lang`'s: Latin words are English; Cyrillic words are Russian or
 * Kazakh (Kazakh typed on a Russian keyboard has only Russian letters), and Kazakh only when they have a
 * letter Russian lacks; numbers belong to every language.
 */
export function plausibleIn(bare: string, lang: Locale): boolean {
  if (!/\p{L}/u.test(bare)) return true;
  if (/[a-z]/.test(bare)) return lang === 'en';
  if (hasKazakhLetter(bare)) return lang === 'kk';
  return lang !== 'en';
}

/**
 * Whether a query word is a stop word (a preposition, conjunction or particle) in a language it can be
 * written in: the search does not require it (`жертвы в Южной Корее`, `Мьянма мен Лаос`), so passages are
 * matched by the words that carry meaning. Quoted phrases keep every word.
 */
export function isStopWord(bare: string): boolean {
  return (Object.keys(forms) as Locale[]).some((lang) => plausibleIn(bare, lang) && forms[lang].isStopWord(bare));
}

/** How many letters two words share at their start. */
export function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Whether an index word found for a query term is really that term, not prefix noise. Pagefind matches
 * every index word that starts with the term's stem (`кор`, the stem of «Корее», starts «корреспонденц»).
 * A match is kept when it is the stem itself, continues the word as typed (`торг` → `торговл`), or
 * agrees with the typed word beyond the stem (`коре` for «Корее»). A number matches only itself, with
 * at most a suffix after it (`10-ға`).
 */
export function isTermMatch(indexWord: string, stem: string, surface: string): boolean {
  // A number is that number, never the start of a longer one (10 is not 101, nor the DOI 10.52026).
  if (/^\d+$/.test(stem)) return indexWord === stem || (indexWord.startsWith(stem) && /^[^\d.,]/.test(indexWord.slice(stem.length)));
  return indexWord === stem || indexWord.startsWith(surface) || commonPrefix(indexWord, surface) > stem.length;
}
