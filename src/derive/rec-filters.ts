/**
 * Filters of the recommendations tracker. The choice lives in the address (`?theme=training&q=…`), so a
 * filtered view can be linked; the same pure functions filter the cards on the page and the export.
 */
import { foldKazakh } from '../lang/kk';

/** Facets: an item passes when its list for the facet holds the chosen value. */
export const facetNames = ['theme', 'group', 'body', 'source', 'year', 'action', 'status'] as const;
export type FacetName = (typeof facetNames)[number];
export const filterNames = [...facetNames, 'q'] as const;
export type Filters = Partial<Record<(typeof filterNames)[number], string>>;

/** What a filter sees of one recommendation: its values per facet, and its searchable text. */
export interface FilterItem {
  facets: Partial<Record<FacetName, readonly string[]>>;
  /** Everything the text search looks in (all language versions, names of themes and groups). */
  text: string;
}

export function readFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  return Object.fromEntries(filterNames.filter((n) => params.get(n)?.trim()).map((n) => [n, params.get(n)!.trim()])) as Filters;
}

export function filtersQuery(filters: Filters): string {
  const params = new URLSearchParams(filterNames.filter((n) => filters[n]?.trim()).map((n) => [n, filters[n]!.trim()]));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Lower-cased, ё → е, Kazakh letters folded: "Құрбан", "курбан" and "КҰРБАН" meet. */
export function foldForSearch(text: string): string {
  return foldKazakh(text.toLowerCase().replace(/ё/g, 'е'));
}

/** True when the text holds every word of the query (any order, word starts or inside words). */
export function matchesQuery(text: string, query: string): boolean {
  const haystack = foldForSearch(text);
  const words = foldForSearch(query).match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.every((w) => haystack.includes(w));
}

/** True when an item passes every chosen filter. */
export function matches(item: FilterItem, filters: Filters): boolean {
  return (
    facetNames.every((n) => !filters[n] || (item.facets[n] ?? []).includes(filters[n]!)) &&
    (!filters.q || matchesQuery(item.text, filters.q))
  );
}

/** The item a card describes in its data attributes (space-separated lists). */
export function cardItem(card: HTMLElement): FilterItem {
  const list = (value: string | undefined) => (value ? value.split(' ') : []);
  return {
    facets: Object.fromEntries(facetNames.map((n) => [n, list(card.dataset[n])])),
    text: card.dataset.search ?? card.textContent ?? '',
  };
}

/** Shows the cards that pass, hides empty groups; returns the ids shown, in page order. */
export function applyFilters(cards: HTMLElement[], groups: HTMLElement[], filters: Filters): string[] {
  const shown: string[] = [];
  for (const card of cards) {
    const visible = matches(cardItem(card), filters);
    card.hidden = !visible;
    if (visible) shown.push(card.dataset.rec!);
  }
  for (const group of groups) group.hidden = !group.querySelector('[data-rec]:not([hidden])');
  return shown;
}

export function writeFilters(filters: Filters): void {
  const url = new URL(location.href);
  url.search = filtersQuery(filters);
  history.replaceState(null, '', url);
}
