import type { Translate } from '../i18n';
import { formatNumber } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { Figure } from '../schemas/figure';
import type { Unit } from '../schemas/metric';

export { formatNumber };

/** "2024/2025" → "2024–2025"; months stay ISO (unambiguous in every language). */
export const periodLabel = (period: string) => period.replace('/', '–');

/** "≈ 103 дела": the value counted in its unit, the noun agreeing with the number. */
export function figureValue(figure: Figure, unit: Unit, t: Translate): string {
  return `${figure.approximate ? '≈ ' : ''}${t(`count.${unit}`, { count: figure.value })}`;
}

/** "≈ 103 дела (взрослые)": the counted value with its breakdown. */
export function figureLabel(figure: Figure, unit: Unit, _locale: Locale, t: Translate): string {
  const parts = [figureValue(figure, unit, t)];
  if (figure.breakdown.length) parts.push(`(${figure.breakdown.map((b) => t(`breakdown.${b}`)).join(', ')})`);
  return parts.join(' ');
}
