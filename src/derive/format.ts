import type { Translate } from '../i18n';
import { formatNumber } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { Figure } from '../schemas/figure';
import type { Unit } from '../schemas/metric';

export { formatNumber };

/** "2024/2025" → "2024–2025"; months stay ISO (unambiguous in every language). */
export const periodLabel = (period: string) => period.replace('/', '–');

/** "≈ 103 дела (взрослые)": the value counted in its unit, agreeing in number, with its breakdown. */
export function figureLabel(figure: Figure, unit: Unit, _locale: Locale, t: Translate): string {
  const parts = [`${figure.approximate ? '≈ ' : ''}${t(`count.${unit}`, { count: figure.value })}`];
  if (figure.breakdown.length) parts.push(`(${figure.breakdown.map((b) => t(`breakdown.${b}`)).join(', ')})`);
  return parts.join(' ');
}
