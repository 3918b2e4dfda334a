/**
 * The shape every rule between collections shares: it reads the corpus and reports problems
 * against the entry (and field) they belong to. Adding a rule = one file + one line in `index.ts`.
 */
import type { CollectionName } from '../../schemas/collections';
import type { Corpus } from '../../schemas/corpus';

/** What a problem is reported against: an entry, known by its id and the file it came from. */
export interface EntryRef {
  id: string;
  file: string;
}

/** Reports one problem; `field` is the path inside the entry (joined with dots in the message), or null. */
export type Report = (entry: EntryRef, field: ReadonlyArray<string | number> | null, message: string) => void;

/**
 * The valid entries, plus the ids of entries that failed validation. Rules run even when some entries
 * fail, so one build lists every problem; a reference to a broken entry is not reported again (its own
 * problem already is). Texts are known as "source/lang".
 */
export interface CheckedCorpus extends Corpus {
  broken: Record<CollectionName, ReadonlySet<string>>;
}

/** A rule between collections. It must not throw, and runs on every valid entry. */
export type Rule = (corpus: CheckedCorpus, report: Report) => void;
