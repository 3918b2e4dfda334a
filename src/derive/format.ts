import type { Translate } from '../i18n';
import { formatDate, formatNumber } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { Figure } from '../schemas/figure';
import type { Label } from './comparability';

export { formatNumber };

/** "2024/2025" → "2024–2025"; months stay ISO (unambiguous in every language). */
export const periodLabel = (period: string) => period.replace('/', '–');

/**
 * "≈ 103 дела": the value with what it counts (the figure's own `counts`, not the metric's default),
 * the noun agreeing with the number.
 */
export function figureValue(figure: Figure, t: Translate): string {
  return `${figure.approximate ? '≈ ' : ''}${t(`count.${figure.counts}`, { count: figure.value })}`;
}

/** The counted value and its breakdown: "≈ 103 дела (взрослые)". */
export function figureLabel(figure: Figure, _locale: Locale, t: Translate): string {
  const parts = [figureValue(figure, t)];
  if (figure.breakdown.length) parts.push(`(${figure.breakdown.map((b) => t(`breakdown.${b}`)).join(', ')})`);
  return parts.join(' ');
}

/** One comparability label in the reader's language. */
export function labelText(label: Label, locale: Locale, t: Translate): string {
  switch (label.kind) {
    case 'counts':
      return label.counts === 'not-stated' ? t('label.countsNotStated') : t('label.counts');
    case 'part-year':
      // "to 2024" would read as the whole year: a bare year means the end date is not stated.
      return /^\d{4}$/.test(label.to) ? t('label.part-year-open') : t('label.part-year', { date: formatDate(label.to, locale) });
    case 'month':
      return t('label.month');
    case 'case':
      return t('label.case');
    case 'years':
      return t('label.years');
    case 'as-of':
      // A month reads as a date ("июнь 2022 г."); a year or years take the same words as a status's year.
      return /^\d{4}-\d{2}$/.test(label.period)
        ? t('label.as-of', { date: formatDate(label.period, locale) })
        : t('rec.statusAsOf', { date: periodLabel(label.period) });
    case 'scope':
      return label.scope.label[locale];
    case 'breakdown':
      return label.tags.map((b) => t(`breakdown.${b}`)).join(', ');
    case 'part':
      return t('label.part', { value: Number.isNaN(label.value) ? label.of : formatNumber(label.value, locale) });
    case 'range':
      return t(`label.range.${label.bound}`, { of: label.of[locale] ?? '' });
    case 'event-dated':
      return t('label.event-dated');
  }
}

/** The labels to show beside a figure: the breakdown is already in `figureLabel`, so it is left out. */
export function besideLabels(labels: readonly Label[], locale: Locale, t: Translate): string[] {
  return labels.filter((l) => l.kind !== 'breakdown').map((l) => labelText(l, locale, t));
}
