/**
 * The search index in the page: one Pagefind instance over one bundle holding all three languages
 * (see ./records.ts), loaded on first use. Queries arrive already in the index's form (./expand.ts),
 * so Pagefind's own stemming is not involved and one WebAssembly serves every language. What a hit
 * shows comes from the passage files (./passage-files.ts), one request per source and language, kept
 * for the searches that follow.
 */
import { unitField, type HitKind, type Passage } from './records';
import { filesFolder, keyIn, keyLanguage, manifestPath, type PassageFile, type PassageManifest } from './passage-files';
import type { Term } from './expand';
import { phraseFits } from './phrases';
import { indexForm, isTermMatch } from '../lang/index-form';
import { passageTokens } from './excerpt';
import type { Locale } from '../i18n/locales';

interface PagefindResult {
  id: string;
  score: number;
  words: number[];
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

const basePath = '/pagefind/';

/** A passage file, loaded: its passages in the manifest's order, and by destination (for translations). */
interface LoadedFile {
  lang: Locale;
  passages: Passage[];
  byUnit: Map<string, Passage>;
}

/** What the manifest says: where each Pagefind id's passage is, and each file's name by key. */
interface Manifest {
  places: Map<string, { key: string; at: number }>;
  names: Map<string, string>;
}

let loaded: Promise<Pagefind> | undefined;
let manifest: Promise<Manifest> | undefined;
const files = new Map<string, Promise<LoadedFile>>();

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return (await response.json()) as T;
}

/** Starts loading Pagefind, its index and the passage manifest (idempotent): call it early, e.g. when the reader reaches the box. */
export function loadIndex(): Promise<Pagefind> {
  manifest ??= fetchJson<PassageManifest>(`${basePath}${manifestPath}`).then(({ files: entries }) => ({
    places: new Map(Object.entries(entries).flatMap(([key, { ids }]) => ids.map((id, at) => [id, { key, at }] as const))),
    names: new Map(Object.entries(entries).map(([key, { name }]) => [key, name])),
  }));
  manifest.catch(() => (manifest = undefined));
  loaded ??= (async () => {
    const url = `${basePath}pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Scores compare passages of any length: a long paragraph is not penalised much for its length.
    // No worker: a search here is a few small Pagefind calls (one per language and alternative), and a
    // round trip to Pagefind's worker cost more than the search itself (a typed follow-up took 10–14 ms
    // with it, 4–5 ms without; bench/README.md). Its chunks are small, so nothing long runs on the page.
    await pagefind.options({ basePath, ranking: { pageLength: 0.3 }, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

/** A passage file by key, fetched once (every later hit in it is free); null if there is none. */
function fileOf(key: string, names: Manifest['names']): Promise<LoadedFile> | null {
  const name = names.get(key);
  if (!name) return null;
  let file = files.get(name);
  if (!file) {
    file = fetchJson<PassageFile>(`${basePath}${filesFolder}/${name}`).then(({ lang, passages }) => ({
      lang,
      passages,
      byUnit: new Map(passages.map((p) => [p.unit, p])),
    }));
    files.set(name, file);
    file.catch(() => files.delete(name));
  }
  return file;
}

/**
 * Loads every passage file of these languages (after a search's first page, when the page is idle): the
 * searches that follow then need no request but the index's. Never throws.
 */
export function preloadPassages(langs: readonly Locale[]): void {
  manifest
    ?.then(({ names }) => {
      for (const key of names.keys()) if (langs.includes(keyLanguage(key))) fileOf(key, names)?.catch(() => undefined);
    })
    .catch(() => undefined);
}

/**
 * The passage of a Pagefind id, and the same unit's text in the reader's language when the hit is in
 * another (read from that language's file of the same key, fetched beside the hit's own).
 */
async function passageOf(
  id: string,
  locale: Locale,
): Promise<{ passage: Passage; lang: Locale; translation: Passage | undefined } | null> {
  if (!manifest) void loadIndex();
  const { places, names } = await manifest!;
  const place = places.get(id);
  if (!place) return null;
  const own = fileOf(place.key, names);
  const lang = keyLanguage(place.key);
  const beside = lang === locale ? null : fileOf(keyIn(place.key, locale), names);
  const { passages } = await own!;
  const passage = passages[place.at];
  if (!passage) return null;
  const translation = beside && passage.langs.includes(locale) ? (await beside).byUnit.get(passage.unit) : undefined;
  return { passage, lang, translation };
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

/** One matching record, before its passage is loaded. */
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
  /** The other languages the same unit exists in. */
  langs: Locale[];
  /** The same unit in the reader's language, when the hit is in another and the unit exists in it. */
  translation?: { text: string; sentences: Array<{ at: number; id: string }> } | undefined;
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
  {
    exact = false,
    weight = 1,
    locale,
  }: {
    /** An exact phrase: the stems in this order (Pagefind's quoted search). */
    exact?: boolean;
    /** Multiplies Pagefind's scores (see reachedWeight in client.ts). */
    weight?: number;
    /** The reader's language: a hit in another carries its translation into it. */
    locale: Locale;
  },
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
      load: async () => {
        const found = await passageOf(result.id, locale);
        return found && verify(found, result, terms, weight);
      },
    })),
  };
}

/** Where a passage's sentences start, and their ids (shared by the aligned sentences of its translations). */
const sentencesOf = (passage: Passage) =>
  passage.sentences.map((entry) => {
    const [at, id] = entry.split(' ');
    return { at: Number(at), id: id! };
  });

/** The hit, if every term matched a word that is that term (see isTermMatch), else null. */
function verify(
  { passage, lang, translation }: { passage: Passage; lang: Locale; translation?: Passage | undefined },
  result: PagefindResult,
  terms: Term[],
  weight: number,
): Hit | null {
  // The index word at each matched position: the text's token there in its index form (as records.ts indexed it).
  const tokens = passageTokens(passage.text);
  const positions = [...new Set(result.words)].filter((at) => tokens[at] !== undefined).sort((a, b) => a - b);
  const word = (at: number) => indexForm(tokens[at]!.bare, lang);
  // The terms each matched position is (none: prefix noise); every term must be some word.
  // A glossary form's words count only where they stand as its phrase (see phrases.ts); none: no hit.
  const fits = phraseFits(
    terms,
    new Map(positions.map((at) => [at, terms.filter((t) => isTermMatch(word(at), t.stem, t.surface))])),
  );
  if (!fits) return null;
  const kept = positions.filter((at) => fits.get(at)!.length > 0);
  if (!terms.every((t) => kept.some((at) => fits.get(at)!.includes(t)))) return null;
  // The first term a position is, so a sentence can be judged by how many terms it holds.
  const matched = Object.fromEntries(kept.map((at) => [at, fits.get(at)![0]!.stem]));
  return {
    url: `/${lang}${passage.unit}`,
    unit: passage.unit,
    kind: passage.kind,
    lang,
    source: passage.source,
    section: passage.section,
    position: passage.position,
    sentences: sentencesOf(passage),
    text: passage.text,
    positions: kept,
    matched,
    langs: passage.langs,
    translation: translation && { text: translation.text, sentences: sentencesOf(translation) },
    score: result.score * weight,
    terms,
  };
}
