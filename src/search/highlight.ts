/**
 * Arriving from a search hit (?highlight=word&highlight=…#segment): mark the matched words in that passage,
 * in every language column (a Russian query marks the Russian cell, beside the unmarked translation).
 * Words match as Pagefind matched them: by prefix in Kazakh (no stemmer; folded on both sides, so
 * `курбан` marks `құрбандарын`), and by a shared stem-like prefix in Russian and English, which
 * Pagefind stems (`торговли` marks `торговлей`).
 */
import { foldKazakh } from './fold';
import { bareWord, commonPrefix, wordForms } from './words';

/** The words to mark, from the address: bare, lower-case, folded. */
export function highlightTerms(search: string): string[] {
  return new URLSearchParams(search)
    .getAll('highlight')
    .flatMap((w) => w.split(/\s+/))
    .map((w) => foldKazakh(bareWord(w)))
    .filter(Boolean);
}

/** Whether a word of a text in `lang` is one a term found. */
export function matchesTerm(word: string, term: string, lang: string): boolean {
  return wordForms(foldKazakh(word)).some((w) => {
    if (!w) return false;
    // Short terms (numbers, prepositions) mark only themselves.
    if (term.length < 3) return w === term;
    if (w.startsWith(term)) return true;
    // Russian and English endings Pagefind's stemmer dropped: up to three letters (жертвами ~ жертвы).
    return lang !== 'kk' && term.length >= 5 && commonPrefix(w, term) >= Math.max(4, term.length - 3);
  });
}

export function highlightFromAddress(): void {
  const terms = highlightTerms(location.search);
  const row = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (!row || terms.length === 0) return;
  for (const cell of row.querySelectorAll<HTMLElement>('.cell[lang]')) {
    const lang = cell.lang;
    const matches = (part: string) => terms.some((term) => matchesTerm(part, term, lang));
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    for (const node of nodes) {
      const parts = node.data.split(/([\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*)/u);
      if (!parts.some(matches)) continue;
      const fragment = document.createDocumentFragment();
      for (const part of parts) {
        if (part && matches(part)) {
          const mark = document.createElement('mark');
          mark.textContent = part;
          fragment.append(mark);
        } else if (part) fragment.append(part);
      }
      node.replaceWith(fragment);
    }
  }
}
