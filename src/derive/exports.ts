/** The downloadable data: one shape for JSON and CSV, so the two always agree. */
import { locales } from '../i18n/locales';
import type { Corpus } from '../schemas/corpus';
import { figureRecords, toCsv } from './findings';
import { recommendationsCsvOf } from './rec-csv';
import { statusOf, yearOfRecommendation } from './recommendations';

export const figureCsvHeader = [
  'id',
  'source',
  'metric',
  'period',
  'year',
  'value',
  'unit',
  'breakdown',
  'approximate',
  'segment',
  'url',
  ...locales.map((l) => `quote_${l}`),
];

export function figuresCsv(corpus: Corpus, site: URL): string {
  const rows = figureRecords(corpus, site).map(({ quotes, ...rest }) => ({
    ...rest,
    ...Object.fromEntries(locales.map((l) => [`quote_${l}`, quotes[l]])),
  }));
  return toCsv(figureCsvHeader, rows);
}

/** One record per recommendation: our editorial fields, the derived status, the verbatim texts. */
export function recommendationRecords(corpus: Corpus, site: URL) {
  return [...corpus.recommendations]
    .sort((a, b) => a.source.localeCompare(b.source) || a.number - b.number)
    .map((r) => {
      const { current } = statusOf(corpus, r);
      return {
        id: r.id,
        source: r.source,
        number: r.number,
        type: r.type,
        year: yearOfRecommendation(corpus, r),
        cycle: r.cycle,
        themes: r.themes,
        groups: r.groups,
        by: r.by,
        addressee: r.addressee ?? null,
        responsible: r.responsible.map((x) => ({ body: x.body, source: x.source, segment: x.segment, quotes: x.quotes })),
        action: r.action,
        status: current.status,
        statusDate: current.date,
        statusSources: current.sources,
        segment: r.segment,
        url: new URL(`/en/recommendations/${r.id}/`, site).href,
        segmentUrl: new URL(`/en/sources/${r.source}/#${r.segment}`, site).href,
        text: r.text,
        followUps: r.followUps.map((f) => ({
          relation: f.relation,
          source: f.source,
          segment: f.segment,
          quotes: f.quotes,
          note: f.note,
        })),
      };
    });
}
export type RecommendationRecord = ReturnType<typeof recommendationRecords>[number];

export function recommendationsCsv(corpus: Corpus, site: URL): string {
  return recommendationsCsvOf(recommendationRecords(corpus, site));
}
