import type { Translate } from '../i18n';
import type { Locale } from '../i18n/locales';
import type { Figure } from '../schemas/figure';
import type { Label } from './comparability';

const intlLocale: Record<Locale, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 2 }).format(value);
}

/** "2024/2025" → "2024–2025"; months stay ISO (unambiguous in every language). */
export const periodLabel = (period: string) => period.replace('/', '–');

/** The value with what it counts (the figure's own `counts`, not the metric's default) and its breakdown. */
export function figureLabel(figure: Figure, locale: Locale, t: Translate): string {
  const parts = [`${figure.approximate ? '≈ ' : ''}${formatNumber(figure.value, locale)} ${t(`unit.${figure.counts}`)}`];
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
      return /^\d{4}$/.test(label.to) ? t('label.part-year-open') : t('label.part-year', { date: label.to });
    case 'month':
      return t('label.month');
    case 'case':
      return t('label.case');
    case 'years':
      return t('label.years');
    case 'as-of':
      return t('label.as-of', { date: periodLabel(label.period) });
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
