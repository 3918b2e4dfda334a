/** Client-side filters of the recommendations index; the choice is kept in the address. */
export const filterNames = ['source', 'year', 'theme'] as const;
export type Filters = Partial<Record<(typeof filterNames)[number], string>>;

export function readFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  return Object.fromEntries(filterNames.filter((n) => params.get(n)).map((n) => [n, params.get(n)!]));
}

export function filtersQuery(filters: Filters): string {
  const params = new URLSearchParams(filterNames.filter((n) => filters[n]).map((n) => [n, filters[n]!]));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** True when an item with these data attributes passes every chosen filter. */
export function matches(item: Filters, filters: Filters): boolean {
  return filterNames.every((n) => !filters[n] || item[n] === filters[n]);
}

export function applyFilters(cards: HTMLElement[], groups: HTMLElement[], filters: Filters): number {
  let shown = 0;
  for (const card of cards) {
    const visible = matches(
      { source: card.dataset.source, year: card.dataset.year, theme: card.dataset.theme } as Filters,
      filters,
    );
    card.hidden = !visible;
    if (visible) shown++;
  }
  for (const group of groups) group.hidden = !group.querySelector('[data-rec]:not([hidden])');
  return shown;
}

export function writeFilters(filters: Filters): void {
  const url = new URL(location.href);
  url.search = filtersQuery(filters);
  history.replaceState(null, '', url);
}
