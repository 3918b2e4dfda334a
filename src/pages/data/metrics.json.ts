import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus';
import { sortedMetrics } from '../../derive/findings';

export const GET: APIRoute = async () =>
  new Response(
    JSON.stringify(
      sortedMetrics(await getCorpus()).map(({ file: _file, ...metric }) => metric),
      null,
      2,
    ),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
