/**
 * Helpers shared by the rules that check quotes: the segment index of a corpus and the verbatim test.
 */
import type { Locale } from '../../i18n/locales';
import { containsVerbatim } from '../../lang/numbers';
import type { SourceId } from '../../schemas/common';
import type { Corpus } from '../../schemas/corpus';
import type { Segment } from '../../schemas/text';
import type { CheckedCorpus, EntryRef, Report } from './types';

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

/** True when some language version of the source failed validation, so its segments are unknown. */
export function hasBrokenText(corpus: CheckedCorpus, source: string, lang?: Locale): boolean {
  if (lang) return corpus.broken.texts.has(`${source}/${lang}`);
  return [...corpus.broken.texts].some((id) => id.startsWith(`${source}/`));
}

/** A quote must occur verbatim in the segment of its language; returns the problem or null. */
export function quoteProblem(
  corpus: CheckedCorpus,
  source: SourceId,
  segment: string,
  lang: Locale,
  quote: string,
): string | null {
  if (hasBrokenText(corpus, source, lang)) return null;
  const byLang = segmentIndex(corpus.texts).get(source);
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
  corpus: CheckedCorpus,
  report: Report,
  entry: EntryRef,
  at: { source: SourceId; segment: string; quotes: Partial<Record<Locale, string>>; path: Array<string | number> },
): Array<[Locale, string]> {
  const verified: Array<[Locale, string]> = [];
  for (const [lang, quote] of Object.entries(at.quotes) as [Locale, string][]) {
    const problem = quoteProblem(corpus, at.source, at.segment, lang, quote);
    if (problem) report(entry, [...at.path, lang], problem);
    else verified.push([lang, quote]);
  }
  return verified;
}

/** True when some language version of `source` has the segment, or when that cannot be known. */
export function hasSegment(corpus: CheckedCorpus, source: SourceId, segment: string): boolean {
  if (hasBrokenText(corpus, source)) return true;
  return [...(segmentIndex(corpus.texts).get(source)?.values() ?? [])].some((texts) => texts.has(segment));
}
