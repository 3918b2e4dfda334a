/**
 * Helpers shared by the rules that check quotes: the segment index of a corpus and the verbatim test.
 */
import type { Locale } from '../../i18n/locales';
import { containsVerbatim } from '../../lang/numbers';
import type { SourceId } from '../../schemas/common';
import type { Corpus } from '../../schemas/corpus';
import type { Segment } from '../../schemas/text';
import type { EntryRef, Report } from './types';

export type SegmentIndex = Map<string, Map<Locale, Map<string, Segment>>>;

const cache = new WeakMap<Corpus['texts'], SegmentIndex>();

/** Segments of one source, by language and id (built once per corpus). */
export function segmentIndex(texts: Corpus['texts']): SegmentIndex {
  const cached = cache.get(texts);
  if (cached) return cached;
  const index: SegmentIndex = new Map();
  for (const text of texts) {
    const byLang = index.get(text.source) ?? new Map();
    byLang.set(text.lang, new Map(text.segments.map((s) => [s.id, s])));
    index.set(text.source, byLang);
  }
  cache.set(texts, index);
  return index;
}

/** A quote must occur verbatim in the segment of its language; returns the problem or null. */
export function quoteProblem(index: SegmentIndex, source: SourceId, segment: string, lang: Locale, quote: string): string | null {
  const byLang = index.get(source);
  if (!byLang) return `source "${source}" has no texts`;
  const texts = byLang.get(lang);
  if (!texts) return `source "${source}" has no "${lang}" text`;
  const target = texts.get(segment);
  if (!target) return `segment "${segment}" does not exist in ${source} (${lang})`;
  if (!containsVerbatim(target.text, quote))
    return `quote does not occur verbatim in ${source} (${lang}) segment "${segment}": «${quote}»`;
  return null;
}

/** Checks each quote of a block against its segment; reports under `path` + language; returns the good ones. */
export function checkQuotes(
  index: SegmentIndex,
  report: Report,
  entry: EntryRef,
  at: { source: SourceId; segment: string; quotes: Partial<Record<Locale, string>>; path: Array<string | number> },
): Array<[Locale, string]> {
  const verified: Array<[Locale, string]> = [];
  for (const [lang, quote] of Object.entries(at.quotes) as [Locale, string][]) {
    const problem = quoteProblem(index, at.source, at.segment, lang, quote);
    if (problem) report(entry, [...at.path, lang], problem);
    else verified.push([lang, quote]);
  }
  return verified;
}

/** True when some language version of `source` has the segment. */
export function hasSegment(index: SegmentIndex, source: SourceId, segment: string): boolean {
  return [...(index.get(source)?.values() ?? [])].some((texts) => texts.has(segment));
}
