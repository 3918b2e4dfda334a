/**
 * A metric's comparability layout (`derive/comparability.ts`) as chart input. The layout decides what
 * may be joined (series), what is a part of what (depth) and what covers part of a year; this only
 * words it in the reader's language.
 */
import type { Translate } from '../i18n';
import type { Locale } from '../i18n/locales';
import type { Label, MetricLayout, Series } from '../derive/comparability';
import { yearsOf } from '../derive/findings';
import { formatNumber, labelText, periodLabel } from '../derive/format';
import type { ChartBar, ChartInput, ChartSeries } from './model';

/** What a series counts, over what and for whom: its legend entry. */
export function seriesLabel(series: Series, locale: Locale, t: Translate): string {
  const words: string[] = [t(`unit.${series.counts}`)];
  if (series.main) return [...words, t('chart.wholeYear'), t('label.national')].join(' · ');
  if (series.coverage === 'year') words.push(t('chart.wholeYear'));
  if (series.coverage === 'part-year') words.push(t('chart.partYear'));
  // The series' shared labels; "as of <date>" and the unit are per figure or said already.
  for (const label of series.labels)
    if (label.kind !== 'counts' && label.kind !== 'as-of') words.push(labelText(label, locale, t));
  if (series.bound) words.push(t(series.bound === 'lower' ? 'chart.lower' : 'chart.upper'));
  return words.join(' · ');
}

export function chartFromLayout(
  layout: MetricLayout,
  locale: Locale,
  t: Translate,
  sourceLabel: (id: string) => string,
): Pick<ChartInput, 'series' | 'bars'> {
  const series: ChartSeries[] = layout.series.map((s) => ({ key: s.key, main: s.main, label: seriesLabel(s, locale, t) }));
  const sourcesByYear = Map.groupBy(layout.placed, (p) => p.year);
  const bars: ChartBar[] = layout.placed.map((p) => {
    const f = p.figure;
    const years = yearsOf(f.period);
    const partYear = p.labels.find((l): l is Extract<Label, { kind: 'part-year' }> => l.kind === 'part-year');
    const several = new Set(sourcesByYear.get(p.year)!.map((q) => q.figure.source)).size > 1;
    const detail = [
      ...p.labels.filter((l) => l.kind !== 'counts' || l.counts === 'not-stated').map((l) => labelText(l, locale, t)),
      // Bands name years and spans of years; a month or a date is said on the bar.
      /^\d{4}-\d{2}/.test(f.period) ? periodLabel(f.period) : '',
      // Where sources meet in one year, say whose figure each bar is (the table always does).
      several ? sourceLabel(f.source) : '',
    ];
    return {
      id: f.id,
      from: years[0]!,
      to: years.at(-1)!,
      value: f.value,
      series: p.series,
      depth: p.depth,
      partial: partYear ? labelText(partYear, locale, t) : null,
      valueText: `${f.approximate ? '≈ ' : ''}${formatNumber(f.value, locale)} ${t(`unit.${f.counts}`)}`,
      detail: [...new Set(detail.filter(Boolean))].join(' · '),
    };
  });
  return { series, bars };
}
