/**
 * Where the query fans out to the languages: the words as typed, in the languages they can be, and the
 * glossary's equivalents in the others ("South Korea victims" also searches «Оңтүстік Корея құрбан» in
 * Kazakh and «Южная Корея жертва» in Russian). Pure: the page shows the plan, Pagefind runs it.
 */
import { locales, type Locale } from '../i18n/locales';
import { commonPrefix, isStopWord, plausibleIn, queryForm, surfaceForm } from '../lang/index-form';
import { nameAcrossScripts } from '../lang/scripts';
import { tokenize } from '../lang/tokens';

/** A glossary entry as the search page receives it (see content/glossary/). */
export interface GlossaryTerm {
  id: string;
  forms: Record<Locale, string[]>;
}

/** One word to search for in one language: its index form, and the form it must agree with (see isTermMatch). */
export interface Term {
  stem: string;
  surface: string;
  /**
   * Set on the words of one multi-word glossary form: they must stand together as a phrase in a hit
   * (see phrases.ts). Terms of one form share it; the forms of different query spans do not.
   */
  phrase?: number;
}

/** An equivalent the page searched (or would search) because of the glossary. */
export interface Expansion {
  term: string;
  lang: Locale;
  /** The glossary's headword in that language, as shown in "also searched". */
  label: string;
  /** False when the reader switched it off (its key is in the address). */
  on: boolean;
}

/** What one language is asked: each alternative is one Pagefind search (all its terms must match). */
export interface LanguageSearch {
  lang: Locale;
  alternatives: Term[][];
  /** True when the query is written in this language (some words are searched as typed), false when it only reaches it through the glossary or a name's spelling. */
  typed: boolean;
}

export interface SearchPlan {
  expansions: Expansion[];
  searches: LanguageSearch[];
}

/** The key of an expansion in the address (`&off=south-korea.ru`). */
export const expansionKey = (e: Pick<Expansion, 'term' | 'lang'>) => `${e.term}.${e.lang}`;

/** At most this many alternatives per language (each is one search). */
const maxAlternatives = 4;

/** What makes two alternatives one search (their stems in order): the key both planners dedupe by. */
const termsKey = (terms: readonly Term[]) => terms.map((t) => t.stem).join(' ');

function termOf(bare: string, lang: Locale): Term {
  return { stem: queryForm(bare, lang), surface: surfaceForm(bare, lang) };
}

/** Whether a query word and a glossary word are one word in a language: equal stems, or stems that differ only in an ending. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (/^\d+$/.test(a) || /^\d+$/.test(b)) return false;
  return Math.abs(a.length - b.length) <= 2 && commonPrefix(a, b) >= Math.max(3, Math.min(a.length, b.length) - 1);
}

interface Span {
  start: number;
  end: number;
  entry: GlossaryTerm;
  /** Languages whose form the words matched: the query is written in them. */
  langs: Set<Locale>;
}

/** The query forms of an entry's forms, by language: computed once per entry (planning runs on every key). */
const formKeys = new WeakMap<GlossaryTerm, Record<Locale, string[][]>>();
function keysOf(entry: GlossaryTerm): Record<Locale, string[][]> {
  let keys = formKeys.get(entry);
  if (!keys) {
    keys = Object.fromEntries(
      locales.map((lang) => [lang, entry.forms[lang].map((form) => tokenize(form).map((t) => queryForm(t.bare, lang)))]),
    ) as Record<Locale, string[][]>;
    formKeys.set(entry, keys);
  }
  return keys;
}

/** Glossary terms found in the query: longest first, not overlapping. */
export function findTerms(words: readonly string[], glossary: readonly GlossaryTerm[]): Span[] {
  const candidates: Span[] = [];
  const stems = Object.fromEntries(locales.map((l) => [l, words.map((w) => queryForm(w, l))])) as Record<Locale, string[]>;
  for (const entry of glossary)
    for (const lang of locales)
      for (const key of keysOf(entry)[lang]) {
        if (key.length === 0) continue;
        for (let start = 0; start + key.length <= words.length; start++)
          if (key.every((k, i) => sameWord(stems[lang][start + i]!, k) && plausibleIn(words[start + i]!, lang))) {
            const end = start + key.length;
            const same = candidates.find((c) => c.entry === entry && c.start === start && c.end === end);
            if (same) same.langs.add(lang);
            else candidates.push({ start, end, entry, langs: new Set([lang]) });
          }
      }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Span[] = [];
  for (const c of candidates) if (!chosen.some((s) => c.start < s.end && s.start < c.end)) chosen.push(c);
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * The plan for a query: the expansions the glossary offers, and what each language is asked.
 * `only` limits the search to one language; `off` holds the keys of expansions switched off.
 */
export function planSearch(
  q: string,
  glossary: readonly GlossaryTerm[],
  only: Locale | '' = '',
  off: ReadonlySet<string> = new Set(),
): SearchPlan {
  const tokens = tokenize(q);
  const words = tokens.map((t) => t.bare);
  const spans = findTerms(words, glossary);
  // Stop words are not required, unless the query has nothing else.
  const required = (w: string) => !isStopWord(w) || words.every(isStopWord);
  const expansions: Expansion[] = [];
  for (const span of spans)
    for (const lang of locales)
      if (!span.langs.has(lang) && span.entry.forms[lang].length > 0)
        expansions.push({
          term: span.entry.id,
          lang,
          label: span.entry.forms[lang][0]!,
          on: !off.has(expansionKey({ term: span.entry.id, lang })),
        });
  const searches: LanguageSearch[] = [];
  for (const lang of only ? [only] : locales) {
    // Each position of the query gives one or more choices of terms; the alternatives are their product.
    const slots: Term[][][] = [];
    let typedHere = false;
    for (let i = 0; i < words.length;) {
      const span = spans.find((s) => s.start === i);
      const typed = (from: number, to: number) =>
        words
          .slice(from, to)
          .filter((w) => plausibleIn(w, lang) && required(w))
          .map((w) => termOf(w, lang));
      if (!span) {
        const terms = typed(i, i + 1);
        typedHere ||= terms.length > 0;
        // A name in the other script (`Zhusan` in a Kazakh text is «Жусан»): searched without it (kept first,
        // should the alternatives be capped) and with it.
        const name = required(words[i]!) && !terms.length ? nameAcrossScripts(tokens[i]!.text, words[i]!, lang === 'en') : null;
        if (terms.length) slots.push([terms]);
        else if (name) slots.push([[], [termOf(name, lang)]]);
        i++;
        continue;
      }
      const expansion = expansions.find((e) => e.term === span.entry.id && e.lang === lang);
      if (span.langs.has(lang) || !expansion?.on) {
        // Typed words stay loose words, even when they spell a glossary form: the reader chose them, and
        // a quoted query is there for a phrase. Only forms the glossary supplies are held to a phrase.
        const terms = typed(span.start, span.end);
        typedHere ||= terms.length > 0;
        if (terms.length) slots.push([terms]);
      } else {
        const seen = new Set<string>();
        const choices: Term[][] = [];
        for (const form of span.entry.forms[lang]) {
          // The span's start names its phrase: unique within any alternative, which holds one form per span.
          // Its stop words are not searched ("trafficking in persons"): Pagefind would match every word
          // starting "in"; the phrase check's window holds the words around them together (phrases.ts).
          const words = tokenize(form).map((t) => t.bare);
          const terms = words.filter((w) => !isStopWord(w) || words.every(isStopWord)).map((w) => termOf(w, lang));
          if (terms.length > 1) for (const t of terms) t.phrase = span.start;
          const key = termsKey(terms);
          if (!seen.has(key)) {
            seen.add(key);
            choices.push(terms);
          }
        }
        slots.push(choices);
      }
      i = span.end;
    }
    let alternatives: Term[][] = [[]];
    for (const slot of slots)
      alternatives = alternatives.flatMap((a) => slot.map((choice) => [...a, ...choice])).slice(0, maxAlternatives);
    alternatives = alternatives.filter((a) => a.length > 0);
    if (alternatives.length) searches.push({ lang, alternatives, typed: typedHere });
  }
  return { expansions, searches };
}

/** Words a query may have for the all-but-one fallback (each left out in turn is one more plan). */
const maxFallbackWords = 6;

/**
 * For a query that no passage matches whole: the query with each word left out in turn, as one plan
 * (a passage found by several is one candidate). Null for a single word or a long query.
 */
export function allButOnePlan(
  q: string,
  glossary: readonly GlossaryTerm[],
  only: Locale | '' = '',
  off: ReadonlySet<string> = new Set(),
): SearchPlan | null {
  const words = tokenize(q).map((t) => t.text);
  if (words.length < 2 || words.length > maxFallbackWords) return null;
  const plans = words.map((_, left) => planSearch(words.filter((_, i) => i !== left).join(' '), glossary, only, off));
  const searches = locales.flatMap((lang) => {
    const seen = new Set<string>();
    const alternatives = plans
      .flatMap((plan) => plan.searches.filter((s) => s.lang === lang).flatMap((s) => s.alternatives))
      .filter((terms) => {
        const key = termsKey(terms);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    const typed = plans.some((plan) => plan.searches.some((s) => s.lang === lang && s.typed));
    return alternatives.length ? [{ lang, alternatives, typed }] : [];
  });
  return { expansions: [], searches };
}

/** Word positions in `stems` (index forms of a text in `lang`) where the glossary form `key` starts. */
export function formPositions(stems: readonly string[], key: readonly string[]): number[] {
  const found: number[] = [];
  if (key.length === 0) return found;
  for (let start = 0; start + key.length <= stems.length; start++)
    if (key.every((k, i) => sameWord(stems[start + i]!, k))) found.push(start);
  return found;
}
