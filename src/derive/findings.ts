/**
 * Findings derived from the figures: the metric × year matrix, disagreements between sources,
 * per-year and per-metric views, the timeline, and the rows of the downloads.
 */
import { fallbackOrder, type Locale } from '../i18n/locales';
import type { Corpus, Located } from '../schemas/corpus';
import type { Figure } from '../schemas/figure';
import type { Metric } from '../schemas/metric';
import { orderWithParts, placeAll, seriesKey, type Placed } from './comparability';
import { publicUrl } from './urls';

/** Years a period touches: "2024/2025" → [2024, 2025], "2022-06" → [2022]. */
export function yearsOf(period: string): number[] {
  const [from, to = from] = period.split('/').map((p) => Number(p!.slice(0, 4)));
  const years: number[] = [];
  for (let y = from!; y <= to!; y++) years.push(y);
  return years;
}

/** The matrix column a figure belongs to: the first year of its period. */
export const startYear = (period: string) => Number(period.slice(0, 4));

/** Figures that state the same thing: the same series (see `comparability.ts`) and the exact same period. */
export const comparableKey = (f: Figure) => `${seriesKey(f)}|${f.period}`;

/** Keys of comparable figures whose values differ (between sources, or within one). */
export function disagreements(figures: readonly Figure[]): Set<string> {
  const values = new Map<string, Set<number>>();
  for (const f of figures) {
    const key = comparableKey(f);
    values.set(key, (values.get(key) ?? new Set()).add(f.value));
  }
  return new Set([...values].filter(([, v]) => v.size > 1).map(([k]) => k));
}

export interface Matrix {
  metrics: Located<Metric>[];
  years: number[];
  /** Figures by metric id, then by start year; in each cell totals come first, each followed by its parts. */
  cells: Map<string, Map<number, Located<Figure>[]>>;
  disputed: Set<string>;
  /** Every figure placed against its metric's main series (labels, depth), by figure id. */
  placed: Map<string, Placed>;
}

export function sortedMetrics(corpus: Corpus): Located<Metric>[] {
  return [...corpus.metrics].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

export function buildMatrix(corpus: Corpus): Matrix {
  const metrics = sortedMetrics(corpus).filter((m) => corpus.figures.some((f) => f.metric === m.id));
  const years = [...new Set(corpus.figures.map((f) => startYear(f.period)))].sort((a, b) => a - b);
  const cells = new Map<string, Map<number, Located<Figure>[]>>();
  for (const figure of orderWithParts(corpus.figures)) {
    const row = cells.get(figure.metric) ?? new Map<number, Located<Figure>[]>();
    const year = startYear(figure.period);
    row.set(year, [...(row.get(year) ?? []), figure]);
    cells.set(figure.metric, row);
  }
  return { metrics, years, cells, disputed: disagreements(corpus.figures), placed: placeAll(corpus) };
}

export function figuresOfYear(corpus: Corpus, year: number): Located<Figure>[] {
  return orderWithParts(corpus.figures.filter((f) => yearsOf(f.period).includes(year)));
}

export function figuresOfMetric(corpus: Corpus, metric: string): Located<Figure>[] {
  return orderWithParts(corpus.figures.filter((f) => f.metric === metric));
}

/** Every year any figure or event touches, for the year pages. */
export function allYears(corpus: Corpus): number[] {
  const years = new Set(corpus.figures.flatMap((f) => yearsOf(f.period)));
  for (const e of corpus.events) years.add(Number(e.date.slice(0, 4)));
  return [...years].sort((a, b) => a - b);
}

/** The quote to show a reader of `locale`: theirs when the source states it in their language. */
export function preferredQuote(quotes: Partial<Record<Locale, string>>, locale: Locale): { lang: Locale; text: string } {
  const lang = fallbackOrder[locale].find((l) => quotes[l]) as Locale;
  return { lang, text: quotes[lang]! };
}

export interface TimelineEntry {
  date: string;
  kind: 'published' | 'tier' | 'event';
  source: string;
  segment?: string;
  label: Record<Locale, string> | null;
  tier?: string;
  quotes?: Partial<Record<Locale, string>>;
}

/** Publications and tiers from the sources' metadata, and the events the sources report. */
export function timeline(corpus: Corpus): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const source of corpus.sources) {
    entries.push({ date: source.published, kind: 'published', source: source.id, label: null });
    if (source.tier)
      entries.push({
        date: source.published,
        kind: 'tier',
        source: source.id,
        segment: source.tier.segment,
        tier: source.tier.value,
        label: null,
      });
  }
  for (const event of corpus.events)
    entries.push({
      date: event.date,
      kind: 'event',
      source: event.source,
      segment: event.segment,
      label: event.label,
      quotes: event.quotes,
    });
  const rank = { event: 0, published: 1, tier: 2 };
  return entries.sort((a, b) => a.date.localeCompare(b.date) || rank[a.kind] - rank[b.kind]);
}

/**
 * Rows of the downloads, one per figure, with what it counts and how it relates to other figures, so a
 * sum never double-counts: add only rows with role "total" within one series (`series`; `main_series`
 * marks national whole-year totals in the metric's unit).
 */
export function figureRecords(corpus: Corpus) {
  const metrics = new Map(corpus.metrics.map((m) => [m.id, m]));
  const placed = placeAll(corpus);
  return [...corpus.figures]
    .sort((a, b) => a.source.localeCompare(b.source) || a.id.localeCompare(b.id))
    .map((f) => ({
      id: f.id,
      source: f.source,
      metric: f.metric,
      metricName: metrics.get(f.metric)!.name,
      period: f.period,
      year: startYear(f.period),
      value: f.value,
      unit: metrics.get(f.metric)!.unit,
      counts: f.counts,
      coverage: f.coverage,
      to: f.to ?? null,
      scope: f.scope ?? null,
      role: f.partOf ? ('part' as const) : ('total' as const),
      partOf: f.partOf ?? null,
      range: f.range ?? null,
      dating: f.dating,
      breakdown: f.breakdown,
      approximate: f.approximate,
      series: seriesKey(f),
      mainSeries: placed.get(f.id)?.main ?? false,
      segment: f.segment,
      url: publicUrl(`/en/sources/${f.source}/#${f.segment}`),
      quotes: f.quotes,
      note: f.note ?? null,
    }));
}

const csvCell = (value: unknown): string => {
  const text = Array.isArray(value) ? value.join('+') : value === undefined || value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV with a header row, CRLF line ends (no BOM: see `withBom`). */
export function toCsv(header: readonly string[], rows: ReadonlyArray<Record<string, unknown>>): string {
  return (
    [header.map(csvCell).join(','), ...rows.map((row) => header.map((h) => csvCell(row[h])).join(','))].join('\r\n') + '\r\n'
  );
}

/** A byte-order mark first, so Excel reads the file as UTF-8 (Cyrillic and Kazakh letters intact). */
export const withBom = (csv: string) => `\uFEFF${csv}`;
