import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus';
import { recommendationsCsv } from '../../derive/exports';

export const GET: APIRoute = async ({ site }) =>
  new Response(recommendationsCsv(await getCorpus(), site!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
