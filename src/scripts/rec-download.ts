/**
 * Downloads the recommendations currently shown, as CSV or JSON, built in the browser from the full
 * /data/recommendations.json (the same records and the same CSV columns as the full files).
 */
import type { RecommendationRecord } from '../derive/exports';
import { recommendationsCsvOf } from '../derive/rec-csv';
import { filtersQuery, type Filters } from '../derive/rec-filters';

/** "recommendations-theme-training-q-inspector.csv": says what the selection was. */
export function selectionFileName(filters: Filters, format: 'csv' | 'json'): string {
  const slug = filtersQuery(filters)
    .slice(1)
    .replace(/[=&+%]+/g, '-')
    .replace(/[^\p{L}\p{N}-]+/gu, '')
    .toLowerCase();
  return `recommendations${slug ? `-${slug}` : ''}.${format}`;
}

export async function downloadSelection(ids: readonly string[], format: 'csv' | 'json', filters: Filters): Promise<void> {
  const response = await fetch('/data/recommendations.json');
  const records = ((await response.json()) as RecommendationRecord[]).filter((r) => ids.includes(r.id));
  const body = format === 'csv' ? recommendationsCsvOf(records) : `${JSON.stringify(records, null, 2)}\n`;
  const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json;charset=utf-8';
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: selectionFileName(filters, format) });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
