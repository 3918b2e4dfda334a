/**
 * The corpus as pages see it: Astro's content collections, assembled and cross-checked once per build.
 */
import { getCollection, type CollectionKey } from 'astro:content';
import { locales } from '../i18n/locales';
import { collectionNames } from '../schemas/collections';
import type { Corpus, Located } from '../schemas/corpus';
import { contentDate } from './date';
import { ContentError, crossCheck } from './load';

let cached: Promise<Corpus> | undefined;

async function assemble(): Promise<Corpus> {
  const located = async <T>(name: CollectionKey) =>
    (await getCollection(name)).map(
      // The loader keeps each entry's own id in its data (store keys of list collections also name the file).
      (entry) => ({ ...(entry.data as object), id: (entry.data as { id?: string }).id ?? entry.id }) as Located<T>,
    );
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

/** Static paths for a page that exists once per source and locale: `export const getStaticPaths = sourceStaticPaths;`. */
export async function sourceStaticPaths() {
  const corpus = await getCorpus();
  return locales.flatMap((locale) =>
    corpus.sources.map((source) => ({ params: { locale, source: source.id }, props: { locale, sourceId: source.id } })),
  );
}
