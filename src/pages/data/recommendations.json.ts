import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus';
import { recommendationRecords } from '../../derive/exports';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(recommendationRecords(await getCorpus()), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
