import { z } from 'astro/zod';
import { localeSchema, slugSchema, sourceIdSchema } from './common';

/**
 * An editor's sentence alignment of one segment: an entry of `content/alignments/<source-id>.json`.
 * It replaces the aligner's units for that segment. Sentences are named by their first words, so an
 * override that no longer matches the text fails the build instead of pairing the wrong sentences.
 */
export function alignmentSchema() {
  return z
    .object({
      /** Source id, taken from the file name `<source-id>.json`. */
      source: sourceIdSchema,
      /** Durable id: the source id and the segment id, "journal-2026-abstract". */
      id: slugSchema,
      /** The segment whose sentences this aligns. */
      segment: slugSchema,
      /** Why the aligner's units were replaced or confirmed (for the next editor). */
      note: z.string().min(1).optional(),
      /**
       * The segment's units in reading order. Each unit lists, per language version, the beginnings of its
       * sentences (a few words each, in order); together the units hold every sentence of every version.
       */
      units: z
        .array(
          z
            .partialRecord(localeSchema, z.array(z.string().min(3, 'a sentence beginning needs at least 3 characters')).min(1))
            .refine((u) => Object.keys(u).length > 0, 'a unit needs sentences in at least one language'),
        )
        .min(1),
    })
    .strict();
}
export type Alignment = z.infer<ReturnType<typeof alignmentSchema>>;
