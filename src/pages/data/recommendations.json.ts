import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus';
import { recommendationRecords } from '../../derive/exports';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(recommendationRecords(await getCorpus(), site!), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
