/**
 * "Did you mean": for a query with no hits, the nearest words of the index's own vocabulary (the words
 * of the texts, `/search-vocabulary.json`), one edit away for short words and two for longer ones
 * (`Ahmetzhanov` → `akhmetzhanov`). Pure but for the fetch.
 */
import { locales, type Locale } from '../i18n/locales';
import { plausibleIn } from '../lang/index-form';
import { tokenize } from '../lang/tokens';

export type Vocabulary = Record<Locale, string[]>;

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]!);
    }
    if (best > max) return max + 1;
    previous = row;
  }
  return previous[b.length]!;
}

/** The query with each word not in the vocabulary replaced by its nearest word there, or null if nothing changes. */
export function suggest(q: string, vocabulary: Vocabulary): string | null {
  let changed = false;
  const words = tokenize(q).map(({ bare }) => {
    if (bare.length < 4 || /\d/.test(bare)) return bare;
    const langs = locales.filter((l) => plausibleIn(bare, l));
    if (langs.some((l) => vocabulary[l].includes(bare))) return bare;
    const max = bare.length < 7 ? 1 : 2;
    let best: { word: string; distance: number } | null = null;
    for (const lang of langs)
      for (const word of vocabulary[lang]) {
        const distance = editDistance(bare, word, max);
        if (distance <= max && (!best || distance < best.distance)) best = { word, distance };
      }
    if (!best) return bare;
    changed = true;
    return best.word;
  });
  return changed ? words.join(' ') : null;
}

let vocabulary: Promise<Vocabulary> | undefined;
export function loadVocabulary(): Promise<Vocabulary> {
  vocabulary ??= fetch('/search-vocabulary.json').then((r) => r.json() as Promise<Vocabulary>);
  vocabulary.catch(() => (vocabulary = undefined));
  return vocabulary;
}
