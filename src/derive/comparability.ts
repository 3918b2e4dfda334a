/**
 * The comparability rule: which figures may be joined into one series (a line, a row of the year
 * matrix, a run of bars), and how every other figure is labelled beside it.
 *
 * A series joins only figures with the same metric, the same counted thing, the same coverage kind,
 * the same scope, the same breakdown and the same end of a range. A metric's *main* series is its
 * national whole-year totals counting the metric's unit; everything else stands beside it with the
 * labels that say how it differs ("to 2024-05", "cases, not people", "South Korea only", "part of 26").
 * Parts (`partOf`) are placed right after their total and one level deeper, so they read as parts.
 *
 * Consumers: the findings matrix, the metric pages (charts and tables) and the year pages.
 * The exported types are a contract: extend them, do not rename their fields.
 */
import type { Corpus, Located } from '../schemas/corpus';
import type { BreakdownTag, CountedThing, CoverageKind, Figure, Scope } from '../schemas/figure';
import type { Metric } from '../schemas/metric';

/** Why a figure is not on its metric's main series; each is shown as a label beside the value. */
export type Label =
  /** Counts something other than the metric's unit, or the source does not say what ("not-stated"). */
  | { kind: 'counts'; counts: CountedThing }
  /** From the start of the year up to `to` only: shown "to <date>" and drawn differently. */
  | { kind: 'part-year'; to: string }
  /** One month only (`period` is YYYY-MM). */
  | { kind: 'month'; period: string }
  /** One operation, case or network (its name is in the `scope` label when given). */
  | { kind: 'case' }
  /** Several years together (`period` is YYYY/YYYY). */
  | { kind: 'years'; period: string }
  /** A stock or a rule in force at a date, not a count over a period. */
  | { kind: 'as-of'; period: string }
  /** A named subset of the country. */
  | { kind: 'scope'; scope: Scope }
  /** A narrower breakdown of the metric (sex trafficking, citizens…). */
  | { kind: 'breakdown'; tags: BreakdownTag[] }
  /** A part of another figure: its id and value. */
  | { kind: 'part'; of: string; value: number }
  /** One end of a stated range, and whom the range describes. */
  | { kind: 'range'; bound: 'lower' | 'upper'; of: Record<string, string> }
  /** The period dates an event (an operation), not the number. */
  | { kind: 'event-dated' };

export type LabelKind = Label['kind'];

/** A figure placed in its metric's layout. */
export interface Placed {
  figure: Located<Figure>;
  /** Key of the series it joins (see `seriesKey`). */
  series: string;
  /** True when it joins the metric's main series (national whole-year totals in the metric's unit). */
  main: boolean;
  /** How it differs from the main series; empty exactly when `main` is true. */
  labels: Label[];
  /** 0 for a total or standalone figure, 1 for a part of one, 2 for a part of a part. */
  depth: number;
  /** The id of the figure it is a part of, if any. */
  parent: string | null;
  /** The year on the time axis: the first year of the period. */
  year: number;
  /** For part-year figures: the date they run to ("to <date>"), else null. */
  to: string | null;
}

/** Figures that may be joined: one line or one run of bars. */
export interface Series {
  key: string;
  metric: string;
  counts: CountedThing;
  coverage: CoverageKind;
  scope: Scope | null;
  breakdown: BreakdownTag[];
  /** Set when the series is one end of stated ranges. */
  bound: 'lower' | 'upper' | null;
  /** The metric's headline series. At most one per metric. */
  main: boolean;
  /** True when every figure of the series is a part of another figure. */
  parts: boolean;
  /** Its figures in period order; a year may hold several (sources that disagree). */
  figures: Located<Figure>[];
  /** The labels every figure of the series carries (what sets the series apart from the main one). */
  labels: Label[];
}

/** Everything a page needs to draw one metric without joining unlike figures. */
export interface MetricLayout {
  metric: Located<Metric>;
  /** Every year from the first to the last figure, gaps included, for a time axis. */
  years: number[];
  /** The series, main first, then by size. */
  series: Series[];
  /** Every figure of the metric, totals followed by their parts, in period order. */
  placed: Placed[];
}

const startYear = (period: string) => Number(period.slice(0, 4));

/** The series a figure may join: metric, counted thing, coverage kind, scope, breakdown and range end. */
export function seriesKey(figure: Figure): string {
  return [
    figure.metric,
    figure.counts,
    figure.coverage,
    figure.scope?.id ?? 'national',
    [...figure.breakdown].sort().join('+'),
    figure.range?.bound ?? '',
  ].join('|');
}

/** True when two figures may be joined on one line. */
export const comparable = (a: Figure, b: Figure) => seriesKey(a) === seriesKey(b);

/** The key of a metric's main series: national whole-year totals counting its unit. */
export const mainSeriesKey = (metricId: string, metric: Pick<Metric, 'unit'>) =>
  [metricId, metric.unit, 'year', 'national', '', ''].join('|');

/** The labels that set a figure apart from its metric's main series, in reading order. */
export function labelsOf(figure: Figure, metric: Pick<Metric, 'unit'>, byId?: ReadonlyMap<string, Figure>): Label[] {
  const labels: Label[] = [];
  if (figure.counts !== metric.unit) labels.push({ kind: 'counts', counts: figure.counts });
  if (figure.coverage === 'part-year') labels.push({ kind: 'part-year', to: figure.to ?? figure.period });
  else if (figure.coverage === 'month') labels.push({ kind: 'month', period: figure.period });
  else if (figure.coverage === 'case') labels.push({ kind: 'case' });
  else if (figure.coverage === 'years') labels.push({ kind: 'years', period: figure.period });
  else if (figure.coverage === 'as-of') labels.push({ kind: 'as-of', period: figure.period });
  if (figure.scope) labels.push({ kind: 'scope', scope: figure.scope });
  if (figure.breakdown.length) labels.push({ kind: 'breakdown', tags: [...figure.breakdown] });
  if (figure.partOf) labels.push({ kind: 'part', of: figure.partOf, value: byId?.get(figure.partOf)?.value ?? NaN });
  if (figure.range) labels.push({ kind: 'range', bound: figure.range.bound, of: figure.range.of });
  if (figure.dating === 'event') labels.push({ kind: 'event-dated' });
  return labels;
}

function depthOf(figure: Figure, byId: ReadonlyMap<string, Figure>): number {
  let depth = 0;
  for (let f: Figure | undefined = figure; f?.partOf && depth < 5; f = byId.get(f.partOf)) depth++;
  return depth;
}

/** Period order; within a period, totals first and each part right after its total. */
export function orderWithParts<F extends Figure>(figures: readonly F[]): F[] {
  const byPeriod = [...figures].sort(
    (a, b) =>
      a.period.localeCompare(b.period) ||
      a.breakdown.join().localeCompare(b.breakdown.join()) ||
      a.value - b.value ||
      a.id.localeCompare(b.id),
  );
  const ids = new Set(byPeriod.map((f) => f.id));
  const children = Map.groupBy(
    byPeriod.filter((f) => f.partOf && ids.has(f.partOf)),
    (f) => f.partOf!,
  );
  const out: F[] = [];
  const visit = (f: F) => {
    out.push(f);
    for (const child of children.get(f.id) ?? []) visit(child);
  };
  for (const f of byPeriod) if (!f.partOf || !ids.has(f.partOf)) visit(f);
  return out;
}

/** Places figures of one metric: series, labels, depth. `all` resolves `partOf` across metrics. */
export function placeFigures(
  figures: readonly Located<Figure>[],
  metric: Pick<Metric, 'unit'> & { id: string },
  all: readonly Figure[] = figures,
): Placed[] {
  const byId = new Map(all.map((f) => [f.id, f]));
  const main = mainSeriesKey(metric.id, metric);
  return orderWithParts(figures).map((figure) => {
    const series = seriesKey(figure);
    const labels = labelsOf(figure, metric, byId);
    return {
      figure,
      series,
      main: series === main && labels.length === 0,
      labels,
      depth: depthOf(figure, byId),
      parent: figure.partOf ?? null,
      year: startYear(figure.period),
      to: figure.coverage === 'part-year' ? (figure.to ?? null) : null,
    };
  });
}

/** Groups placed figures into series, main first. */
export function seriesOf(placed: readonly Placed[], metric: Pick<Metric, 'unit'> & { id: string }): Series[] {
  const groups = Map.groupBy(placed, (p) => p.series);
  const series = [...groups].map(([key, members]): Series => {
    const first = members[0]!.figure;
    return {
      key,
      metric: metric.id,
      counts: first.counts,
      coverage: first.coverage,
      scope: first.scope ?? null,
      breakdown: [...first.breakdown].sort(),
      bound: first.range?.bound ?? null,
      main: members.every((m) => m.main),
      parts: members.every((m) => m.parent !== null),
      figures: members.map((m) => m.figure).sort((a, b) => a.period.localeCompare(b.period)),
      // Labels the whole series shares (a part-year date or a "part of" differ per figure: left on the figure).
      labels: members[0]!.labels.filter((l) => l.kind !== 'part' && l.kind !== 'part-year' && l.kind !== 'range'),
    };
  });
  return series.sort(
    (a, b) => Number(b.main) - Number(a.main) || b.figures.length - a.figures.length || a.key.localeCompare(b.key),
  );
}

/** Every year from `from` to `to`. */
export function yearRange(years: readonly number[]): number[] {
  if (!years.length) return [];
  const out: number[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) out.push(y);
  return out;
}

/** The layout of one metric: its series, and every figure placed with its labels. */
export function layoutMetric(corpus: Pick<Corpus, 'figures' | 'metrics'>, metricId: string): MetricLayout {
  const metric = corpus.metrics.find((m) => m.id === metricId);
  if (!metric) throw new Error(`no metric "${metricId}"`);
  const placed = placeFigures(
    corpus.figures.filter((f) => f.metric === metricId),
    metric,
    corpus.figures,
  );
  return {
    metric,
    years: yearRange(placed.map((p) => p.year)),
    series: seriesOf(placed, metric),
    placed,
  };
}

/** Every figure of the corpus placed against its own metric, by id (for the matrix and year pages). */
export function placeAll(corpus: Pick<Corpus, 'figures' | 'metrics'>): Map<string, Placed> {
  const out = new Map<string, Placed>();
  for (const metric of corpus.metrics)
    for (const p of placeFigures(
      corpus.figures.filter((f) => f.metric === metric.id),
      metric,
      corpus.figures,
    ))
      out.set(p.figure.id, p);
  return out;
}
