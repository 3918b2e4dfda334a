/** Recommendation views: ordering, the year each was made, and filters. */
import type { Corpus, Located } from '../schemas/corpus';
import type { Recommendation } from '../schemas/recommendation';

/** Sources in publication order, each with its recommendations in their own numbering. */
export function recommendationsBySource(corpus: Corpus) {
  return [...corpus.sources]
    .sort((a, b) => a.published.localeCompare(b.published))
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
