/**
 * Kazakh typed on a Russian keyboard: the nine Kazakh letters become their nearest Russian ones
 * (құрбан → курбан, өңір → онир; саудасы stays саудасы). Pagefind has no Kazakh stemmer and does
 * not fold these letters (they have no Unicode decomposition, so its diacritic folding keeps them).
 *
 * How both spellings find the Kazakh text:
 *  - the build adds to each Kazakh cell on /kk/ pages an indexed attribute holding the folded copy of
 *    its text, between the markers ⟦ ⟧ (see `foldedWords`, `kazakhIndexAttrs`);
 *  - the Kazakh search frame (./frame.ts) folds the query, so `құрбан`, `курбан` and a mix
 *    of both all match the folded copy (a word without Kazakh letters matches the text itself);
 *  - the folded copy is cut out of the excerpts again before they are shown (`./excerpt.ts`), so
 *    results quote the text as written.
 */
const folds: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  Ә: 'А',
  Ғ: 'Г',
  Қ: 'К',
  Ң: 'Н',
  Ө: 'О',
  Ұ: 'У',
  Ү: 'У',
  Һ: 'Х',
  І: 'И',
};
const foldable = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;

/** Each Kazakh letter becomes the Russian letter typed for it; everything else is kept. */
export function foldKazakh(text: string): string {
  return text.replace(foldable, (c) => folds[c]!);
}

/** Opening and closing markers of a folded copy in the index: tokens of their own, which Pagefind does not index as words. */
export const foldOpen = '⟦';
export const foldClose = '⟧';

/**
 * The folded copy of a Kazakh text for the index: every word in order, lower-cased and folded, between
 * the markers (so an exact phrase typed on a Russian keyboard matches too), or '' when folding changes
 * nothing (the text itself then matches a folded query).
 */
export function foldedWords(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
  const folded = words.map(foldKazakh);
  if (folded.every((w, i) => w === words[i])) return '';
  return `${foldOpen} ${folded.join(' ')} ${foldClose}`;
}

/**
 * Attributes for an element holding a Kazakh text on a /kk/ page, so the kk index also holds its folded
 * copy: spread them on the element (`{...kazakhIndexAttrs(text, lang, locale)}`). Nothing for other
 * languages or pages, whose indexes do not hold Kazakh text.
 */
export function kazakhIndexAttrs(text: string, lang: string, pageLocale: string): Record<string, string> {
  if (lang !== 'kk' || pageLocale !== 'kk') return {};
  const folded = foldedWords(text);
  return folded ? { 'data-folded': folded, 'data-pagefind-index-attrs': 'data-folded' } : {};
}
