import { formatMessage } from './format';
import { type Locale } from './locales';
import { en, type UiKey } from './ui/en';
import { kk } from './ui/kk';
import { ru } from './ui/ru';

export const dictionaries = { kk, ru, en } as const;

/**
 * A translator for one locale: `{name}` placeholders are filled from `values`, and plural blocks
 * (`{count, plural, one {# case} other {# cases}}`) agree with their number by Intl.PluralRules.
 */
export function useTranslations(locale: Locale) {
  const dictionary = dictionaries[locale];
  return (key: UiKey, values: Record<string, string | number> = {}) => formatMessage(dictionary[key], values, locale);
}
export type Translate = ReturnType<typeof useTranslations>;
