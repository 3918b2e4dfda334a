import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus';
import { figureRecords } from '../../derive/findings';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(figureRecords(await getCorpus()), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
