/**
 * Astro content loaders over `content/`: the same reader and validators as the tests,
 * so a bad file fails `astro build` with the same message as `npm run test:unit`.
 */
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { ContentError, validateEntries } from './load';
import { collections } from '../schemas/collections';
import { readCollection, type CollectionName } from './read';

export function contentLoader(collection: CollectionName): Loader {
  return {
    name: `content-${collection}`,
    async load({ config, store, parseData }) {
      const root = fileURLToPath(config.root);
      const read = await readCollection(root, collection);
      const problems = [...read.problems, ...validateEntries(collection, read.entries).problems];
      if (problems.length) throw new ContentError(problems);
      store.clear();
      for (const entry of read.entries) {
        // Ids of some list collections (ledger, alignments) are unique per file only: key the store by file too,
        // so two sources' `footnote-1` do not overwrite each other. Pages read the id from the entry itself.
        const key = collections[collection].layout.kind === 'list' ? `${entry.file}#${entry.id}` : entry.id;
        const data = await parseData({ id: key, data: entry.data as Record<string, unknown>, filePath: entry.file });
        store.set({ id: key, data: { ...data, id: entry.id, file: entry.file }, filePath: entry.file });
      }
    },
  };
}
