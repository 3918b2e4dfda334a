import type { APIRoute } from 'astro';
import { getCorpus, sourceStaticPaths } from '../../../../corpus';
import type { Locale } from '../../../../i18n/locales';
import { renderCard } from '../../../../og/card';
import { sourceCard } from '../../../../og/cards';

/** One share-preview card per source and locale (the page's og:image). */
export const getStaticPaths = sourceStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const corpus = await getCorpus();
  const source = corpus.sources.find((s) => s.id === params.source)!;
  const png = await renderCard(sourceCard(source, params.locale as Locale));
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
