/**
 * Results from hits: one result per destination, ranked by passage relevance across all sources and
 * languages (one index, so scores compare), with the languages that matched. Pure, unit-tested.
 */
import type { Locale } from '../i18n/locales';
import type { Hit } from './engine';
import type { HitKind } from './records';

export interface Result {
  unit: string;
  kind: HitKind;
  /** The best score among its languages. */
  score: number;
  /** Languages that matched, best first. */
  langs: Locale[];
  /** The best hit per language that matched. */
  hits: Partial<Record<Locale, Hit>>;
}

/** Source passages first, then what is derived from them (figures, recommendations). */
export const groupOf = (kind: HitKind): 'segment' | 'derived' => (kind === 'segment' ? 'segment' : 'derived');

/** Merges verified hits: same destination once, ranked by score (ties: source passages, then address). */
export function mergeAnswers(hits: readonly Hit[]): Result[] {
  const byUnit = new Map<string, Result>();
  for (const hit of hits) {
    const result = byUnit.get(hit.unit) ?? { unit: hit.unit, kind: hit.kind, score: -Infinity, langs: [], hits: {} };
    const previous = result.hits[hit.lang];
    if (!previous || hit.score > previous.score) result.hits[hit.lang] = hit;
    result.score = Math.max(result.score, hit.score);
    byUnit.set(hit.unit, result);
  }
  const results = [...byUnit.values()];
  for (const r of results) r.langs = (Object.keys(r.hits) as Locale[]).sort((a, b) => r.hits[b]!.score - r.hits[a]!.score);
  return results.sort(
    (a, b) =>
      b.score - a.score ||
      (groupOf(a.kind) === groupOf(b.kind) ? 0 : groupOf(a.kind) === 'segment' ? -1 : 1) ||
      a.unit.localeCompare(b.unit),
  );
}
