/** The records of one facet value as JSON: the no-JavaScript download of a filtered selection. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../../../corpus';
import { facetDownloadPaths, facetRecords } from '../../../../derive/exports';
import type { FacetName } from '../../../../derive/rec-filters';

export const getStaticPaths = async () => facetDownloadPaths(await getCorpus());

export const GET: APIRoute = async ({ params }) => {
  const records = facetRecords(await getCorpus(), params.facet as FacetName, params.value!);
  return new Response(JSON.stringify(records, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
