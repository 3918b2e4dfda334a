import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus';
import { recommendationsCsv } from '../../derive/exports';

export const GET: APIRoute = async () =>
  new Response(recommendationsCsv(await getCorpus()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
