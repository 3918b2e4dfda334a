/** The records of one facet value: the no-JavaScript download of a filtered selection. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../../../corpus';
import { recommendationRecords } from '../../../../derive/exports';
import type { FacetName } from '../../../../derive/rec-filters';
import { facetOptions, facetValuesOf } from '../../../../derive/recommendations';

export async function getStaticPaths() {
  const corpus = await getCorpus();
  return facetOptions(corpus).flatMap(({ facet, values }) => values.map(({ value }) => ({ params: { facet, value } })));
}

export const GET: APIRoute = async ({ params }) => {
  const corpus = await getCorpus();
  const facet = params.facet as FacetName;
  const ids = new Set(
    corpus.recommendations.filter((r) => facetValuesOf(corpus, r)[facet].includes(params.value!)).map((r) => r.id),
  );
  const records = recommendationRecords(corpus).filter((r) => ids.has(r.id));
  return new Response(JSON.stringify(records, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
