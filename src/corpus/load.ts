/**
 * Validation of the whole corpus, shared by the build (Astro loaders and the corpus integration)
 * and the unit tests. Every problem is reported with its file, entry and field; all are listed at once.
 */
import { collections, type CollectionSpec } from '../schemas/collections';
import type { Corpus } from '../schemas/corpus';
import { checkRawFolders } from './originals';
import { collectionNames, formatProblem, readCollection, unknownContent, type CollectionName, type RawEntry } from './read';
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

/** Validates entries one by one; keeps the valid ones, reports the rest and names the broken ones. */
export function validateEntries<C extends CollectionName>(collection: C, entries: RawEntry[]) {
  const valid: Array<Corpus[C][number]> = [];
  const problems: string[] = [];
  const broken = new Set<string>();
  for (const entry of entries) {
    const result = entrySchemas[collection].safeParse(entry.data);
    if (result.success && !entry.damaged)
      valid.push({ ...(result.data as object), id: entry.id, file: entry.file } as Corpus[C][number]);
    else broken.add(entry.id);
    if (!result.success)
      for (const issue of result.error.issues)
        problems.push(formatProblem(entry.file, entry.id, fieldPath(issue.path), issue.message));
  }
  return { valid, problems, broken };
}

/** Applies the rules between collections (`./rules/`); problems name the entry they belong to. */
export function crossCheck(corpus: Corpus, broken?: Partial<Record<CollectionName, ReadonlySet<string>>>): string[] {
  return runRules(corpus, broken);
}

/**
 * Reads, validates and cross-checks `content/` under `root`. Every problem is listed in one run: the
 * rules between collections run on every valid entry even when others fail, and skip references to
 * the entries that failed (their own problem is already listed).
 */
export async function loadCorpus(root: string): Promise<{ corpus: Corpus; problems: string[] }> {
  const corpus = {} as Corpus;
  const broken: Partial<Record<CollectionName, ReadonlySet<string>>> = {};
  const problems: string[] = await unknownContent(root);
  for (const name of collectionNames) {
    const read = await readCollection(root, name);
    const checked = validateEntries(name, read.entries);
    problems.push(...read.problems, ...checked.problems);
    (corpus as unknown as Record<string, unknown>)[name] = checked.valid;
    broken[name] = new Set([...checked.broken, ...read.unreadable]);
  }
  problems.push(...(await checkRawFolders(root)));
  problems.push(...crossCheck(corpus, broken));
  return { corpus, problems };
}

/** Like loadCorpus, but throws a ContentError listing every problem. */
export async function loadValidCorpus(root: string): Promise<Corpus> {
  const { corpus, problems } = await loadCorpus(root);
  if (problems.length) throw new ContentError(problems);
  return corpus;
}
