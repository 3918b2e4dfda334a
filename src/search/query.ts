/** The search state in the address (?q=…&lang=…&source=…&year=…&kind=…&off=…), so a search can be shared. */
import { locales, type Locale } from '../i18n/locales';

export const searchFilterNames = ['source', 'year', 'kind'] as const;
export type SearchFilterName = (typeof searchFilterNames)[number];

export interface SearchState {
  q: string;
  /** One language's texts, or all three ('' = all). */
  lang: Locale | '';
  filters: Partial<Record<SearchFilterName, string>>;
  /** Glossary expansions switched off, as `term.lang` keys (see expand.ts). */
  off: string[];
}

export function parseSearch(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of searchFilterNames) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  const lang = params.get('lang') ?? '';
  return {
    q: params.get('q') ?? '',
    lang: (locales as readonly string[]).includes(lang) ? (lang as Locale) : '',
    filters,
    off: params
      .getAll('off')
      .flatMap((v) => v.split(','))
      .filter(Boolean),
  };
}

export function searchQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.lang) params.set('lang', state.lang);
  for (const name of searchFilterNames) if (state.filters[name]) params.set(name, state.filters[name]!);
  for (const key of [...new Set(state.off)].sort()) params.append('off', key);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * An exact phrase is the whole query in double quotes (or «», “”): its words are matched in order,
 * word for word (by stem), and not expanded.
 */
export function exactPhrase(q: string): string | null {
  const match = /^\s*["«“„]([^"»”“]+)["»”“]\s*$/.exec(q);
  return match ? match[1]!.trim() : null;
}
