/**
 * The time axis: one band per year (or span of years) with figures, and a band for each gap, so a
 * missing year is seen as missing. Runs of three or more missing years fold into one band.
 */
import type { ChartBar } from './model';

export type Band<B extends Pick<ChartBar, 'from' | 'to'>> =
  /** Years `from`–`to` hold these bars (a band spans several years when a figure does). */
  | { kind: 'data'; from: number; to: number; bars: B[] }
  /** No figure for `from`–`to`. */
  | { kind: 'gap'; from: number; to: number };

/** Bands from the first year to the last, in order; bars keep their given order inside a band. */
export function timeBands<B extends Pick<ChartBar, 'from' | 'to'>>(bars: readonly B[], foldGapsFrom = 3): Band<B>[] {
  if (!bars.length) return [];
  const byStart = Map.groupBy(bars, (b) => b.from);
  const first = Math.min(...bars.map((b) => b.from));
  const last = Math.max(...bars.map((b) => b.to));
  const bands: Band<B>[] = [];
  let gapFrom: number | null = null;
  const closeGap = (year: number) => {
    if (gapFrom === null) return;
    if (year - gapFrom >= foldGapsFrom) bands.push({ kind: 'gap', from: gapFrom, to: year - 1 });
    else for (let y = gapFrom; y < year; y++) bands.push({ kind: 'gap', from: y, to: y });
    gapFrom = null;
  };
  for (let year = first; year <= last;) {
    const starting = byStart.get(year);
    if (starting) {
      closeGap(year);
      const to = Math.max(...starting.map((b) => b.to));
      // A span that starts here takes in later bars that start inside it, so no year shows twice.
      const inside = bars.filter((b) => b.from > year && b.from <= to);
      const end = Math.max(to, ...inside.map((b) => b.to));
      bands.push({ kind: 'data', from: year, to: end, bars: bars.filter((b) => b.from >= year && b.from <= end) });
      year = end + 1;
    } else {
      gapFrom ??= year;
      year++;
    }
  }
  closeGap(last + 1);
  return bands;
}

/** "2019", "2024–2025". */
export const bandLabel = (band: { from: number; to: number }) =>
  band.from === band.to ? String(band.from) : `${band.from}–${band.to}`;
