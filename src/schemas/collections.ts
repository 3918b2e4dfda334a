/**
 * The registry of `content/`: every folder the project knows, how its files are laid out, and the
 * schema of its entries. Everything else is derived from this list: the `Corpus` type, the reader,
 * the Astro collections and the check that flags unknown folders. A new collection is one line here.
 */
import type { z } from 'astro/zod';
import { alignmentSchema } from './alignment';
import { eventSchema } from './event';
import { figureSchema } from './figure';
import { glossarySchema } from './glossary';
import { ledgerEntrySchema } from './ledger';
import { metricSchema } from './metric';
import { bodySchema, groupSchema, recommendationSchema, themeSchema } from './recommendation';
import { sectionLabelsSchema } from './section';
import { sourceSchema } from './source';
import { textEntrySchema } from './text';

/** How the files of a folder hold entries. */
export type Layout =
  /** `<id>.json`: one entry per file, the id is the file name. */
  | { kind: 'entry' }
  /** `<name>.json`: a non-empty JSON array of entries with an `id` each; `fileField` gets the file name. */
  | { kind: 'list'; fileField?: string }
  /** `<source-id>/<lang>.md`: a source text split into segments. */
  | { kind: 'text' }
  /** Files kept byte for byte, not entries (e.g. raw originals); only `extension` files and a README.md. */
  | { kind: 'raw'; extension: string };

export interface CollectionSpec {
  layout: Layout;
  /** Schema of one entry; raw folders have none. */
  schema?: z.ZodType;
}

export const collections = {
  sources: { layout: { kind: 'entry' }, schema: sourceSchema() },
  texts: { layout: { kind: 'text' }, schema: textEntrySchema() },
  metrics: { layout: { kind: 'entry' }, schema: metricSchema() },
  themes: { layout: { kind: 'entry' }, schema: themeSchema() },
  groups: { layout: { kind: 'entry' }, schema: groupSchema() },
  bodies: { layout: { kind: 'entry' }, schema: bodySchema() },
  figures: { layout: { kind: 'list', fileField: 'source' }, schema: figureSchema() },
  recommendations: { layout: { kind: 'list', fileField: 'source' }, schema: recommendationSchema() },
  events: { layout: { kind: 'list', fileField: 'source' }, schema: eventSchema() },
  /** Why each number of a source that is not a figure is not one (see src/derive/ledger.ts). */
  ledger: { layout: { kind: 'list', fileField: 'source' }, schema: ledgerEntrySchema() },
  alignments: { layout: { kind: 'list', fileField: 'source' }, schema: alignmentSchema() },
  glossary: { layout: { kind: 'entry' }, schema: glossarySchema() },
  /** Our own names of each source's sections, for readers whose language a heading lacks (`<source-id>.json`). */
  sections: { layout: { kind: 'entry' }, schema: sectionLabelsSchema() },
  /** The raw source documents, exactly as received (see content/originals/README.md). */
  originals: { layout: { kind: 'raw', extension: '.txt' } },
} as const satisfies Record<string, CollectionSpec>;

/** Folders of `content/` that are collections of entries (read, validated, cross-checked). */
export type CollectionName = {
  [K in keyof typeof collections]: (typeof collections)[K] extends { schema: z.ZodType } ? K : never;
}[keyof typeof collections];

/** Every folder `content/` may hold, in reading order. */
export const contentFolders = Object.keys(collections) as Array<keyof typeof collections>;

/** The collections of entries, in reading order. */
export const collectionNames = contentFolders.filter(
  (name): name is CollectionName => (collections[name] as CollectionSpec).schema !== undefined,
);

/** The validated entry of a collection, as rules and pages see it. */
export type EntryOf<C extends CollectionName> = z.output<(typeof collections)[C]['schema']>;
