/**
 * The words of the texts per language, most frequent first (four letters or more, as written, lower-case):
 * the vocabulary "did you mean" suggests from (src/search/suggest.ts). Fetched only after a search finds nothing.
 */
import type { APIRoute } from 'astro';
import { getCorpus } from '../corpus';
import { locales } from '../i18n/locales';
import { tokenize } from '../lang/tokens';

export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  const vocabulary = Object.fromEntries(
    locales.map((lang) => {
      const counts = new Map<string, number>();
      for (const text of corpus.texts.filter((t) => t.lang === lang))
        for (const segment of text.segments)
          for (const { bare } of tokenize(segment.text))
            if (bare.length >= 4 && /^\p{L}+(?:-\p{L}+)*$/u.test(bare)) counts.set(bare, (counts.get(bare) ?? 0) + 1);
      return [lang, [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w)];
    }),
  );
  return new Response(JSON.stringify(vocabulary), { headers: { 'Content-Type': 'application/json' } });
};
