/**
 * The shape every rule between collections shares: it reads the corpus and reports problems
 * against the entry (and field) they belong to. Adding a rule = one file + one line in `index.ts`.
 */
import type { Corpus } from '../../schemas/corpus';

/** What a problem is reported against: an entry, known by its id and the file it came from. */
export interface EntryRef {
  id: string;
  file: string;
}

/** Reports one problem; `field` is the path inside the entry (joined with dots in the message), or null. */
export type Report = (entry: EntryRef, field: ReadonlyArray<string | number> | null, message: string) => void;

/** A rule between collections. It must not throw, and runs on every valid entry. */
export type Rule = (corpus: Corpus, report: Report) => void;
