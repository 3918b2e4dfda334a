import { z } from 'astro/zod';
import { localeSchema, localizedString, partialDateSchema, periodSchema, slugSchema, sourceIdSchema } from './common';
import { units } from './metric';

/** Qualifiers that narrow a metric to a subset ("sex-trafficking", "citizens"). Bounds are not here: see `range`. */
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
] as const;
export type BreakdownTag = (typeof breakdownTags)[number];

/**
 * What a figure counts. The metric's unit is the default; a source may count something else under the
 * same name (prosecutions counted as cases, not people), or not say at all ("not-stated").
 * "cases-opened" are cases started in the period, as against cases worked on ("cases").
 */
export const countedThings = [...units, 'cases-opened', 'not-stated'] as const;
export type CountedThing = (typeof countedThings)[number];

/**
 * The part of its period a figure covers:
 * - "year": a whole calendar year (period YYYY);
 * - "part-year": from the start of the year up to the date in `to` ("so far this year", "с начала 2024 года");
 * - "month": one month (period YYYY-MM);
 * - "case": one operation, case or criminal network, whatever its dates (name it in `scope`);
 * - "years": several years together (period YYYY/YYYY);
 * - "as-of": a stock or a rule in force at the period's date (officers on staff, a penalty in the law).
 */
export const coverageKinds = ['year', 'part-year', 'month', 'case', 'years', 'as-of'] as const;
export type CoverageKind = (typeof coverageKinds)[number];

/** Whether the period is the date of the number (the default) or of the event the number is about. */
export const datings = ['number', 'event'] as const;

/** A named subset of the country's cases: a destination country, a region, one network, one operation. */
function scopeSchema() {
  return z
    .object({
      /** Stable id: figures with the same scope id may join one series. */
      id: slugSchema,
      /** Our name of the subset, in every UI language ("South Korea only"). */
      label: localizedString(),
    })
    .strict();
}

/** One end of a range the source states: which end, and the population the range describes. */
function rangeSchema() {
  return z
    .object({
      /** "lower" for "from 4", "upper" for "to 15". */
      bound: z.enum(['lower', 'upper']),
      /** Who or what the range is about, in every UI language ("four of the six convicted"). */
      of: localizedString(),
    })
    .strict();
}

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
      /** The time the number describes (see `coverage` for how much of it, `dating` for what the date is of). */
      period: periodSchema,
      /** The number as stated (money in its own currency, no conversion). */
      value: z.number().nonnegative(),
      /** What is counted, as the source says it; "not-stated" when it does not say. */
      counts: z.enum(countedThings),
      /** How much of the period the number covers. */
      coverage: z.enum(coverageKinds),
      /**
       * For "part-year": the date the count runs to (the statement's date when the source says "so far this year");
       * the year itself ("2024") when the source does not say up to when.
       */
      to: partialDateSchema.optional(),
      /** A named subset; absent means national (all of Kazakhstan). */
      scope: scopeSchema().optional(),
      /** Id of the figure this one is a part of (a subtotal of that total); absent for a total or a standalone number. */
      partOf: slugSchema.optional(),
      /** For an end of a stated range: which end and of whom. */
      range: rangeSchema().optional(),
      /** "event" when the period dates the event the number is about (an operation), not the number itself. */
      dating: z.enum(datings).default('number'),
      /** Qualifiers that narrow the metric, e.g. ["forced-labour"]; empty for the whole metric. */
      breakdown: z.array(z.enum(breakdownTags)).default([]),
      /** The segment (in the source's texts) that states it. */
      segment: slugSchema,
      /** Verbatim quote from that segment in each language version where the number appears. */
      quotes: z
        .partialRecord(localeSchema, z.string().min(1))
        .refine((q) => Object.keys(q).length > 0, 'needs a quote in at least one language'),
      /**
       * The exact words of a quote that state the value, per language, when the quote holds other numbers too
       * ("18 делам" in «…по 18 делам… по сравнению с 49…»). Each must occur in that language's quote.
       */
      valueText: z.partialRecord(localeSchema, z.string().min(1)).optional(),
      /** True for "more than 100", "about 200": the value is a bound or an estimate. */
      approximate: z.boolean().default(false),
      /** Our note to readers, in every UI language: a doubt about the reading, a mistranslation in a quote. */
      note: localizedString().optional(),
    })
    .strict();
}
export type Figure = z.infer<ReturnType<typeof figureSchema>>;
export type Scope = NonNullable<Figure['scope']>;
