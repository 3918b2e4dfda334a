/**
 * The CSV of recommendation records: the whole download at build time, and a filtered selection in the
 * browser, from the same function (so both files always have the same columns).
 */
import { locales } from '../i18n/locales';
import type { RecommendationRecord } from './exports';
import { toCsv } from './findings';

export const recommendationCsvHeader = [
  'id',
  'source',
  'number',
  'type',
  'year',
  ...locales.map((l) => `cycle_${l}`),
  'themes',
  'groups',
  'by',
  'addressee',
  'responsible',
  'action',
  'status',
  'status_date',
  'status_sources',
  'follow_ups',
  'segment',
  'url',
  ...locales.map((l) => `text_${l}`),
];

/** CSV of any set of records (the whole file, or a filtered selection in the browser). */
export function recommendationsCsvOf(records: readonly RecommendationRecord[]): string {
  const rows = records.map((r) => ({
    id: r.id,
    source: r.source,
    number: r.number,
    type: r.type,
    year: r.year,
    ...Object.fromEntries(locales.map((l) => [`cycle_${l}`, r.cycle[l]])),
    themes: r.themes,
    groups: r.groups,
    by: r.by,
    addressee: r.addressee,
    responsible: r.responsible.map((x) => x.body),
    action: r.action,
    status: r.status,
    status_date: r.statusDate,
    status_sources: r.statusSources,
    follow_ups: r.followUps.map((f) => `${f.relation}:${f.source}#${f.segment}`),
    segment: r.segment,
    url: r.url,
    ...Object.fromEntries(locales.map((l) => [`text_${l}`, r.text[l]])),
  }));
  return toCsv(recommendationCsvHeader, rows);
}
