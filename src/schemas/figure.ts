import { z } from 'astro/zod';
import { localeSchema, periodSchema, slugSchema, sourceIdSchema } from './common';

export const breakdownTags = [
  'sex-trafficking',
  'forced-labour',
  'unspecified-form',
  'organ-removal',
  'citizens',
  'foreigners',
  'children',
  'adults',
  'women',
  'men',
  'aggravated',
  'minimum',
  'maximum',
] as const;

/** One number a source states: an entry of `content/figures/<source-id>.json`. */
export function figureSchema() {
  return z
    .object({
      /** Source id, taken from the file name `<source-id>.json`. */
      source: sourceIdSchema,
      /** Durable id, e.g. "tip-2023-investigations-2022". */
      id: slugSchema,
      /** Metric id (`content/metrics/`). */
      metric: slugSchema,
      /** The time the number describes. */
      period: periodSchema,
      /** The number as stated (money in its own currency, no conversion). */
      value: z.number().nonnegative(),
      /** Qualifiers that narrow the metric, e.g. ["forced-labour"]; empty for a total. */
      breakdown: z.array(z.enum(breakdownTags)).default([]),
      /** The segment (in the source's texts) that states it. */
      segment: slugSchema,
      /** Verbatim quote from that segment in each language version where the number appears. */
      quotes: z
        .partialRecord(localeSchema, z.string().min(1))
        .refine((q) => Object.keys(q).length > 0, 'needs a quote in at least one language'),
      /** True for "more than 100", "about 200": the value is a bound or an estimate. */
      approximate: z.boolean().default(false),
    })
    .strict();
}
export type Figure = z.infer<ReturnType<typeof figureSchema>>;
