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
      /** Unit every figure of this metric uses. */
      unit: z.enum(units),
      /** Where sources count different things under similar names. */
      note: localizedString().optional(),
      /** Order in matrices (lower first). */
      order: z.number().int().default(100),
    })
    .strict();
}
export type Metric = z.infer<ReturnType<typeof metricSchema>>;
export type Unit = (typeof units)[number];
