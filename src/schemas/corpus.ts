/**
 * The whole corpus: every collection's valid entries, each with the id and file it came from.
 * Its shape follows the registry (`./collections.ts`); the rules that join collections live in
 * `src/corpus/rules/`, one file per rule.
 */
import type { CollectionName, EntryOf } from './collections';

/** Every entry keeps the id and file it came from, so a rule can name them. */
export type Located<T> = T & { id: string; file: string };

export type Corpus = { [C in CollectionName]: Located<EntryOf<C>>[] };
