/**
 * The search index in the page: one Pagefind instance over one bundle holding all three languages
 * (see ./records.ts), loaded on first use. Queries arrive already in the index's form (./expand.ts),
 * so Pagefind's own stemming is not involved and one WebAssembly serves every language.
 */
import { textField, unitField, translationField, type HitKind } from './records';
import type { Term } from './expand';
import { holdsPhrases } from './phrases';
import { isTermMatch } from '../lang/index-form';
import { locales, type Locale } from '../i18n/locales';

interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<{ url: string; content: string; filters: Record<string, string[]> }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>> } | null>;
}

let loaded: Promise<Pagefind> | undefined;

/** Starts loading Pagefind and its index (idempotent): call it early, e.g. when the reader reaches the box. */
export function loadIndex(): Promise<Pagefind> {
  loaded ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Scores compare passages of any length: a long paragraph is not penalised much for its length.
    await pagefind.options({ basePath: '/pagefind/', ranking: { pageLength: 0.3 } });
    await pagefind.init();
    return pagefind;
  })();
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

/**
 * Fetches the index chunks a search for these terms will need, without searching (Pagefind's own
 * debounced search does the same): called as the reader types, so the search that follows the pause
 * finds its chunks loaded. Only once the index is loading (the box was focused); never throws.
 */
export function preloadTerms(terms: readonly Term[]): void {
  if (!loaded || terms.length === 0) return;
  const query = terms.map((t) => t.stem).join(' ');
  loaded.then((pagefind) => pagefind.preload(query)).catch(() => undefined);
}

/** One matching record, before its fragment is loaded. */
export interface Candidate {
  id: string;
  score: number;
  lang: Locale;
  /** The terms it was searched with (for the noise check and the arrival highlight). */
  terms: Term[];
  load: () => Promise<Hit | null>;
}

/** A record with its text: a passage (or figure quote, or recommendation) in one language. */
export interface Hit {
  url: string;
  /** Destination, whatever the language (`/sources/tip-2023/#protection-2`). */
  unit: string;
  kind: HitKind;
  lang: Locale;
  source: string;
  section?: string | undefined;
  /** Place of a passage in its text (1 = first block). */
  position?: number | undefined;
  /** Where its sentences start (word position) and their permalink ids (see records.ts). */
  sentences: Array<{ at: number; id: string }>;
  text: string;
  /** Word positions (tokens of `text`) that matched. */
  positions: number[];
  /** The query term (its stem) each matched position is, so a sentence is judged by how many terms it holds. */
  matched: Record<number, string>;
  /** The same unit in the other languages the source has. */
  translations: Partial<Record<Locale, string>>;
  score: number;
  terms: Term[];
}

export interface Answer {
  candidates: Candidate[];
  /** Distinct destinations among the matches, by Pagefind's filter counts (no fragment loaded). */
  units: Set<string>;
}

/**
 * Runs one search in one language: all terms must match. A term Pagefind found only by a shorter
 * prefix (or not at all), or only as prefix noise, drops the result when its text is loaded (`verify`).
 */
export async function searchTerms(
  lang: Locale,
  terms: Term[],
  filters: Record<string, string>,
  exact = false,
  /** Multiplies Pagefind's scores (see reachedWeight in client.ts). */
  weight = 1,
): Promise<Answer> {
  const pagefind = await loadIndex();
  // An exact phrase: the stems in this order, each matched whole (Pagefind's quoted search).
  const query = exact ? `"${terms.map((t) => t.stem).join(' ')}"` : terms.map((t) => t.stem).join(' ');
  const response = await pagefind.search(query, { filters: { ...filters, lang, [unitField]: { none: [] } } });
  const results = response?.results ?? [];
  const units = new Set(
    Object.entries(response?.filters[unitField] ?? {})
      .filter(([, n]) => n > 0)
      .map(([u]) => u),
  );
  return {
    units,
    candidates: results.map((result) => ({
      id: result.id,
      score: result.score * weight,
      lang,
      terms,
      load: async () => verify(await result.data(), result, lang, terms, weight),
    })),
  };
}

/** The hit, if every term matched a word that is that term (see isTermMatch), else null. */
function verify(
  data: Awaited<ReturnType<PagefindResult['data']>>,
  result: PagefindResult,
  lang: Locale,
  terms: Term[],
  weight: number,
): Hit | null {
  const words = data.content.split(' ');
  const positions = [...new Set(result.words)].filter((at) => words[at] !== undefined).sort((a, b) => a - b);
  // The terms each matched position is (none: prefix noise); every term must be some word.
  const fits = new Map(positions.map((at) => [at, terms.filter((t) => isTermMatch(words[at]!, t.stem, t.surface))]));
  const kept = positions.filter((at) => fits.get(at)!.length > 0);
  if (!terms.every((t) => kept.some((at) => fits.get(at)!.includes(t)))) return null;
  if (!holdsPhrases(terms, fits)) return null;
  // The first term a position is, so a sentence can be judged by how many terms it holds.
  const matched = Object.fromEntries(kept.map((at) => [at, fits.get(at)![0]!.stem]));
  const f = data.filters;
  return {
    url: data.url,
    unit: f[unitField]?.[0] ?? data.url,
    kind: (f.kind?.[0] ?? 'segment') as HitKind,
    lang,
    source: f.source?.[0] ?? '',
    section: f.section?.[0],
    position: f.position?.[0] ? Number(f.position[0]) : undefined,
    sentences: (f.sentences ?? []).map((entry) => {
      const [at, id] = entry.split(' ');
      return { at: Number(at), id: id! };
    }),
    text: f[textField]?.[0] ?? '',
    positions: kept,
    matched,
    translations: Object.fromEntries(locales.filter((l) => f[translationField(l)]).map((l) => [l, f[translationField(l)]![0]])),
    score: result.score * weight,
    terms,
  };
}
