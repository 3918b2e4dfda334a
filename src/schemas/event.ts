import { z } from 'astro/zod';
import { localeSchema, localizedString, partialDateSchema, slugSchema, sourceIdSchema } from './common';

export const eventTypes = ['law', 'regulation', 'institution', 'operation', 'report', 'meeting'] as const;

/** A dated event a source reports: an entry of `content/events/<source-id>.json`. */
export function eventSchema() {
  return z
    .object({
      /** Source id, taken from the file name `<source-id>.json`. */
      source: sourceIdSchema,
      /** Durable id, e.g. "law-2024-07-05". */
      id: slugSchema,
      /** When it happened, with the precision the source gives. */
      date: partialDateSchema,
      /** What sort of event it is. */
      type: z.enum(eventTypes),
      /** Our one-line name of the event, in each UI language. */
      label: localizedString(),
      /** The segment that reports it. */
      segment: slugSchema,
      /** Verbatim quote from that segment, per language version that states it. */
      quotes: z
        .partialRecord(localeSchema, z.string().min(1))
        .refine((q) => Object.keys(q).length > 0, 'needs a quote in at least one language'),
    })
    .strict();
}
export type TimelineEvent = z.infer<ReturnType<typeof eventSchema>>;
