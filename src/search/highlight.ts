/**
 * Arriving from a search hit (?highlight=word&highlight=…#segment): mark the matched words in that
 * passage, in every language column, as the search matched them (lang/index-form.ts: by stem, folded,
 * one spelling), so «Корее» marks «Корее» and «Кореи» but not «корреспонденции».
 */
import type { Locale } from '../i18n/locales';
import { indexForm, isTermMatch, plausibleIn, queryForm, surfaceForm } from '../lang/index-form';
import { bareWord } from '../lang/tokens';
import { targetOf } from '../scripts/fragment';

/** The words to mark, from the address: bare and lower-case. */
export function highlightWords(search: string): string[] {
  return new URLSearchParams(search)
    .getAll('highlight')
    .flatMap((w) => w.split(/\s+/))
    .map(bareWord)
    .filter(Boolean);
}

/** Whether a word of a text in `lang` is one of the words searched for. */
export function matchesWord(word: string, searched: readonly string[], lang: Locale): boolean {
  const bare = bareWord(word);
  if (!bare) return false;
  const form = indexForm(bare, lang);
  return searched.some((w) => plausibleIn(w, lang) && isTermMatch(form, queryForm(w, lang), surfaceForm(w, lang)));
}

export function highlightFromAddress(): void {
  const searched = highlightWords(location.search);
  // The passage (or figure row) the address names, also when it names one of its sentences.
  const target = targetOf(location.hash);
  const row = target?.closest<HTMLElement>('[data-segment]') ?? target;
  if (!row || searched.length === 0) return;
  for (const cell of row.querySelectorAll<HTMLElement>('[lang]')) {
    const lang = cell.lang as Locale;
    if (!['kk', 'ru', 'en'].includes(lang) || cell.querySelector('[lang]')) continue;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    for (const node of nodes) {
      const parts = node.data.split(/([\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*)/u);
      if (!parts.some((p) => matchesWord(p, searched, lang))) continue;
      const fragment = document.createDocumentFragment();
      for (const part of parts) {
        if (part && matchesWord(part, searched, lang)) {
          const mark = document.createElement('mark');
          mark.textContent = part;
          fragment.append(mark);
        } else if (part) fragment.append(part);
      }
      node.replaceWith(fragment);
    }
  }
}
