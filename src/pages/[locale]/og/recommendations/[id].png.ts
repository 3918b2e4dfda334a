import type { APIRoute } from 'astro';
import { getCorpus } from '../../../../corpus';
import { locales, type Locale } from '../../../../i18n/locales';
import { renderCard } from '../../../../og/card';
import { recommendationCard } from '../../../../og/cards';

/** One share-preview card per recommendation and locale (the page's og:image). */
export async function getStaticPaths() {
  const corpus = await getCorpus();
  return locales.flatMap((locale) => corpus.recommendations.map((rec) => ({ params: { locale, id: rec.id } })));
}

export const GET: APIRoute = async ({ params }) => {
  const corpus = await getCorpus();
  const rec = corpus.recommendations.find((r) => r.id === params.id)!;
  const png = await renderCard(recommendationCard(corpus, rec, params.locale as Locale));
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
