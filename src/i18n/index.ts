import { type Locale } from './locales';
import { en, type UiKey } from './ui/en';
import { kk } from './ui/kk';
import { ru } from './ui/ru';

export const dictionaries = { kk, ru, en } as const;

/** A translator for one locale; `{name}` placeholders are filled from `values`. */
export function useTranslations(locale: Locale) {
  const dictionary = dictionaries[locale];
  return (key: UiKey, values: Record<string, string | number> = {}) =>
    dictionary[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
export type Translate = ReturnType<typeof useTranslations>;
