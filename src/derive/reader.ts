/**
 * Derives the parallel reader's rows from a source's language versions.
 */
import { resolveOverride } from '../align/overrides';
import { sentenceUnits, type SentenceUnit, type UnitOverride } from '../align/units';
import { locales, type Locale } from '../i18n/locales';
import type { Corpus, Located } from '../schemas/corpus';
import type { Source } from '../schemas/source';
import type { Segment, TextEntry } from '../schemas/text';
import type { SectionLabels } from './passages';

export interface Row {
  id: string;
  kind: Segment['kind'];
  depth?: number;
  section: string;
  /** The segment in each language version that has it. */
  cells: Partial<Record<Locale, Segment>>;
  /** The row's sentences grouped into aligned units, each with its permalink id (`protection-2-s7`). */
  units: SentenceUnit[];
}

/** Held languages, original first, then in site order. */
export function heldLanguages(source: Source): Locale[] {
  return locales
    .filter((l) => source.versions[l])
    .sort((a, b) => Number(source.versions[b]!.role === 'original') - Number(source.versions[a]!.role === 'original'));
}

/**
 * Merges the versions' segment orders: the fullest version gives the order, and ids only
 * another version has are placed after the id that precedes them there.
 */
export function mergeOrder(orders: string[][]): string[] {
  const sorted = [...orders].sort((a, b) => b.length - a.length);
  const merged = [...(sorted[0] ?? [])];
  for (const order of sorted.slice(1)) {
    order.forEach((id, i) => {
      if (merged.includes(id)) return;
      const previous = i > 0 ? merged.indexOf(order[i - 1]!) : -1;
      merged.splice(previous + 1, 0, id);
    });
  }
  return merged;
}

/** Editors' sentence alignments of a source's segments (validated by the corpus rule `alignments`). */
export function overridesOf(corpus: Corpus, sourceId: string): Map<string, UnitOverride> {
  const texts = textsOf(corpus, sourceId);
  const overrides = new Map<string, UnitOverride>();
  for (const alignment of corpus.alignments.filter((a) => a.source === sourceId)) {
    const sentences: Partial<Record<Locale, string[]>> = {};
    for (const text of texts) {
      const segment = text.segments.find((s) => s.id === alignment.segment);
      if (segment) sentences[text.lang] = segment.sentences.map((s) => s.text);
    }
    overrides.set(alignment.segment, resolveOverride(alignment, sentences).units);
  }
  return overrides;
}

export function textsOf(corpus: Corpus, sourceId: string): Located<TextEntry>[] {
  return corpus.texts.filter((t) => t.source === sourceId);
}

/**
 * The reader's rows. `order` names the languages from the pivot of sentence alignment (the original where
 * held) onwards; `overrides` are editors' fixed units by segment id.
 */
export function rowsOf(
  texts: TextEntry[],
  order: readonly Locale[] = locales,
  overrides: ReadonlyMap<string, UnitOverride> = new Map(),
): Row[] {
  const byLang = new Map(texts.map((t) => [t.lang, new Map(t.segments.map((s) => [s.id, s]))]));
  return mergeOrder(texts.map((t) => t.segments.map((s) => s.id))).map((id) => {
    const cells: Row['cells'] = {};
    for (const [lang, segments] of byLang) {
      const segment = segments.get(id);
      if (segment) cells[lang] = segment;
    }
    const first = Object.values(cells)[0]!;
    const units = sentenceUnits(
      id,
      order.filter((l) => cells[l]).map((lang) => ({ lang, sentences: cells[lang]!.sentences.map((s) => s.text) })),
      overrides.get(id),
    );
    return { id, kind: first.kind, ...(first.depth ? { depth: first.depth } : {}), section: first.section, cells, units };
  });
}

/** One line of a table of contents: a heading's text, or our label for it with the source's heading beside. */
export interface TocEntry {
  id: string;
  depth: number;
  text: string;
  lang: Locale;
  /** True when `text` is our label (the source has no heading in the reader's language); `heading` is then the source's. */
  ours?: boolean;
  heading?: { text: string; lang: Locale };
}

/**
 * Headings as a table of contents, with the heading's text in the preferred language available; a section
 * whose heading the first preferred language (the reader's) lacks is listed by our label, the source's
 * heading kept beside it.
 */
export function tableOfContents(rows: Row[], preferred: Locale[], labels: SectionLabels = {}): TocEntry[] {
  return rows
    .filter((r) => r.kind === 'heading')
    .map((r) => {
      const lang = preferred.find((l) => r.cells[l]) ?? (Object.keys(r.cells)[0] as Locale);
      const own = { id: r.id, depth: r.depth ?? 2, text: r.cells[lang]!.text, lang };
      const reader = preferred[0];
      // The title heading (depth 1) names the document, not a section: it has no label.
      const label = reader && !r.cells[reader] && own.depth > 1 ? labels[r.id]?.[reader] : undefined;
      // Beside our label the heading is a name, so its closing colon ("PRIORITIZED RECOMMENDATIONS:") goes, as in passage names.
      const heading = { text: own.text.replace(/[\s:]+$/u, ''), lang };
      return label ? { ...own, text: label, lang: reader!, ours: true, heading } : own;
    });
}

/** A source's reader rows, with its editors' sentence overrides applied: what every page of the source shows. */
export function sourceRows(corpus: Corpus, source: Located<Source>): Row[] {
  return rowsOf(textsOf(corpus, source.id), heldLanguages(source), overridesOf(corpus, source.id));
}

/** Below this, a sentence unit is listed in the build log for an editor to check (or to confirm by override). */
export const lowConfidence = 0.5;

/** Sentence units the aligner is unsure of, across every source with more than one language version. */
export function lowConfidenceUnits(corpus: Corpus): Array<{ source: string; unit: string; confidence: number; text: string }> {
  return corpus.sources.flatMap((source) =>
    sourceRows(corpus, source)
      .filter((row) => Object.keys(row.cells).length > 1)
      .flatMap((row) =>
        row.units
          .filter((u) => u.confidence < lowConfidence)
          .map((u) => {
            const [lang, indices] = Object.entries(u.sentences)[0] as [Locale, number[]];
            const text = indices.map((i) => row.cells[lang]!.sentences[i]!.text).join(' ');
            return { source: source.id, unit: u.id, confidence: u.confidence, text: `${lang}: ${text.slice(0, 80)}` };
          }),
      ),
  );
}

/** Sources in publication order, oldest first: the source lists, the search filter and the tracker's groups. */
export function sourcesByDate(corpus: Corpus): Located<Source>[] {
  return [...corpus.sources].sort((a, b) => a.published.localeCompare(b.published));
}
