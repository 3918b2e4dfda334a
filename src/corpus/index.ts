/**
 * The corpus as pages see it: Astro's content collections, assembled and cross-checked once per build.
 */
import { getCollection, type CollectionKey } from 'astro:content';
import { collectionNames } from '../schemas/collections';
import type { Corpus, Located } from '../schemas/corpus';
import { contentDate } from './date';
import { ContentError, crossCheck } from './load';

let cached: Promise<Corpus> | undefined;

async function assemble(): Promise<Corpus> {
  const located = async <T>(name: CollectionKey) =>
    (await getCollection(name)).map((entry) => ({ ...(entry.data as object), id: entry.id }) as Located<T>);
  const corpus = Object.fromEntries(
    await Promise.all(collectionNames.map(async (name) => [name, await located(name)])),
  ) as Corpus;
  const problems = crossCheck(corpus);
  if (problems.length) throw new ContentError(problems);
  return corpus;
}

export function getCorpus(): Promise<Corpus> {
  cached ??= assemble();
  return cached;
}

/** The citations' "accessed" date: when the content last changed, never the build's clock (`./date.ts`). */
export async function getContentDate(): Promise<Date> {
  const corpus = await getCorpus();
  // Publication dates have the precision the source gives ("2023", "2023-06"): complete them.
  const full = (date: string) => date + '-01-01'.slice(date.length - 4);
  return contentDate(process.cwd(), () =>
    corpus.sources
      .map((s) => full(s.published))
      .sort()
      .at(-1),
  );
}
