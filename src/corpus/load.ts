/**
 * Validation of the whole corpus, shared by the build (Astro loaders and the corpus integration)
 * and the unit tests. Every problem is reported with its file, entry and field; all are listed at once.
 */
import { collections, type CollectionSpec } from '../schemas/collections';
import type { Corpus } from '../schemas/corpus';
import { collectionNames, formatProblem, readCollection, type CollectionName, type RawEntry } from './read';
import { runRules } from './rules';

/** The entry schema of each collection, from the registry. */
export const entrySchemas = Object.fromEntries(
  collectionNames.map((name) => [name, (collections[name] as CollectionSpec).schema!]),
) as { [C in CollectionName]: (typeof collections)[C]['schema'] };

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ContentError';
    // The list above is the useful part; a stack into the validator is not.
    this.stack = `${this.name}: ${this.message}`;
  }
}

function fieldPath(path: PropertyKey[]): string | null {
  return path.length ? path.map(String).join('.') : null;
}

/** Validates entries one by one; keeps the valid ones and reports the rest. */
export function validateEntries<C extends CollectionName>(collection: C, entries: RawEntry[]) {
  const valid: Array<Corpus[C][number]> = [];
  const problems: string[] = [];
  for (const entry of entries) {
    const result = entrySchemas[collection].safeParse(entry.data);
    if (result.success) valid.push({ ...(result.data as object), id: entry.id, file: entry.file } as Corpus[C][number]);
    else
      for (const issue of result.error.issues)
        problems.push(formatProblem(entry.file, entry.id, fieldPath(issue.path), issue.message));
  }
  return { valid, problems };
}

/** Applies the rules between collections (`./rules/`); problems name the entry they belong to. */
export function crossCheck(corpus: Corpus): string[] {
  return runRules(corpus);
}

/** Reads, validates and cross-checks `content/` under `root`. */
export async function loadCorpus(root: string): Promise<{ corpus: Corpus; problems: string[] }> {
  const corpus = {} as Corpus;
  const problems: string[] = [];
  for (const name of collectionNames) {
    const read = await readCollection(root, name);
    const checked = validateEntries(name, read.entries);
    problems.push(...read.problems, ...checked.problems);
    (corpus as unknown as Record<string, unknown>)[name] = checked.valid;
  }
  // Rules between collections run on a corpus whose entries are all valid; otherwise one broken
  // file would be reported again by every entry that refers to it.
  if (problems.length === 0) problems.push(...crossCheck(corpus));
  return { corpus, problems };
}

/** Like loadCorpus, but throws a ContentError listing every problem. */
export async function loadValidCorpus(root: string): Promise<Corpus> {
  const { corpus, problems } = await loadCorpus(root);
  if (problems.length) throw new ContentError(problems);
  return corpus;
}
