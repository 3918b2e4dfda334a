/**
 * Writes the search index (Pagefind's bundle, `dist/pagefind/`) from the corpus after the site is
 * built: one record per passage per language, figure quote and recommendation text (./records.ts).
 */
import * as pagefind from 'pagefind';
import type { Corpus } from '../schemas/corpus';
import { searchRecords } from './records';

/**
 * Index words per chunk file. Pagefind's default (20 000) puts this corpus in one or two large chunks;
 * smaller chunks mean a query fetches only the part of the index its words are in.
 */
const chunkSize = 2500;

export async function writeSearchIndex(corpus: Corpus, outputPath: string): Promise<{ records: number; errors: string[] }> {
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(chunkSize);
  const errors: string[] = [];
  const { index, errors: created } = await pagefind.createIndex({});
  errors.push(...created);
  if (!index) return { records: 0, errors };
  const records = searchRecords(corpus);
  for (const record of records) errors.push(...(await index.addCustomRecord(record)).errors);
  errors.push(...(await index.writeFiles({ outputPath })).errors);
  await pagefind.close();
  return { records: records.length, errors };
}
