/**
 * The rules between collections, as a list. Entries are validated one by one before (`../load.ts`);
 * each rule here joins collections and reports against the entry a problem belongs to.
 * A new rule is a new file in this folder and one line in `rules`.
 */
import { collectionNames, type CollectionName } from '../../schemas/collections';
import type { Corpus } from '../../schemas/corpus';
import { formatProblem } from '../read';
import { alignment } from './alignment';
import { alignments } from './alignments';
import { events } from './events';
import { figureMeaning } from './figure-meaning';
import { figures } from './figures';
import { glossary } from './glossary';
import { ids } from './ids';
import { ledger } from './ledger';
import { recommendations } from './recommendations';
import { sections } from './sections';
import { sources } from './sources';
import { texts } from './texts';
import type { CheckedCorpus, Rule } from './types';

export type { CheckedCorpus, EntryRef, Report, Rule } from './types';

/** In the order their messages are listed. */
export const rules: Rule[] = [
  ids,
  texts,
  alignment,
  sources,
  figures,
  figureMeaning,
  recommendations,
  events,
  alignments,
  ledger,
  glossary,
  sections,
];

/** Runs every rule over the corpus; returns every problem, formatted with file › entry › field. */
export function runRules(
  corpus: Corpus,
  broken: Partial<Record<CollectionName, ReadonlySet<string>>> = {},
  list: readonly Rule[] = rules,
): string[] {
  const checked: CheckedCorpus = {
    ...corpus,
    broken: Object.fromEntries(collectionNames.map((name) => [name, broken[name] ?? new Set()])) as CheckedCorpus['broken'],
  };
  const problems: string[] = [];
  for (const rule of list)
    rule(checked, (entry, field, message) =>
      problems.push(formatProblem(entry.file, entry.id, field?.length ? field.map(String).join('.') : null, message)),
    );
  return problems;
}
