import type { APIRoute } from 'astro';
import { figureDictionary } from '../../derive/dictionary';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ figures: figureDictionary }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
