/**
 * The parallel view's column choice, kept in the address as ?langs=ru,kk (order = column order).
 */
export function parseColumns(search: string, held: readonly string[]): string[] {
  const raw = new URLSearchParams(search).get('langs');
  if (!raw) return [...held];
  const chosen = [...new Set(raw.split(',').map((l) => l.trim()))].filter((l) => held.includes(l));
  return chosen.length ? chosen : [...held];
}

export function columnsQuery(chosen: readonly string[], held: readonly string[]): string {
  return chosen.length === held.length && chosen.every((l, i) => l === held[i]) ? '' : `?langs=${chosen.join(',')}`;
}

/** Replaces the address's query without a reload, keeping the passage (#hash). */
export function writeColumns(chosen: readonly string[], held: readonly string[]): void {
  const url = new URL(location.href);
  url.search = columnsQuery(chosen.length ? chosen : held, held);
  history.replaceState(null, '', url);
}

/** Shows the chosen languages in the chosen order; a row with one visible text spans the width. */
export function applyColumns(reader: HTMLElement, chosen: readonly string[]): void {
  const visible = chosen.length ? chosen : (reader.dataset.defaultLangs ?? '').split(' ');
  reader.dataset.cols = String(visible.length);
  for (const cell of reader.querySelectorAll<HTMLElement>('.cell[data-lang], .cite-lang[data-lang]')) {
    const index = visible.indexOf(cell.dataset.lang!);
    cell.hidden = index === -1;
    cell.style.order = String(index + 1);
  }
  for (const row of reader.querySelectorAll<HTMLElement>('.row[data-segment]')) {
    const shown = [...row.querySelectorAll<HTMLElement>('.cell:not(.absent)')].filter((c) => !c.hidden);
    row.classList.toggle('solo', shown.length === 1 && visible.length > 1);
  }
}
