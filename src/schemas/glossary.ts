import { z } from 'astro/zod';
import { locales, type Locale } from '../i18n/locales';
import { localizedString, slugSchema } from './common';

/** What a glossary term names. */
export const glossaryKinds = ['term', 'country', 'region', 'agency', 'organisation', 'person'] as const;

/** One written form of a term: a word or a short name, never a sentence. */
const formSchema = z
  .string()
  .trim()
  .min(1)
  .refine((form) => form.split(/\s+/).length <= 6, 'a glossary form is a term of at most six words, not a sentence')
  .refine((form) => !/[!?;…«»"“”]|\.\s/.test(form), 'a glossary form has no sentence punctuation or quotes');

/**
 * A term of our own editorial vocabulary: `content/glossary/<id>.json`. It joins the words the
 * sources use in Kazakh, Russian and English for one thing, so a search in one language also finds
 * the others. It holds no sentence of any source: forms are terms and names as a reader types them.
 */
export function glossarySchema() {
  return z
    .object({
      /** What the term names: a domain term, a country, a region, an agency, an organisation or a person. */
      kind: z.enum(glossaryKinds),
      /**
       * The term in each language: the headword first (shown on the glossary page and in "also searched"),
       * then the other forms it is written in: synonyms, abbreviations, en-GB and en-US spellings.
       * Inflected forms need not be listed: search and the glossary page match by stem.
       * A language may be left empty only when none of the sources names the thing in it.
       */
      forms: z
        .object(Object.fromEntries(locales.map((l) => [l, z.array(formSchema)])) as Record<Locale, z.ZodArray<typeof formSchema>>)
        .strict()
        .refine(
          (forms) => Object.values(forms).filter((f) => f.length > 0).length >= 2,
          'a term needs forms in at least two languages',
        ),
      /** What the term covers, in each UI language (shown on the glossary page). */
      note: localizedString().optional(),
      /** Related glossary entries, by id (`content/glossary/<id>.json` must exist). */
      see: z.array(slugSchema).default([]),
    })
    .strict();
}
export type GlossaryEntry = z.infer<ReturnType<typeof glossarySchema>>;
