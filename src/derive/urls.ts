import type { Locale } from '../i18n/locales';

/** Site paths, in one place: they are public permalinks. */
export const paths = {
  home: (locale: Locale) => `/${locale}/`,
  sources: (locale: Locale) => `/${locale}/sources/`,
  source: (locale: Locale, source: string) => `/${locale}/sources/${source}/`,
  segment: (locale: Locale, source: string, segment: string) => `/${locale}/sources/${source}/#${segment}`,
  findings: (locale: Locale) => `/${locale}/findings/`,
  metric: (locale: Locale, metric: string) => `/${locale}/findings/metrics/${metric}/`,
  year: (locale: Locale, year: number) => `/${locale}/findings/years/${year}/`,
  timeline: (locale: Locale) => `/${locale}/findings/timeline/`,
  translations: (locale: Locale) => `/${locale}/findings/translations/`,
  numbers: (locale: Locale, source: string) => `/${locale}/findings/numbers/${source}/`,
  recommendations: (locale: Locale) => `/${locale}/recommendations/`,
  recommendation: (locale: Locale, id: string) => `/${locale}/recommendations/${id}/`,
  /** Every recommendation with one value of one facet, server-rendered (the no-JavaScript filter). */
  recommendationFacet: (locale: Locale, facet: string, value: string) => `/${locale}/recommendations/${facet}/${value}/`,
  recommendationMatrix: (locale: Locale) => `/${locale}/recommendations/matrix/`,
  recommendationData: (facet: string, value: string, format: 'csv' | 'json') =>
    `/data/recommendations/${facet}/${value}.${format}`,
  /** Share-preview images (og:image), one per page and locale. */
  ogRecommendation: (locale: Locale, id: string) => `/${locale}/og/recommendations/${id}.png`,
  ogSource: (locale: Locale, source: string) => `/${locale}/og/sources/${source}.png`,
  search: (locale: Locale) => `/${locale}/search/`,
  glossary: (locale: Locale) => `/${locale}/glossary/`,
  about: (locale: Locale) => `/${locale}/about/`,
  feed: (locale: Locale) => `/${locale}/feed.xml`,
};

/** The same page in another locale: swaps the first path segment. */
export function localisedPath(pathname: string, locale: Locale): string {
  return pathname.replace(/^\/(kk|ru|en)(?=\/|$)/, `/${locale}`);
}

/**
 * The site's public address, configured once: `SITE_URL` at build time (see README, "Deploying").
 * Without it the downloads use root-relative paths, so no development-server address is ever published.
 */
export function publicUrl(path: string): string {
  const site = process.env.SITE_URL;
  return site ? new URL(path, site).href : path;
}
