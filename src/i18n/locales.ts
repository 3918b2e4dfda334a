/** The three languages of the site and of its sources, declared once. */
export const locales = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof locales)[number];

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
