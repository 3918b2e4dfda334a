/** The search state in the address (?q=…&lang=…&source=…&year=…&kind=…), so a search can be shared. */
export const searchFilterNames = ['source', 'year', 'kind'] as const;
export type SearchFilterName = (typeof searchFilterNames)[number];

export interface SearchState {
  q: string;
  /** One language's index, or all three ('' = all). */
  lang: string;
  filters: Partial<Record<SearchFilterName, string>>;
}

export function parseSearch(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of searchFilterNames) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return { q: params.get('q') ?? '', lang: params.get('lang') ?? '', filters };
}

export function searchQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.lang) params.set('lang', state.lang);
  for (const name of searchFilterNames) if (state.filters[name]) params.set(name, state.filters[name]!);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A hit found in the index of one language opens the same page in the reader's interface language. */
export function inLocale(url: string, locale: string): string {
  return url.replace(/^\/(kk|ru|en)\//, `/${locale}/`);
}

/** What a hit is, read from its address: a passage of a text, a figure, or a recommendation. */
export function hitKind(url: string): 'segment' | 'figure' | 'recommendation' | null {
  const section = /^(?:https?:\/\/[^/]+)?\/(?:kk|ru|en)\/(sources|findings|recommendations)\//.exec(url)?.[1];
  return section === 'sources'
    ? 'segment'
    : section === 'findings'
      ? 'figure'
      : section === 'recommendations'
        ? 'recommendation'
        : null;
}

/** The index language a hit came from, read from its address. */
export function hitLanguage(url: string): string | null {
  return /^\/(kk|ru|en)\//.exec(url)?.[1] ?? null;
}

/**
 * An exact phrase is the whole query in double quotes (or «», “”). Pagefind finds the pages holding
 * it; the passages (sub-results) of a page are then narrowed to those where the phrase itself occurs.
 */
export function exactPhrase(q: string): string | null {
  const match = /^\s*["«“„]([^"»”“]+)["»”“]\s*$/.exec(q);
  return match ? match[1]!.trim() : null;
}

const word = (w: string) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * Word positions where the phrase starts in a page's content, counting words as Pagefind does
 * (split on whitespace), so they can be compared with a sub-result's match locations.
 */
export function phrasePositions(content: string, phrase: string): number[] {
  // Every whitespace-separated token counts, a lone dash included, as in Pagefind's locations.
  const words = content.split(/\s+/).filter(Boolean).map(word);
  const wanted = phrase.split(/\s+/).map(word).filter(Boolean);
  const positions: number[] = [];
  for (let i = 0; i + wanted.length <= words.length; i++) if (wanted.every((w, k) => words[i + k] === w)) positions.push(i);
  return positions;
}
