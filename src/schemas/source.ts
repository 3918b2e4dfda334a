import { z } from 'astro/zod';
import {
  localeSchema,
  localizedString,
  partialDateSchema,
  partialLocalizedString,
  slugSchema,
  webUrlSchema,
  yearSchema,
} from './common';

export const sourceKinds = ['report-chapter', 'news-story', 'ministry-statement', 'journal-article'] as const;
export const tiers = ['tier-1', 'tier-2', 'tier-2-watch-list', 'tier-3'] as const;

/** One language version the site holds the text of. */
function versionSchema() {
  return z
    .object({
      /** Whether this version is the original document or a translation of it. */
      role: z.enum(['original', 'translation']),
      /** Where this version is published, when known. */
      url: webUrlSchema.optional(),
    })
    .strict();
}

/** Metadata of one source: `content/sources/<source-id>.json`. */
export function sourceSchema() {
  return z
    .object({
      /** What sort of document it is. */
      kind: z.enum(sourceKinds),
      /** The title exactly as each held language version states it. */
      title: partialLocalizedString(),
      /** Our short name for the source, for cards, menus and citations. */
      label: localizedString(),
      /** Our one- or two-sentence description of the source. */
      summary: localizedString(),
      /** Authors as the text states them; empty when the text names none. */
      authors: z.array(partialLocalizedString()),
      /** Publisher as stated; null when unknown. */
      publisher: partialLocalizedString().nullable(),
      /** Publication date with the precision known. */
      published: partialDateSchema,
      /** The years the source's data describe. */
      coverage: z
        .object({ from: yearSchema, to: yearSchema })
        .strict()
        .refine((c) => c.from <= c.to, { message: '"from" must not be after "to"', path: ['to'] }),
      /** The language versions held in `content/texts/<source-id>/`. */
      versions: z
        .partialRecord(localeSchema, versionSchema())
        .refine((v) => Object.keys(v).length > 0, 'a source needs at least one language version'),
      /** The original document, when the held versions are translations or coverage of it. */
      original: z
        .object({
          /** Language of the original. */
          lang: localeSchema,
          /** Title of the original, in its language. */
          title: z.string().min(1),
          /** Where the original is published, when known. */
          url: webUrlSchema.optional(),
        })
        .strict()
        .optional(),
      /** The TIP tier, where the text states one, with the segment that states it. */
      tier: z
        .object({ value: z.enum(tiers), segment: slugSchema })
        .strict()
        .optional(),
      /** Journal details, for journal articles. */
      journal: z
        .object({
          /** Journal name as printed, per language. */
          name: partialLocalizedString(),
          volume: z.number().int().positive(),
          issue: z.number().int().positive(),
          /** Page range, e.g. "167–175". */
          pages: z.string().min(1),
          /** DOI without the resolver prefix. */
          doi: z.string().regex(/^10\.\d{4,}\/\S+$/, 'must be a DOI like 10.1234/abc'),
        })
        .strict()
        .optional(),
    })
    .strict()
    .refine((s) => s.kind !== 'journal-article' || s.journal, {
      message: 'a journal article needs "journal" details',
      path: ['journal'],
    })
    .refine((s) => Object.keys(s.title).every((lang) => lang in s.versions), {
      message: 'has a title in a language whose version is not held (see "versions")',
      path: ['title'],
    });
}
export type Source = z.infer<ReturnType<typeof sourceSchema>>;
