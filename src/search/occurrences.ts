/** Where each glossary term occurs in the texts, by language (for the glossary page): matched as search matches them. */
import type { Corpus } from '../schemas/corpus';
import { locales, type Locale } from '../i18n/locales';
import { indexForms } from '../lang/index-form';
import { formPositions } from './expand';

export interface Occurrence {
  source: string;
  segment: string;
}

const cache = new WeakMap<Corpus, Map<string, Record<Locale, Occurrence[]>>>();

export function glossaryOccurrences(corpus: Corpus): Map<string, Record<Locale, Occurrence[]>> {
  const cached = cache.get(corpus);
  if (cached) return cached;
  const stemmed = corpus.texts.map((text) => ({
    text,
    segments: text.segments.filter((s) => s.kind !== 'heading').map((s) => ({ id: s.id, stems: indexForms(s.text, text.lang) })),
  }));
  const result = new Map<string, Record<Locale, Occurrence[]>>();
  for (const entry of corpus.glossary) {
    const byLang = Object.fromEntries(locales.map((l) => [l, [] as Occurrence[]])) as Record<Locale, Occurrence[]>;
    for (const { text, segments } of stemmed) {
      const keys = entry.forms[text.lang].map((f) => indexForms(f, text.lang));
      for (const s of segments)
        if (keys.some((key) => formPositions(s.stems, key).length > 0))
          byLang[text.lang].push({ source: text.source, segment: s.id });
    }
    result.set(entry.id, byLang);
  }
  cache.set(corpus, result);
  return result;
}
