/** The three languages of the site and of its sources, declared once. */
export const locales = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof locales)[number];

/**
 * When a text is not in the reader's language, the version to show instead: Russian is read by most
 * readers of either other language, Kazakh is the state language.
 */
export const fallbackOrder: Record<Locale, readonly Locale[]> = {
  kk: ['kk', 'ru', 'en'],
  ru: ['ru', 'kk', 'en'],
  en: ['en', 'ru', 'kk'],
};

/** Native names, shown in the language switcher and column pickers. */
export const localeNames: Record<Locale, string> = {
  kk: 'Қазақша',
  ru: 'Русский',
  en: 'English',
};

/** Static paths for a page that exists once per locale: `export const getStaticPaths = localeStaticPaths;`. */
export function localeStaticPaths() {
  return locales.map((locale) => ({ params: { locale }, props: { locale } }));
}
