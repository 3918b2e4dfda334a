/**
 * Reads `content/` from disk into raw entries (not yet validated), each carrying its file path.
 * Used by the Astro content loaders and by the unit tests, so both see exactly the same data.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { collections, type CollectionName, type CollectionSpec } from '../schemas/collections';
import { parseText, type Problem } from './segments';

export { collectionNames, type CollectionName } from '../schemas/collections';

export interface RawEntry {
  /** Entry id: file name for one-entry files, the `id` field for list files, `source/lang` for texts. */
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: unknown;
}

export interface ReadResult {
  entries: RawEntry[];
  /** Problems that stop an entry being read at all (bad JSON, bad Markdown markers). */
  problems: string[];
}

async function listFiles(dir: string, extension: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir, { recursive: true });
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith(extension))
    .map((name) => name.split(path.sep).join('/'))
    .sort();
}

export function formatProblem(file: string, entry: string | null, field: string | null, message: string): string {
  return [file, entry && `entry "${entry}"`, field && `field "${field}"`].filter(Boolean).join(' › ') + `: ${message}`;
}

export async function readCollection(root: string, collection: CollectionName): Promise<ReadResult> {
  const dir = path.join(root, 'content', collection);
  const entries: RawEntry[] = [];
  const problems: string[] = [];
  const relative = (name: string) => `content/${collection}/${name}`;

  const layout = (collections[collection] as CollectionSpec).layout;
  if (layout.kind === 'text') {
    for (const name of await listFiles(dir, '.md')) {
      const file = relative(name);
      const id = name.replace(/\.md$/, '');
      const parsed = parseText(await readFile(path.join(dir, name), 'utf8'));
      problems.push(...parsed.problems.map((p: Problem) => formatProblem(`${file}:${p.line}`, id, null, p.message)));
      const [sourceFromPath, langFromPath] = id.split('/');
      entries.push({
        id,
        file,
        data: {
          ...(parsed.frontmatter as object),
          segments: parsed.segments,
          pathSource: sourceFromPath,
          pathLang: langFromPath,
        },
      });
    }
    return { entries, problems };
  }

  for (const name of await listFiles(dir, '.json')) {
    const file = relative(name);
    const stem = name.replace(/\.json$/, '');
    let data: unknown;
    try {
      data = JSON.parse(await readFile(path.join(dir, name), 'utf8'));
    } catch (error) {
      problems.push(formatProblem(file, null, null, `is not valid JSON: ${(error as Error).message}`));
      continue;
    }
    if (layout.kind !== 'list') {
      entries.push({ id: stem, file, data });
      continue;
    }
    if (!Array.isArray(data)) {
      problems.push(formatProblem(file, null, null, `must be a JSON array of ${collection}`));
      continue;
    }
    data.forEach((item, index) => {
      const itemId = typeof item?.id === 'string' ? item.id : `#${index + 1}`;
      entries.push({ id: itemId, file, data: layout.fileField ? { ...item, [layout.fileField]: stem } : item });
    });
  }
  return { entries, problems };
}
