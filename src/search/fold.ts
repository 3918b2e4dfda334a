/**
 * Kazakh typed on a Russian keyboard: the nine Kazakh letters become their nearest Russian ones
 * (құрбан → курбан, өңір → онир). Pagefind has no Kazakh stemmer and does not fold these letters,
 * so the Kazakh index also holds the folded form of every word that has one.
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

export function foldKazakh(text: string): string {
  return text.replace(foldable, (c) => folds[c]!);
}

/** The folded forms of the words that change when folded, once each: what the index needs in addition. */
export function foldedWords(text: string): string {
  const words = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? []) {
    const folded = foldKazakh(word);
    if (folded !== word) words.add(folded);
  }
  return [...words].join(' ');
}
