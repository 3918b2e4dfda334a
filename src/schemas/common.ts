import { z } from 'astro/zod';
import { locales, type Locale } from '../i18n/locales';

/** A language code of the site: kk, ru or en. */
export const localeSchema = z.enum(locales, {
  error: (issue) => `"${String(issue.input)}" is not a language of this site (use ${locales.join(', ')})`,
});

/** The one pattern of readable, durable ids (sources, segments, figures…): lowercase kebab-case. */
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Readable, durable ids: lowercase kebab-case, used in URLs and anchors. */
export const slugSchema = z.string().regex(slugPattern, 'must be lowercase kebab-case, e.g. "protection-3"');

/**
 * A source id, e.g. "tip-2023". Any slug: a source exists when `content/sources/<id>.json` does (the rules
 * between collections check every reference), so adding a report needs no schema edit. Published ids
 * stay put because the permalink manifest (tests/permalinks.json) fails the dist check when one vanishes.
 */
export const sourceIdSchema = slugSchema;
export type SourceId = string;

/**
 * A web address: only `https:` and `http:` (never `javascript:`, `data:` or a relative address),
 * because it becomes a link on the page.
 */
export const webUrlSchema = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: (issue) => `"${String(issue.input)}" is not a web address: use a full https:// or http:// URL`,
});

/** Text in some of the three languages (what a source states, in the languages it states it). */
export function partialLocalizedString() {
  return z
    .partialRecord(localeSchema, z.string().trim().min(1, 'must not be empty'))
    .refine((value) => Object.keys(value).length > 0, 'needs at least one language');
}

/** Text of ours (UI, names, definitions): required in every language of the site. */
export function localizedString() {
  return z
    .object(
      Object.fromEntries(locales.map((l) => [l, z.string().trim().min(1, 'must not be empty')])) as Record<Locale, z.ZodString>,
    )
    .strict();
}

function isRealDate(value: string): boolean {
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date with the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');

/**
 * The time a figure describes: a year ("2022"), a month ("2022-06"),
 * or an interval of either ("2024/2025", "2024-01/2024-06").
 */
export const periodSchema = z
  .string()
  .regex(/^\d{4}(-\d{2})?(\/\d{4}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM, or an interval like 2024/2025')
  .refine((value) => value.split('/').every(isRealDate), 'is not a real calendar date')
  .refine((value) => {
    const [from, to] = value.split('/');
    return !to || from! < to;
  }, 'interval must run forwards');

export const yearSchema = z.number().int().min(1990).max(2100);
