import { z } from 'astro/zod';
import { localeSchema, localizedString, slugSchema, sourceIdSchema } from './common';

/** One controlled theme for recommendations: `content/themes/<theme-id>.json`. */
export function themeSchema() {
  return z
    .object({
      /** Name in each UI language. */
      name: localizedString(),
      /** Order in filters. */
      order: z.number().int().default(100),
    })
    .strict();
}
export type Theme = z.infer<ReturnType<typeof themeSchema>>;

export const followUpRelations = ['addresses', 'partly-addresses', 'repeats', 'contradicts'] as const;

/** Later evidence in a source about a recommendation. */
function followUpSchema() {
  return z
    .object({
      /** How the evidence relates to the recommendation. */
      relation: z.enum(followUpRelations),
      /** The source holding the evidence. */
      source: sourceIdSchema,
      /** The segment holding the evidence. */
      segment: slugSchema,
      /** Verbatim quote from that segment, per language version where it is stated. */
      quotes: z
        .partialRecord(localeSchema, z.string().min(1))
        .refine((q) => Object.keys(q).length > 0, 'needs a quote in at least one language'),
      /** Our short explanation of the link, in each UI language. */
      note: localizedString(),
    })
    .strict();
}

/** One recommendation or commitment: an entry of `content/recommendations/<source-id>.json`. */
export function recommendationSchema() {
  return z
    .object({
      /** Source id, taken from the file name `<source-id>.json`. */
      source: sourceIdSchema,
      /** Durable id, e.g. "tip-2023-r4"; a public permalink. */
      id: slugSchema,
      /** Number within its source, as listed. */
      number: z.number().int().positive(),
      /** Recommendation, or a commitment the source's author makes about its own plans. */
      type: z.enum(['recommendation', 'commitment']).default('recommendation'),
      /** Theme id (`content/themes/`). */
      theme: slugSchema,
      /** The segment that states it. */
      segment: slugSchema,
      /** The recommendation's words, verbatim from the segment, in every language the source has. */
      text: z
        .partialRecord(localeSchema, z.string().min(1))
        .refine((q) => Object.keys(q).length > 0, 'needs its text in at least one language'),
      /** Later evidence about it. */
      followUps: z.array(followUpSchema()).default([]),
    })
    .strict();
}
export type Recommendation = z.infer<ReturnType<typeof recommendationSchema>>;
