/**
 * What a chart draws: the input every chart takes, whatever the page. Pages map their figures onto it
 * (today from `derive/comparability.ts`'s placed figures); the chart only draws and never decides what
 * may be joined.
 */

/** One figure, drawn as one bar. */
export interface ChartBar {
  /** The figure's id: the bar links the data-table row with this id. */
  id: string;
  /** First and last year the figure covers (equal for one year or part of one). */
  from: number;
  to: number;
  value: number;
  /** Key of the series it joins: bars of one series share a colour and a legend entry. */
  series: string;
  /** 0 for a total or a standalone figure, 1 for a part of the bar above it, 2 for a part of a part. */
  depth: number;
  /** Set for a part-year figure: the words "to <date>", already in the page's language. */
  partial: string | null;
  /** The value as the reader sees it ("18 cases", "≈ 200 people"), drawn in bold. */
  valueText: string;
  /** What sets it apart (breakdown, scope, "part of 18", "to 30 June"), drawn after the value. */
  detail: string;
}

/** One legend entry: a run of figures that may be joined. */
export interface ChartSeries {
  key: string;
  /** What the series counts, in the page's language ("people, whole year, national"). */
  label: string;
  /** The metric's headline series: drawn in the accent colour, listed first. */
  main: boolean;
}

export interface ChartInput {
  /** Unique on the page: prefixes the ids of the SVG's title, description and patterns. */
  id: string;
  title: string;
  description: string;
  series: ChartSeries[];
  bars: ChartBar[];
}
