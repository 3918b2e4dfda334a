import type { Translate } from '../i18n';
import type { Locale } from '../i18n/locales';
import type { Figure } from '../schemas/figure';
import type { Unit } from '../schemas/metric';

const intlLocale: Record<Locale, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 2 }).format(value);
}

/** "2024/2025" → "2024–2025"; months stay ISO (unambiguous in every language). */
export const periodLabel = (period: string) => period.replace('/', '–');

export function figureLabel(figure: Figure, unit: Unit, locale: Locale, t: Translate): string {
  const parts = [`${figure.approximate ? '≈ ' : ''}${formatNumber(figure.value, locale)} ${t(`unit.${unit}`)}`];
  if (figure.breakdown.length) parts.push(`(${figure.breakdown.map((b) => t(`breakdown.${b}`)).join(', ')})`);
  return parts.join(' ');
}
