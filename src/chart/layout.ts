/**
 * Geometry of a time chart. Bars run left to right on a value axis given in percent of the width, so the
 * SVG stretches to any width while its text keeps the page's type size (no viewBox scaling: no 6 px
 * labels on phones, no clipped labels on desktop). Time runs down the page in bands, gaps included.
 * Vertical positions are in CSS pixels.
 */
import { bandLabel, timeBands } from './bands';
import type { ChartBar, ChartInput } from './model';
import { valueScale, type ValueScale } from './scale';
import { wrapWords } from './text';

export const geometry = {
  /** Height of the value axis (tick labels) above the first band. */
  axis: 24,
  /** Height of a band's year heading, and of a gap band. */
  head: 22,
  gap: 24,
  /** One line of a bar's label. */
  line: 16,
  /** Bar thickness by depth: totals thickest, parts thinner. */
  bar: [16, 11, 9],
  /** Space after each bar. */
  after: 8,
  /** Label indent per depth level, in pixels. */
  indent: 14,
  /** Characters per label line: fits 358 px (a 390 px phone) at 13 px type. */
  wrap: 46,
} as const;

export interface LaidBar {
  bar: ChartBar;
  /** Index into the chart's series (colour and legend entry). */
  series: number;
  /** Top of the bar, its thickness and its length in percent of the plot width. */
  y: number;
  height: number;
  width: number;
  /** Label lines above the bar; the first starts with the bold value. */
  lines: { y: number; text: string }[];
  indent: number;
}

export interface LaidBand {
  kind: 'data' | 'gap';
  label: string;
  from: number;
  to: number;
  /** Baseline of the heading text; the band's top rule sits above it. */
  y: number;
  top: number;
}

export interface ChartLayout {
  height: number;
  scale: ValueScale;
  bands: LaidBand[];
  bars: LaidBar[];
  /** Bottom of the drawing area (where grid lines end). */
  bottom: number;
}

export function layoutChart(input: Pick<ChartInput, 'bars' | 'series'>, g = geometry): ChartLayout {
  const scale = valueScale(Math.max(0, ...input.bars.map((b) => b.value)));
  const seriesIndex = new Map(input.series.map((s, i) => [s.key, i]));
  const bands: LaidBand[] = [];
  const bars: LaidBar[] = [];
  let y = g.axis;
  for (const band of timeBands(input.bars)) {
    const label = bandLabel(band);
    if (band.kind === 'gap') {
      bands.push({ kind: 'gap', label, from: band.from, to: band.to, top: y, y: y + 16 });
      y += g.gap;
      continue;
    }
    bands.push({ kind: 'data', label, from: band.from, to: band.to, top: y, y: y + 16 });
    y += g.head;
    for (const bar of band.bars) {
      const depth = Math.min(bar.depth, g.bar.length - 1);
      const indent = depth * g.indent;
      const lines = wrapWords(bar.detail, g.wrap - Math.ceil(indent / 7), bar.valueText.length + 3).map((text, i) => ({
        y: y + (i + 1) * g.line - 4,
        text,
      }));
      if (!lines.length) lines.push({ y: y + g.line - 4, text: '' });
      y += lines.length * g.line;
      const height = g.bar[depth]!;
      bars.push({
        bar,
        series: seriesIndex.get(bar.series) ?? 0,
        y: y + 1,
        height,
        width: scale.percent(bar.value),
        lines,
        indent,
      });
      y += height + 1 + g.after;
    }
  }
  return { height: y + 4, bottom: y, scale, bands, bars };
}
