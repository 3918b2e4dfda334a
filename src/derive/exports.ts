/** The downloadable data: one shape for JSON and CSV, so the two always agree. */
import { locales } from '../i18n/locales';
import type { Corpus } from '../schemas/corpus';
import { figureRecords, toCsv } from './findings';

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

export function recommendationRecords(corpus: Corpus, site: URL) {
  return [...corpus.recommendations]
    .sort((a, b) => a.source.localeCompare(b.source) || a.number - b.number)
    .map((r) => ({
      id: r.id,
      source: r.source,
      number: r.number,
      type: r.type,
      theme: r.theme,
      segment: r.segment,
      url: new URL(`/en/recommendations/${r.id}/`, site).href,
      segmentUrl: new URL(`/en/sources/${r.source}/#${r.segment}`, site).href,
      text: r.text,
      followUps: r.followUps.map((f) => ({ relation: f.relation, source: f.source, segment: f.segment, quotes: f.quotes })),
    }));
}

export const recommendationCsvHeader = [
  'id',
  'source',
  'number',
  'type',
  'theme',
  'segment',
  'url',
  ...locales.map((l) => `text_${l}`),
];

export function recommendationsCsv(corpus: Corpus, site: URL): string {
  const rows = recommendationRecords(corpus, site).map(({ text, followUps: _f, segmentUrl: _s, ...rest }) => ({
    ...rest,
    ...Object.fromEntries(locales.map((l) => [`text_${l}`, text[l]])),
  }));
  return toCsv(recommendationCsvHeader, rows);
}
