/** The records of one facet value as CSV: the no-JavaScript download of a filtered selection. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../../../corpus';
import { facetDownloadPaths, facetRecords } from '../../../../derive/exports';
import { withBom } from '../../../../derive/findings';
import { recommendationsCsvOf } from '../../../../derive/rec-csv';
import type { FacetName } from '../../../../derive/rec-filters';

export const getStaticPaths = async () => facetDownloadPaths(await getCorpus());

export const GET: APIRoute = async ({ params }) => {
  const records = facetRecords(await getCorpus(), params.facet as FacetName, params.value!);
  return new Response(withBom(recommendationsCsvOf(records)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
