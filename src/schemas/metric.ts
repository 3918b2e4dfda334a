import { z } from 'astro/zod';
import { localizedString } from './common';

export const units = [
  'cases',
  'people',
  'offences',
  'years',
  'kzt',
  'usd',
  'operations',
  'inspections',
  'facilities',
  'per-thousand',
] as const;

/** What a figure counts: `content/metrics/<metric-id>.json`. */
export function metricSchema() {
  return z
    .object({
      /** Name in each UI language. */
      name: localizedString(),
      /** What is counted, in each UI language. */
      definition: localizedString(),
      /** What figures of this metric count by default (a figure states its own `counts`). */
      unit: z.enum(units),
      /**
       * Other things a source may count under this metric's name (prosecutions: people, or cases).
       * A figure's `counts` must be the unit, one of these, or "not-stated".
       */
      alsoCounts: z.array(z.enum([...units, 'cases-opened'] as const)).default([]),
      /** Where sources count different things under similar names. */
      note: localizedString().optional(),
      /** Order in matrices (lower first). */
      order: z.number().int().default(100),
    })
    .strict();
}
export type Metric = z.infer<ReturnType<typeof metricSchema>>;
export type Unit = (typeof units)[number];
