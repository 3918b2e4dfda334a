/** The downloadable data: one shape for JSON and CSV, so the two always agree. */
import { locales } from '../i18n/locales';
import type { Corpus } from '../schemas/corpus';
import { figureRecords, toCsv, withBom } from './findings';
import { publicUrl } from './urls';
import { recommendationsCsvOf } from './rec-csv';
import { facetOptions, facetValuesOf, statusOf, yearOfRecommendation } from './recommendations';
import type { FacetName } from './rec-filters';

/** The figures CSV: the columns of `figureRecords`, flattened; every one is described in `dictionary.ts`. */
export const figureCsvHeader = [
  'id',
  'source',
  'metric',
  ...locales.map((l) => `metric_${l}`),
  'period',
  'year',
  'value',
  'unit',
  'counts',
  'coverage',
  'to',
  'scope',
  ...locales.map((l) => `scope_${l}`),
  'role',
  'part_of',
  'range_bound',
  ...locales.map((l) => `range_of_${l}`),
  'dating',
  'breakdown',
  'approximate',
  'series',
  'main_series',
  'segment',
  'url',
  ...locales.map((l) => `quote_${l}`),
  ...locales.map((l) => `note_${l}`),
];

export function figuresCsv(corpus: Corpus): string {
  const rows = figureRecords(corpus).map(({ quotes, metricName, scope, range, note, partOf, mainSeries, ...rest }) => ({
    ...rest,
    part_of: partOf,
    main_series: mainSeries,
    scope: scope?.id,
    range_bound: range?.bound,
    ...Object.fromEntries(locales.map((l) => [`metric_${l}`, metricName[l]])),
    ...Object.fromEntries(locales.map((l) => [`scope_${l}`, scope?.label[l]])),
    ...Object.fromEntries(locales.map((l) => [`range_of_${l}`, range?.of[l]])),
    ...Object.fromEntries(locales.map((l) => [`quote_${l}`, quotes[l]])),
    ...Object.fromEntries(locales.map((l) => [`note_${l}`, note?.[l]])),
  }));
  return withBom(toCsv(figureCsvHeader, rows));
}

/** One record per recommendation: our editorial fields, the derived status, the verbatim texts. */
/** `_site` is ignored (kept for older callers): addresses come from `SITE_URL` through `publicUrl`. */
export function recommendationRecords(corpus: Corpus, _site?: URL) {
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
        url: publicUrl(`/en/recommendations/${r.id}/`),
        segmentUrl: publicUrl(`/en/sources/${r.source}/#${r.segment}`),
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

export function recommendationsCsv(corpus: Corpus): string {
  return withBom(recommendationsCsvOf(recommendationRecords(corpus)));
}

/** One static download per facet value (`/data/recommendations/<facet>/<value>.csv|json`): the no-JS filtered export. */
export function facetDownloadPaths(corpus: Corpus) {
  return facetOptions(corpus).flatMap(({ facet, values }) => values.map(({ value }) => ({ params: { facet, value } })));
}

/** The export records of the recommendations that hold one facet value. */
export function facetRecords(corpus: Corpus, facet: FacetName, value: string) {
  const ids = new Set(corpus.recommendations.filter((r) => facetValuesOf(corpus, r)[facet].includes(value)).map((r) => r.id));
  return recommendationRecords(corpus).filter((r) => ids.has(r.id));
}
