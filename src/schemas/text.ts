import { z } from 'astro/zod';
import { localeSchema, slugSchema, sourceIdSchema } from './common';

/** Front matter of a text file: `content/texts/<source-id>/<lang>.md`. */
export function textFrontmatterSchema() {
  return z
    .object({
      /** The source this text is a language version of. */
      source: sourceIdSchema,
      /** The language of this version; must match the file name. */
      lang: localeSchema,
      /**
       * Segment ids, or section ids (a heading's id stands for its whole section),
       * that other language versions have and this one declares it lacks.
       */
      absent: z.array(slugSchema).default([]),
    })
    .strict();
}

export const segmentKinds = ['heading', 'paragraph', 'list-item', 'footnote'] as const;

/** One aligned unit of a text, as the segment parser produces it. */
export function segmentSchema() {
  return z
    .object({
      /** Durable id, shared by the translations of this unit. */
      id: slugSchema,
      /** Block type. */
      kind: z.enum(segmentKinds),
      /** Heading level, for headings. */
      depth: z.number().int().min(1).max(6).optional(),
      /** Id of the heading whose section holds this segment (`front` before the first, `notes` for footnotes). */
      section: slugSchema,
      /** Plain text, for quotes, search and verification. */
      text: z.string().min(1, 'segment has no text'),
      /** Rendered, sanitised HTML of the segment's content. */
      html: z.string(),
      /** The segment's sentences (split at build time by the language layer's rules), in order. */
      sentences: z.array(
        z
          .object({
            /** Plain text of the sentence. */
            text: z.string(),
            /** Its rendered, sanitised HTML. */
            html: z.string(),
            /** A line break precedes it inside the segment. */
            br: z.boolean().optional(),
          })
          .strict(),
      ),
      /** Line in the Markdown file where the segment starts, for error messages. */
      line: z.number().int().positive(),
    })
    .strict();
}
export type Segment = z.infer<ReturnType<typeof segmentSchema>>;

/** A text entry as read from disk: front matter, parsed segments and the path it was read from. */
export function textEntrySchema() {
  return textFrontmatterSchema()
    .extend({
      /** The segments, in document order. */
      segments: z.array(segmentSchema()).min(1, 'the text has no segments'),
      /** Source id and language taken from the file path `<source>/<lang>.md`. */
      pathSource: z.string(),
      pathLang: z.string(),
    })
    .refine((t) => t.source === t.pathSource, {
      message: 'front matter "source" must match the folder name',
      path: ['source'],
    })
    .refine((t) => t.lang === t.pathLang, {
      message: 'front matter "lang" must match the file name',
      path: ['lang'],
    })
    .transform(({ pathSource: _s, pathLang: _l, ...text }) => text);
}
export type TextEntry = z.infer<ReturnType<typeof textEntrySchema>>;
