import type { APIRoute } from 'astro';
import { figureDictionary, recommendationDictionary } from '../../derive/dictionary';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ figures: figureDictionary, recommendations: recommendationDictionary }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
