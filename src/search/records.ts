/**
 * What the search index holds: one record per passage per language (a cell of the parallel reader),
 * per figure quote and per recommendation text, built from the corpus with Pagefind's Node API
 * (the `search-index` integration in astro.config.mjs calls ./write-index.ts).
 *
 * - `content` is the passage in the index's form of its language (`lang/index-form.ts`: stems, Kazakh
 *   folding, one spelling, joined digit groups), one index word per word of the text, so a match
 *   position is a word of the text and the page can mark it.
 * - One index language (`und`, no Pagefind stemmer) holds all three: the browser stems the query with
 *   the same code, so one WebAssembly serves every language and their scores are comparable.
 * - Pagefind keeps only what a search filters or counts by (`filters`). What a hit shows (the text as
 *   written, its sentences and place, the languages it exists in) is the record's `passage`, written to
 *   one file per source and language (./passage-files.ts): a search that follows another finds most of
 *   its passages already loaded, where Pagefind's fragments would cost one request per passage.
 * - Titles are not stored: the page names source and section in the reader's language (see catalogue.ts).
 */
import type { Corpus } from '../schemas/corpus';
import { locales, type Locale } from '../i18n/locales';
import { indexForms } from '../lang/index-form';
import { startYear } from '../derive/findings';
import { heldLanguages, rowsOf, textsOf, type Row } from '../derive/reader';
import { tokenize } from '../lang/tokens';

export const indexLanguage = 'und';

export type HitKind = 'segment' | 'figure' | 'recommendation';

/** What a hit shows of one record, beside Pagefind's match (see ./passage-files.ts). */
export interface Passage {
  /** Destination, whatever the language (`/sources/tip-2023/#protection-2`). */
  unit: string;
  kind: HitKind;
  source: string;
  /** The text as written. */
  text: string;
  /** Section id of a source passage. */
  section?: string;
  /** Place of a source passage in its text (1 = first block), so hits of one section are told apart. */
  position?: number;
  /** Where its sentences start (see sentenceStarts). */
  sentences: string[];
  /** The other languages the same unit exists in (its text there is in that language's passage file). */
  langs: Locale[];
}

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  /** What a search filters or counts by: kind, lang, source, year, unit. */
  filters: Record<string, string[]>;
  lang: Locale;
  passage: Passage;
}

/**
 * The destination a record opens, whatever its language (`/sources/tip-2023/#protection-2`): a filter, so
 * a search's `filtered_counts` say how many distinct destinations matched without loading a fragment.
 */
export const unitField = 'unit';
export const unitOf = (url: string) => url.replace(/^\/[a-z]{2}\//, '/');

function record(
  url: string,
  lang: Locale,
  text: string,
  kind: HitKind,
  filters: { source: string; year: string },
  translations: Partial<Record<Locale, string>>,
  place: Pick<Passage, 'section' | 'position' | 'sentences'> = { sentences: [] },
): SearchRecord {
  const unit = unitOf(url);
  return {
    url,
    content: indexForms(text, lang).join(' '),
    language: indexLanguage,
    filters: { kind: [kind], lang: [lang], source: [filters.source], year: [filters.year], [unitField]: [unit] },
    lang,
    passage: {
      unit,
      kind,
      source: filters.source,
      text,
      ...place,
      langs: locales.filter((l) => l !== lang && translations[l]),
    },
  };
}

/**
 * Where each sentence of a cell starts, as `<word position> <sentence unit id>` (`14 protection-2-s2`), so a
 * hit can open the sentence holding its matched words (the reader's sentence permalinks). Nothing when
 * the sentences do not add up to the cell's words.
 */
export function sentenceStarts(row: Row | undefined, lang: Locale, text: string): string[] {
  const sentences = row?.cells[lang]?.sentences ?? [];
  const starts: string[] = [];
  let at = 0;
  sentences.forEach((sentence, i) => {
    const unit = row!.units.find((u) => u.sentences[lang]?.includes(i));
    if (unit) starts.push(`${at} ${unit.id}`);
    at += tokenize(sentence.text).length;
  });
  return at === tokenize(text).length ? starts : [];
}

/** Every record of the index, in a stable order. */
export function searchRecords(corpus: Corpus): SearchRecord[] {
  const records: SearchRecord[] = [];
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  const segmentsOf = (source: string) => {
    const byLang = new Map<Locale, Map<string, string>>();
    for (const text of corpus.texts.filter((t) => t.source === source))
      byLang.set(text.lang, new Map(text.segments.map((s) => [s.id, s.text])));
    return byLang;
  };
  for (const text of corpus.texts) {
    const source = sources.get(text.source)!;
    const all = segmentsOf(text.source);
    // The reader's rows, as the source page builds them, for the sentence permalinks.
    const rows = new Map(rowsOf(textsOf(corpus, text.source), heldLanguages(source)).map((r) => [r.id, r]));
    text.segments.forEach((segment, i) => {
      const translations = Object.fromEntries(locales.map((l) => [l, all.get(l)?.get(segment.id)]));
      records.push(
        record(
          `/${text.lang}/sources/${text.source}/#${segment.id}`,
          text.lang,
          segment.text,
          'segment',
          { source: text.source, year: source.published.slice(0, 4) },
          translations,
          {
            section: segment.section,
            position: i + 1,
            sentences: sentenceStarts(rows.get(segment.id), text.lang, segment.text),
          },
        ),
      );
    });
  }
  for (const figure of corpus.figures)
    for (const lang of locales) {
      const quote = figure.quotes[lang];
      if (quote)
        records.push(
          record(
            `/${lang}/findings/metrics/${figure.metric}/#${figure.id}`,
            lang,
            quote,
            'figure',
            { source: figure.source, year: String(startYear(figure.period)) },
            figure.quotes,
          ),
        );
    }
  for (const rec of corpus.recommendations) {
    const source = sources.get(rec.source)!;
    for (const lang of locales) {
      const text = rec.text[lang];
      if (text)
        records.push(
          record(
            `/${lang}/recommendations/${rec.id}/`,
            lang,
            text,
            'recommendation',
            { source: rec.source, year: source.published.slice(0, 4) },
            rec.text,
          ),
        );
    }
  }
  return records;
}
