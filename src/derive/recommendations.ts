/** Recommendation views: ordering, the year each was made, and filters. */
import type { Corpus, Located } from '../schemas/corpus';
import { actionCategories, type Recommendation } from '../schemas/recommendation';
import { facetNames, type FacetName } from './rec-filters';
import { sourcesByDate } from './reader';
import { deriveStatus, statuses, statusHistory, type Evidence } from './status';

/** Sources in publication order, each with its recommendations in their own numbering. */
export function recommendationsBySource(corpus: Corpus) {
  return sourcesByDate(corpus)
    .map((source) => ({
      source,
      recommendations: corpus.recommendations.filter((r) => r.source === source.id).sort((a, b) => a.number - b.number),
    }))
    .filter((group) => group.recommendations.length > 0);
}

export function yearOfRecommendation(corpus: Corpus, rec: Recommendation): number {
  return Number(corpus.sources.find((s) => s.id === rec.source)!.published.slice(0, 4));
}

/** Looks a recommendation up by its id: the id, never its position, is the permalink. */
export function recommendationById(corpus: Corpus, id: string): Located<Recommendation> | undefined {
  return corpus.recommendations.find((r) => r.id === id);
}

/** Sources published after the one that made the recommendation: the ones we read for evidence. */
export function laterSources(corpus: Corpus, rec: Recommendation) {
  const made = corpus.sources.find((s) => s.id === rec.source)!.published;
  return corpus.sources
    .filter((s) => s.published > made && !s.published.startsWith(made))
    .map((s) => ({ source: s.id, date: s.published }));
}

/** The evidence of a recommendation's follow-ups, dated by their sources. */
export function evidenceOf(corpus: Corpus, rec: Recommendation): Evidence[] {
  return rec.followUps.map((f) => ({
    relation: f.relation,
    source: f.source,
    date: corpus.sources.find((s) => s.id === f.source)!.published,
  }));
}

/** The current status and its history (see derive/status.ts for the rule). */
export function statusOf(corpus: Corpus, rec: Recommendation) {
  const evidence = evidenceOf(corpus, rec);
  return { current: deriveStatus(evidence, laterSources(corpus, rec)), history: statusHistory(evidence) };
}

/**
 * Recommendations a later text repeats in its own recommendations: a "repeats" follow-up pointing at
 * the segment of another recommendation whose words contain the quote (or the other way round).
 */
export function repeatLinks(corpus: Corpus): Array<{ from: string; to: string }> {
  const links: Array<{ from: string; to: string }> = [];
  for (const rec of corpus.recommendations)
    for (const f of rec.followUps.filter((f) => f.relation === 'repeats'))
      for (const other of corpus.recommendations) {
        if (other.source !== f.source || other.segment !== f.segment) continue;
        const overlaps = Object.entries(f.quotes).some(([lang, quote]) => {
          const text = other.text[lang as keyof typeof other.text];
          return !!text && (text.includes(quote) || quote.includes(text));
        });
        if (overlaps) links.push({ from: rec.id, to: other.id });
      }
  return links;
}

export interface Similar {
  rec: Located<Recommendation>;
  /** True when one repeats the other. */
  repeats: boolean;
  themes: string[];
  groups: string[];
}

/**
 * Similar recommendations in other sources: repeats first, then by shared themes (weighted double)
 * and shared groups. Only items sharing a theme or being a repeat are listed.
 */
export function similarRecommendations(corpus: Corpus, rec: Recommendation, limit = 6): Similar[] {
  const repeats = new Set(repeatLinks(corpus).flatMap((l) => (l.from === rec.id ? [l.to] : l.to === rec.id ? [l.from] : [])));
  return corpus.recommendations
    .filter((other) => other.source !== rec.source)
    .map((other) => ({
      rec: other,
      repeats: repeats.has(other.id),
      themes: other.themes.filter((th) => rec.themes.includes(th)),
      groups: other.groups.filter((g) => rec.groups.includes(g)),
    }))
    .filter((s) => s.repeats || s.themes.length > 0)
    .map((s) => ({ s, score: (s.repeats ? 10 : 0) + 2 * s.themes.length + s.groups.length }))
    .sort((a, b) => b.score - a.score || a.s.rec.id.localeCompare(b.s.rec.id, 'en', { numeric: true }))
    .slice(0, limit)
    .map(({ s }) => s);
}

/** Every body a recommendation involves: who makes it, to whom, and who is named to act. */
export function bodiesOf(rec: Recommendation): string[] {
  return [...new Set([rec.by, ...(rec.addressee ? [rec.addressee] : []), ...rec.responsible.map((r) => r.body)])];
}

/** The values a recommendation has on each facet of the tracker's filters. */
export function facetValuesOf(corpus: Corpus, rec: Recommendation): Record<FacetName, string[]> {
  return {
    theme: rec.themes,
    group: rec.groups,
    body: bodiesOf(rec),
    source: [rec.source],
    year: [String(yearOfRecommendation(corpus, rec))],
    action: [String(rec.action)],
    status: [statusOf(corpus, rec).current.status],
  };
}

/** Every value each facet takes in the corpus, in the controlled lists' order, with its count. */
export function facetOptions(corpus: Corpus) {
  const values = corpus.recommendations.map((r) => facetValuesOf(corpus, r));
  const count = (facet: FacetName, value: string) => values.filter((v) => v[facet].includes(value)).length;
  const byOrder = <T extends { id: string; order: number }>(list: T[]) =>
    [...list].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id)).map((x) => x.id);
  const ordered: Record<FacetName, string[]> = {
    theme: byOrder(corpus.themes),
    group: byOrder(corpus.groups),
    body: byOrder(corpus.bodies),
    source: recommendationsBySource(corpus).map((g) => g.source.id),
    year: [...new Set(values.flatMap((v) => v.year))].sort(),
    action: actionCategories.map(String),
    status: [...statuses],
  };
  return facetNames.map((facet) => ({
    facet,
    values: ordered[facet].map((value) => ({ value, count: count(facet, value) })).filter((v) => v.count > 0),
  }));
}
