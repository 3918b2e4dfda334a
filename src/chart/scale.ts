/** The value axis: a "nice" upper bound and round tick values, as a share of the plot's width. */

/**
 * The smallest 1, 2, 2.5 or 5 × 10ⁿ step that gives at most `count` intervals up to `max`. Whole-number
 * data never gets a fractional step (no tick at "2.5 cases").
 */
export function niceStep(max: number, count: number): number {
  if (!(max > 0) || count < 1) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const whole = Number.isInteger(max);
  const candidates = [1, 2, 2.5, 5, 10].map((m) => m * power).filter((s) => !whole || Number.isInteger(s));
  return candidates.find((s) => s >= raw * (1 - 1e-12)) ?? Math.max(1, 10 * power);
}

export interface ValueScale {
  /** The value at the right edge of the plot. */
  max: number;
  /** Tick values from 0 to `max` inclusive. */
  ticks: number[];
  /** Where a value sits, in percent of the plot's width (0–100). */
  percent: (value: number) => number;
}

/** A linear scale from 0 to a round bound at or above `max`, with at most `count` intervals. */
export function valueScale(max: number, count = 4): ValueScale {
  const step = niceStep(max, count);
  const top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let i = 0; i * step <= top + step * 1e-9; i++) ticks.push(Number((i * step).toPrecision(12)));
  return { max: top, ticks, percent: (value) => Math.min(100, Math.max(0, (value / top) * 100)) };
}

/** Rounds a percentage for an SVG attribute ("37.5%"). */
export const pct = (value: number) => `${Number(value.toFixed(3))}%`;
