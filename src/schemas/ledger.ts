import { z } from 'astro/zod';
import { localeSchema, localizedString, slugSchema, sourceIdSchema } from './common';

/**
 * Why a number a source states is not a figure. Dates and article numbers are also recognised by code
 * (`src/lang/non-quantities.ts`); everything else is listed by hand in `content/ledger/<source-id>.json`.
 */
export const ledgerReasons = [
  /** A date or a year used as a date ("25 маусымда", "in 2021"). */
  'date',
  /** A law, article, resolution or order number ("статья 134", "№ 7"). */
  'law',
  /** A postcode, street number or other part of an address. */
  'address',
  /** Bibliographic data: issue, volume, pages, ISSN, UDC, a reference number. */
  'bibliographic',
  /** A rank, a numbered item or an edition ("Tier 2", "20th report", "affiliation 1"). */
  'ordinal',
  /** The same number as a figure, said again (give the figure). */
  'same-as',
  /** A count with no period stated ("more than 100 … every year"). */
  'no-period',
  /** A statement that contradicts a figure (give the figure). */
  'contradicts',
  /** The language version states a different number from the figure's (give the figure). */
  'translation-differs',
  /** A duration or limit in law or practice ("six-month reflection period", "up to 3 days"). */
  'duration',
  /** One person's sentence or case, or a person's age. */
  'individual',
  /** About another country, the world, or a period outside the source's subject. */
  'out-of-scope',
  /** Not a quantity at all ("one of the largest markets"). */
  'not-a-quantity',
] as const;
export type LedgerReason = (typeof ledgerReasons)[number];

/** One number (or group of numbers) of a source segment that is not a figure, and why: `content/ledger/<source-id>.json`. */
export function ledgerEntrySchema() {
  return z
    .object({
      /** Source id, taken from the file name `<source-id>.json`. */
      source: sourceIdSchema,
      /** Durable id, unique in the file (an anchor on the source's numbers page). */
      id: slugSchema,
      /** The segment that states the number. */
      segment: slugSchema,
      /**
       * The exact words holding the number, per language version; every number inside them is accounted for.
       * Absent: every number of the segment, in every language (for bibliographic segments and the like).
       */
      words: z.partialRecord(localeSchema, z.string().min(1)).optional(),
      /** Why it is not a figure. */
      reason: z.enum(ledgerReasons),
      /** For "same-as", "contradicts" and "translation-differs": the figure(s) it restates, contradicts or differs from. */
      figures: z.array(slugSchema).default([]),
      /** Our note, in every UI language, when the reason alone does not say enough. */
      note: localizedString().optional(),
    })
    .strict();
}
export type LedgerEntry = z.infer<ReturnType<typeof ledgerEntrySchema>>;
