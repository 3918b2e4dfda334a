/**
 * Writes the search index after the site is built: Pagefind's bundle (`dist/pagefind/`) from the corpus,
 * one record per passage per language, figure quote and recommendation text (./records.ts), and beside
 * it the passage files that hold what hits show (./passage-files.ts).
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { Corpus } from '../schemas/corpus';
import { filesFolder, manifestPath, passageFiles } from './passage-files';
import { searchRecords } from './records';

/**
 * Index words per chunk file. Pagefind's default (20 000) puts this corpus in one or two large chunks;
 * smaller chunks mean a query fetches only the part of the index its words are in.
 */
const chunkSize = 2500;

/**
 * The Pagefind id (a search result's `id`) of each record, by URL, read from the fragments Pagefind
 * wrote (`fragment/<id>.pf_fragment`: gzip of a signature and the record as JSON). A fragment that
 * cannot be read is a problem, not skipped.
 */
export function fragmentIds(files: ReadonlyArray<{ path: string; content: Uint8Array }>): {
  ids: Map<string, string>;
  problems: string[];
} {
  const ids = new Map<string, string>();
  const problems: string[] = [];
  for (const file of files) {
    const match = /^fragment\/(.+)\.pf_fragment$/.exec(file.path.replace(/\\/g, '/'));
    if (!match) continue;
    try {
      const text = gunzipSync(file.content).toString('utf8');
      const url = (JSON.parse(text.slice(text.indexOf('{'))) as { url?: unknown }).url;
      if (typeof url !== 'string') throw new Error('no url');
      ids.set(url, match[1]!);
    } catch (error) {
      problems.push(`search index: cannot read the Pagefind fragment ${file.path} (${(error as Error).message})`);
    }
  }
  return { ids, problems };
}

export async function writeSearchIndex(corpus: Corpus, outputPath: string): Promise<{ records: number; errors: string[] }> {
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(chunkSize);
  const errors: string[] = [];
  const { index, errors: created } = await pagefind.createIndex({});
  errors.push(...created);
  if (!index) return { records: 0, errors };
  const records = searchRecords(corpus);
  for (const { url, content, language, filters } of records)
    errors.push(...(await index.addCustomRecord({ url, content, language, filters })).errors);
  errors.push(...(await index.writeFiles({ outputPath })).errors);
  const written = await index.getFiles();
  errors.push(...written.errors);
  await pagefind.close();
  const { ids, problems } = fragmentIds(written.files);
  const {
    manifest,
    files,
    problems: missing,
  } = passageFiles(records, ids, (key, json) => `${key}.${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json`);
  errors.push(...problems, ...missing);
  await mkdir(path.join(outputPath, filesFolder), { recursive: true });
  for (const [name, json] of files) await writeFile(path.join(outputPath, filesFolder, name), json);
  await writeFile(path.join(outputPath, manifestPath), JSON.stringify(manifest));
  return { records: records.length, errors };
}
