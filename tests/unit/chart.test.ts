import { describe, expect, it } from 'vitest';
import { bandLabel, timeBands } from '../../src/chart/bands';
import { geometry, layoutChart } from '../../src/chart/layout';
import type { ChartBar } from '../../src/chart/model';
import { niceStep, pct, valueScale } from '../../src/chart/scale';
import { wrapWords } from '../../src/chart/text';

const bar = (over: Partial<ChartBar> & Pick<ChartBar, 'id' | 'from'>): ChartBar => ({
  to: over.from,
  value: 10,
  series: 'all',
  depth: 0,
  partial: null,
  valueText: '10',
  detail: '',
  ...over,
});

describe('value scale', () => {
  it('steps by 1, 2, 2.5 or 5 × 10ⁿ and never by a fraction for whole numbers', () => {
    expect(niceStep(67, 4)).toBe(20);
    expect(niceStep(45, 4)).toBe(20);
    expect(niceStep(24, 4)).toBe(10);
    expect(niceStep(107_000_000, 4)).toBe(50_000_000);
    expect(niceStep(6, 4)).toBe(2);
    expect(niceStep(3, 4)).toBe(1);
    expect(niceStep(1, 4)).toBe(1);
    expect(niceStep(11.1, 4)).toBe(5);
    expect(niceStep(0.9, 4)).toBe(0.25);
  });

  it('ends on a round bound at or above the largest value, ticks from 0', () => {
    const s = valueScale(67);
    expect(s.max).toBe(80);
    expect(s.ticks).toEqual([0, 20, 40, 60, 80]);
    expect(s.percent(40)).toBe(50);
    expect(s.percent(80)).toBe(100);
    expect(valueScale(60).ticks).toEqual([0, 20, 40, 60]);
    expect(valueScale(4920).ticks).toEqual([0, 2000, 4000, 6000]);
  });

  it('keeps a zero or empty chart drawable and clamps to the plot', () => {
    const s = valueScale(0);
    expect(s.max).toBeGreaterThan(0);
    expect(s.percent(0)).toBe(0);
    expect(valueScale(10).percent(20)).toBe(100);
    expect(pct(33.33333)).toBe('33.333%');
  });
});

describe('time bands', () => {
  it('shows a missing year as a gap band between the years with figures', () => {
    const bands = timeBands([bar({ id: 'a', from: 2019 }), bar({ id: 'b', from: 2021 }), bar({ id: 'c', from: 2022 })]);
    expect(bands.map((b) => [b.kind, bandLabel(b)])).toEqual([
      ['data', '2019'],
      ['gap', '2020'],
      ['data', '2021'],
      ['data', '2022'],
    ]);
  });

  it('folds three or more missing years into one gap band, and keeps two as two', () => {
    const long = timeBands([bar({ id: 'a', from: 2009 }), bar({ id: 'b', from: 2022 })]);
    expect(long.map((b) => [b.kind, bandLabel(b)])).toEqual([
      ['data', '2009'],
      ['gap', '2010–2021'],
      ['data', '2022'],
    ]);
    const short = timeBands([bar({ id: 'a', from: 2016 }), bar({ id: 'b', from: 2019 })]);
    expect(short.filter((b) => b.kind === 'gap').map(bandLabel)).toEqual(['2017', '2018']);
  });

  it('gives a figure over several years one band spanning them, taking in bars that start inside it', () => {
    const bands = timeBands([bar({ id: 'a', from: 2019 }), bar({ id: 'b', from: 2024, to: 2025 }), bar({ id: 'c', from: 2025 })]);
    expect(bands.map((b) => [b.kind, bandLabel(b)])).toEqual([
      ['data', '2019'],
      ['gap', '2020–2023'],
      ['data', '2024–2025'],
    ]);
    const last = bands.at(-1)!;
    expect(last.kind === 'data' && last.bars.map((b) => b.id)).toEqual(['b', 'c']);
  });

  it('keeps the given order of bars inside a band (totals before their parts)', () => {
    const bands = timeBands([bar({ id: 'total', from: 2022 }), bar({ id: 'part', from: 2022, depth: 1 })]);
    expect(bands[0]!.kind === 'data' && bands[0]!.bars.map((b) => b.id)).toEqual(['total', 'part']);
    expect(timeBands([])).toEqual([]);
  });
});

describe('label wrapping', () => {
  it('breaks at spaces within the width, leaving room for the value on the first line', () => {
    expect(wrapWords('sex trafficking · citizens', 40)).toEqual(['sex trafficking · citizens']);
    expect(wrapWords('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapWords('one two three', 9, 5)).toEqual(['one', 'two three']);
    expect(wrapWords('экстрадициялағандары', 8)).toEqual(['экстрадициялағандары']);
    expect(wrapWords('', 10)).toEqual([]);
  });

  it('keeps a number with the word before it and never starts a line with a separator', () => {
    expect(wrapWords('sexual exploitation · part of 6', 24)).toEqual(['sexual exploitation ·', 'part of 6']);
    expect(wrapWords('forced labour · part of 18', 16)).toEqual(['forced labour ·', 'part of 18']);
  });
});

describe('chart layout', () => {
  const input = {
    series: [
      { key: 'all', label: 'total', main: true },
      { key: 'sex', label: 'sex trafficking', main: false },
    ],
    bars: [
      bar({ id: 'y2019', from: 2019, value: 67 }),
      bar({ id: 'total', from: 2022, value: 18 }),
      bar({ id: 'part', from: 2022, value: 6, depth: 1, series: 'sex', detail: 'sex trafficking · part of 18' }),
    ],
  };
  const layout = layoutChart(input);

  it('stacks bands and bars downwards without overlap, the gap years included', () => {
    expect(layout.bands.map((b) => `${b.kind}:${b.label}`)).toEqual(['data:2019', 'gap:2020', 'gap:2021', 'data:2022']);
    const tops = [...layout.bands.map((b) => b.top), ...layout.bars.map((b) => b.y)].sort((a, b) => a - b);
    expect(new Set(tops).size).toBe(tops.length);
    for (const [a, b] of layout.bars.slice(0, -1).map((x, i) => [x, layout.bars[i + 1]!] as const))
      expect(b.lines[0]!.y - geometry.line).toBeGreaterThanOrEqual(a.y + a.height);
    expect(layout.height).toBeGreaterThan(layout.bars.at(-1)!.y + layout.bars.at(-1)!.height);
  });

  it('draws lengths on one scale, parts thinner and indented, each in its series colour', () => {
    const [y2019, total, part] = layout.bars;
    expect(layout.scale.max).toBe(80);
    expect(y2019!.width).toBeCloseTo(83.75);
    expect(total!.width).toBeCloseTo(22.5);
    expect(part!.width).toBeCloseTo(7.5);
    expect(part!.height).toBeLessThan(total!.height);
    expect(part!.indent).toBeGreaterThan(total!.indent);
    expect([total!.series, part!.series]).toEqual([0, 1]);
  });
});

describe('chart input from the comparability layout', async () => {
  const { loadValidCorpus } = await import('../../src/corpus/load');
  const { layoutMetric } = await import('../../src/derive/comparability');
  const { chartFromLayout } = await import('../../src/chart/from-layout');
  const { useTranslations } = await import('../../src/i18n');
  const corpus = await loadValidCorpus(new URL('../..', import.meta.url).pathname);
  const t = useTranslations('en');
  const chartOf = (metric: string) => chartFromLayout(layoutMetric(corpus, metric), 'en', t, (id) => `source ${id}`);

  it('keeps one bar per figure, each in its series, with the depth the rule gives it', () => {
    for (const metric of ['prosecutions', 'convictions', 'victims-identified']) {
      const layout = layoutMetric(corpus, metric);
      const { bars, series } = chartOf(metric);
      expect(bars.map((b) => b.id)).toEqual(layout.placed.map((p) => p.figure.id));
      expect(bars.map((b) => b.depth)).toEqual(layout.placed.map((p) => p.depth));
      const keys = new Set(series.map((s) => s.key));
      for (const b of bars) expect(keys.has(b.series)).toBe(true);
      expect(series.filter((s) => s.main).length).toBeLessThanOrEqual(1);
      if (series.some((s) => s.main)) expect(series[0]!.main).toBe(true);
    }
  });

  it('marks exactly the part-year figures as partial, in the words of the label', () => {
    const { bars } = chartOf('registered-offences');
    const partYear = corpus.figures.filter((f) => f.metric === 'registered-offences' && f.coverage === 'part-year');
    expect(partYear.length).toBeGreaterThan(0);
    expect(bars.filter((b) => b.partial).map((b) => b.id)).toEqual(partYear.map((f) => f.id));
    for (const b of bars.filter((b) => b.partial)) expect(b.detail).toContain(b.partial);
  });

  it('names a month on the bar, but not a span of years the band already names', () => {
    const month = chartOf('registered-offences').bars.find((b) =>
      /-\d{2}$/.test(corpus.figures.find((f) => f.id === b.id)!.period),
    );
    expect(month?.detail).toMatch(/\d{4}-\d{2}/);
    const span = chartOf('victims-abroad').bars.find((b) => b.to > b.from)!;
    expect(span.detail).not.toContain(`${span.from}–${span.to}`);
  });
});
