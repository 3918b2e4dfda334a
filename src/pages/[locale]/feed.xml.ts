/** The Atom feed of one locale: every source and every recommendation, newest first. */
import type { APIContext } from 'astro';
import { getCorpus } from '../../corpus';
import { atom } from '../../derive/feed';
import { preferredQuote } from '../../derive/findings';
import { paths } from '../../derive/urls';
import { useTranslations } from '../../i18n';
import { localeStaticPaths, type Locale } from '../../i18n/locales';

export const getStaticPaths = localeStaticPaths;

export async function GET({ props, site }: APIContext) {
  const { locale } = props as { locale: Locale };
  const t = useTranslations(locale);
  const corpus = await getCorpus();
  const url = (path: string) => new URL(path, site).href;
  const sourceOf = (id: string) => corpus.sources.find((s) => s.id === id)!;
  const body = atom({
    url: url(paths.feed(locale)),
    home: url(paths.home(locale)),
    lang: locale,
    title: t('site.name'),
    subtitle: t('site.description'),
    entries: [
      ...corpus.sources.map((s) => ({
        url: url(paths.source(locale, s.id)),
        title: s.label[locale],
        date: s.published,
        summary: s.summary[locale],
        category: t(`kind.${s.kind}`),
      })),
      ...corpus.recommendations.map((r) => {
        const source = sourceOf(r.source);
        const text = preferredQuote(r.text, locale);
        const heading = t(r.type === 'commitment' ? 'rec.commitment' : 'rec.recommendation', { number: r.number });
        return {
          url: url(paths.recommendation(locale, r.id)),
          title: `${heading} · ${source.label[locale]}`,
          date: source.published,
          summary: text.text,
          summaryLang: text.lang === locale ? undefined : text.lang,
          category: t('nav.recommendations'),
        };
      }),
    ],
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
