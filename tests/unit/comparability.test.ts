import { describe, expect, it } from 'vitest';
import { comparable, labelsOf, layoutMetric, orderWithParts, placeFigures, seriesKey } from '../../src/derive/comparability';
import type { Located } from '../../src/schemas/corpus';
import type { Figure } from '../../src/schemas/figure';
import type { Metric } from '../../src/schemas/metric';
import { figureFixture } from './helpers/figure';

const figure = (over: Partial<Figure> & { id: string }): Located<Figure> =>
  figureFixture({ metric: 'prosecutions', value: 18, counts: 'people', quotes: { ru: '18' }, ...over });
const metric: Located<Metric> = {
  id: 'prosecutions',
  file: 'm.json',
  name: { kk: 'a', ru: 'a', en: 'a' },
  definition: { kk: 'a', ru: 'a', en: 'a' },
  unit: 'people',
  alsoCounts: ['cases'],
  order: 1,
};

describe('the comparability rule', () => {
  it('joins national whole-year totals counting the same thing', () => {
    const a = figure({ id: 'a', period: '2019', value: 67 });
    const b = figure({ id: 'b', period: '2022', value: 18 });
    expect(comparable(a, b)).toBe(true);
    const [pa, pb] = placeFigures([a, b], metric);
    expect([pa!.main, pb!.main]).toEqual([true, true]);
    expect(pa!.labels).toEqual([]);
  });
  it('keeps cases apart from people, and labels a count whose unit is not stated', () => {
    const people = figure({ id: 'p', period: '2019', value: 67 });
    const cases = figure({ id: 'c', value: 18, counts: 'cases' });
    const unstated = figure({ id: 'u', period: '2021', value: 49, counts: 'not-stated' });
    expect(comparable(people, cases)).toBe(false);
    expect(comparable(cases, unstated)).toBe(false);
    expect(labelsOf(cases, metric)).toEqual([{ kind: 'counts', counts: 'cases' }]);
    expect(labelsOf(unstated, metric)).toEqual([{ kind: 'counts', counts: 'not-stated' }]);
  });
  it('keeps part-year, month, one-case and subset figures beside the series, labelled', () => {
    const year = figure({ id: 'y', period: '2023', value: 150 });
    const partYear = figure({ id: 'p', period: '2024', value: 137, coverage: 'part-year', to: '2024-05' });
    const month = figure({ id: 'm', period: '2022-06', value: 50, coverage: 'month' });
    const scoped = figure({
      id: 's',
      value: 4,
      scope: { id: 'south-korea', label: { kk: 'К', ru: 'К', en: 'South Korea only' } },
    });
    for (const other of [partYear, month, scoped]) expect(comparable(year, other)).toBe(false);
    const placed = placeFigures([year, partYear, month, scoped], metric);
    expect(placed.filter((p) => p.main).map((p) => p.figure.id)).toEqual(['y']);
    expect(placed.find((p) => p.figure.id === 'p')).toMatchObject({
      to: '2024-05',
      labels: [{ kind: 'part-year', to: '2024-05' }],
    });
    expect(placed.find((p) => p.figure.id === 's')!.labels).toEqual([{ kind: 'scope', scope: scoped.scope }]);
  });
  it('places parts after their total, one level deeper, labelled with the total', () => {
    const total = figure({ id: 't', value: 18, counts: 'cases' });
    const sex = figure({ id: 's', value: 6, counts: 'cases', breakdown: ['sex-trafficking'], partOf: 't' });
    const other = figure({ id: 'o', period: '2021', value: 49, counts: 'cases' });
    const placed = placeFigures([sex, other, total], metric);
    expect(placed.map((p) => [p.figure.id, p.depth])).toEqual([
      ['o', 0],
      ['t', 0],
      ['s', 1],
    ]);
    expect(placed[2]!.labels).toContainEqual({ kind: 'part', of: 't', value: 18 });
    expect(seriesKey(sex)).not.toBe(seriesKey(total));
  });
  it('lays out a metric on a time axis with gaps and the main series first', () => {
    const figures = [
      figure({ id: 'a', period: '2016', value: 45, breakdown: ['sex-trafficking'] }),
      figure({ id: 'b', period: '2019', value: 67 }),
      figure({ id: 'c', period: '2022', value: 6 }),
    ];
    const layout = layoutMetric({ figures, metrics: [metric] }, 'prosecutions');
    expect(layout.years).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022]);
    expect(layout.series.map((s) => [s.main, s.figures.map((f) => f.id)])).toEqual([
      [true, ['b', 'c']],
      [false, ['a']],
    ]);
  });
  it('orders a chain of parts depth-first', () => {
    const ids = orderWithParts([
      figure({ id: 'c', value: 1, partOf: 'b' }),
      figure({ id: 'b', value: 2, partOf: 'a' }),
      figure({ id: 'a', value: 3 }),
    ]).map((f) => f.id);
    expect(ids).toEqual(['a', 'b', 'c']);
  });
});
