import { z } from 'astro/zod';
import { localeSchema, slugSchema } from './common';

/**
 * Our own name of one section of a source, in the languages a reader needs it in. It is an editorial
 * label (like a metric's or a theme's name), never the source's words: where the source has a heading in
 * the reader's language, that heading is shown instead.
 */
export function sectionLabelSchema() {
  return z
    .partialRecord(localeSchema, z.string().trim().min(1, 'must not be empty'))
    .refine((label) => Object.keys(label).length > 0, 'needs a label in at least one language');
}

/**
 * Our names of a source's sections: `content/sections/<source-id>.json`, one entry per source (the file
 * name is the source id). Titles that say where a passage is ("Prosecution, paragraph 2") use them for a
 * reader whose language the section's heading lacks; the source's own heading stays what the text shows.
 * The rule `sections` (src/corpus/rules/sections.ts) requires a label in every language a section's
 * heading is missing in, and refuses a label for a section the source does not have.
 */
export function sectionLabelsSchema() {
  return z
    .object({
      /**
       * Our label of each section, by the id of the heading that opens it (`prosecution` for
       * `## ҚУДАЛАУ {#prosecution}`), in kk, ru and en as needed: written to native standard
       * ("Prosecution", «Қылмыстық қудалау», «Уголовное преследование»), not copied from a heading.
       */
      labels: z.record(slugSchema, sectionLabelSchema(), {
        error: (issue) =>
          issue.code === 'invalid_key'
            ? `"${String(issue.input)}" is not a section id: use the {#id} of the section's heading (lowercase kebab-case)`
            : undefined,
      }),
    })
    .strict();
}
export type SectionLabels = z.infer<ReturnType<typeof sectionLabelsSchema>>;
export type SectionLabel = z.infer<ReturnType<typeof sectionLabelSchema>>;
