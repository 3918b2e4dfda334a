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

/** One controlled group of people a recommendation is about: `content/groups/<group-id>.json`. */
export function groupSchema() {
  return z
    .object({
      /** Name in each UI language. */
      name: localizedString(),
      /** Order in filters. */
      order: z.number().int().default(100),
    })
    .strict();
}
export type Group = z.infer<ReturnType<typeof groupSchema>>;

export const bodyKinds = ['foreign-government', 'researchers', 'government', 'state-body'] as const;

/**
 * A body that recommends, is addressed, or is named as responsible: `content/bodies/<body-id>.json`.
 * Named as the sources name it; we never add a body a source does not name.
 */
export function bodySchema() {
  return z
    .object({
      /** Name in each UI language. */
      name: localizedString(),
      /** What kind of body it is. */
      kind: z.enum(bodyKinds),
      /** Order in filters. */
      order: z.number().int().default(100),
    })
    .strict();
}
export type Body = z.infer<ReturnType<typeof bodySchema>>;

/**
 * How a later text relates to a recommendation. None of them says "implemented": a later text
 * reporting action is evidence of action, not of completion.
 */
export const followUpRelations = ['reports-action', 'repeats', 'contradicts'] as const;
export type FollowUpRelation = (typeof followUpRelations)[number];

/**
 * How specific the action asked for is, modelled on UPR Info's five action categories:
 * 1 minimal (share, seek help, acknowledge), 2 continuing (continue, maintain), 3 considering
 * (consider, study, rethink), 4 general (ensure, strengthen, intensify), 5 specific (adopt, amend,
 * establish, train, investigate). The first operative verb of the text decides.
 */
export const actionCategories = [1, 2, 3, 4, 5] as const;

const quotesSchema = () =>
  z
    .partialRecord(localeSchema, z.string().min(1))
    .refine((q) => Object.keys(q).length > 0, 'needs a quote in at least one language');

/** Later evidence in a source about a recommendation. */
function followUpSchema() {
  return z
    .object({
      /** How the evidence relates to the recommendation. */
      relation: z.enum(followUpRelations),
      /** The source holding the evidence; it must be published after the recommendation's source. */
      source: sourceIdSchema,
      /** The segment holding the evidence. */
      segment: slugSchema,
      /** Verbatim quote from that segment, per language version where it is stated. */
      quotes: quotesSchema(),
      /** Our short explanation of the link, in each UI language. */
      note: localizedString(),
    })
    .strict();
}

/** A state body a source names as the one to act (or as the one that acted), with the words that name it. */
function responsibleSchema() {
  return z
    .object({
      /** Body id (`content/bodies/`). */
      body: slugSchema,
      /** The source that names it: the recommendation's own source or a later one. */
      source: sourceIdSchema,
      /** The segment that names it. */
      segment: slugSchema,
      /** Verbatim words naming it, per language version where it is stated. */
      quotes: quotesSchema(),
    })
    .strict();
}

const uniqueIds = (what: string) =>
  z.array(slugSchema).refine((ids) => new Set(ids).size === ids.length, `lists the same ${what} twice`);

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
      /** Theme ids (`content/themes/`), most central first; an item can touch several. */
      themes: uniqueIds('theme').min(1, 'needs at least one theme'),
      /** Groups of people (`content/groups/`) the text itself names; empty when it names none. */
      groups: uniqueIds('group').default([]),
      /** The body that makes it (`content/bodies/`), as the source states it. */
      by: slugSchema,
      /** The body it is directed to (`content/bodies/`), as the source states it; absent when none is named. */
      addressee: slugSchema.optional(),
      /** State bodies a source names as the ones to act, each with the words that name it. */
      responsible: z.array(responsibleSchema()).default([]),
      /** Action category 1–5 (see `actionCategories`). */
      action: z
        .number()
        .int()
        .refine((n) => (actionCategories as readonly number[]).includes(n), 'must be an action category from 1 to 5'),
      /** The round it belongs to (report edition, journal issue, forum), in each UI language. */
      cycle: localizedString(),
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
export type FollowUp = Recommendation['followUps'][number];
