import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus';
import { figuresCsv } from '../../derive/exports';

export const GET: APIRoute = async () =>
  new Response(figuresCsv(await getCorpus()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
