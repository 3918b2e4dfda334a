/**
 * Reads `content/` from disk into raw entries (not yet validated), each carrying its file path.
 * Used by the Astro content loaders and by the unit tests, so both see exactly the same data.
 *
 * Every file goes through the same gate first: invisible characters and mixed-script words are
 * reported with line and column (`lang/unicode.ts`), the text is normalised to NFC, JSON is read
 * strictly (`./json.ts`). Which folders and files may exist comes from the registry.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { normaliseText, unicodeProblems } from '../lang/unicode';
import { collections, contentFolders, type CollectionName, type CollectionSpec } from '../schemas/collections';
import { parseJson } from './json';
import { parseText, type Problem } from './segments';

export { collectionNames, type CollectionName } from '../schemas/collections';

export interface RawEntry {
  /** Entry id: file name for one-entry files, the `id` field for list files, `source/lang` for texts. */
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: unknown;
  /** True when reading the file found a problem: the entry is validated, but rules treat it as broken. */
  damaged?: boolean;
}

export interface ReadResult {
  entries: RawEntry[];
  /** Problems found while reading (bad JSON, bad Markdown, invisible characters, misplaced files). */
  problems: string[];
  /** Ids of entries that could not be read at all (a one-entry file that is not JSON). */
  unreadable: string[];
}

export function formatProblem(file: string, entry: string | null, field: string | null, message: string): string {
  return [file, entry && `entry "${entry}"`, field && `field "${field}"`].filter(Boolean).join(' › ') + `: ${message}`;
}

/** Files under `dir`, relative, with `/` separators; dotfiles (editor and OS litter) are not content. */
async function listFiles(dir: string): Promise<string[]> {
  let found;
  try {
    found = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return found
    .filter((d) => !d.isDirectory())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .filter((name) => !name.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/** What a folder's files must look like, for messages and checks. */
function expectedName(collection: string, spec: CollectionSpec): { test: (name: string) => boolean; hint: string } {
  const layout = spec.layout;
  switch (layout.kind) {
    case 'text':
      return { test: (n) => /^[^/]+\/[^/]+\.md$/.test(n), hint: `content/${collection}/<source-id>/<lang>.md files` };
    case 'raw':
      return {
        test: (n) => n === 'README.md' || (!n.includes('/') && n.endsWith(layout.extension)),
        hint: `${layout.extension} files and a README.md`,
      };
    default:
      return { test: (n) => !n.includes('/') && n.endsWith('.json'), hint: `<name>.json files` };
  }
}

/** Reads a file through the Unicode gate; returns NFC text with the reported invisibles removed. */
async function readText(
  root: string,
  file: string,
  problems: string[],
  entry: string | null,
): Promise<{ text: string; clean: boolean }> {
  const raw = await readFile(path.join(root, file), 'utf8');
  const found = unicodeProblems(raw);
  for (const p of found) problems.push(formatProblem(`${file}:${p.line}:${p.column}`, entry, null, p.message));
  // The invisibles are errors (reported above); they are removed only so that the rest of the file is
  // checked as the editor sees it, instead of failing again on every quote that crosses them.
  const visible = raw.replace(/[\u00ad\u034f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, '');
  return { text: normaliseText(visible), clean: found.length === 0 };
}

export async function readCollection(root: string, collection: CollectionName): Promise<ReadResult> {
  const spec = collections[collection] as CollectionSpec;
  const dir = path.join(root, 'content', collection);
  const entries: RawEntry[] = [];
  const problems: string[] = [];
  const unreadable: string[] = [];
  const relative = (name: string) => `content/${collection}/${name}`;
  const expected = expectedName(collection, spec);
  const layout = spec.layout;

  for (const name of await listFiles(dir)) {
    const file = relative(name);
    if (!expected.test(name)) {
      problems.push(
        formatProblem(file, null, null, `is not where it belongs: content/${collection}/ holds only ${expected.hint}`),
      );
      continue;
    }
    if (layout.kind === 'text') {
      const id = name.replace(/\.md$/, '');
      const { text, clean } = await readText(root, file, problems, id);
      const parsed = parseText(text);
      problems.push(...parsed.problems.map((p: Problem) => formatProblem(`${file}:${p.line}`, id, null, p.message)));
      const [sourceFromPath, langFromPath] = id.split('/');
      entries.push({
        id,
        file,
        damaged: !clean || parsed.problems.length > 0,
        data: {
          ...(parsed.frontmatter as object),
          segments: parsed.segments,
          pathSource: sourceFromPath,
          pathLang: langFromPath,
        },
      });
      continue;
    }
    const stem = name.replace(/\.json$/, '');
    const { text, clean } = await readText(root, file, problems, null);
    if (!text.trim()) {
      problems.push(formatProblem(file, null, null, 'is empty: delete the file, or give it content'));
      if (layout.kind === 'entry') unreadable.push(stem);
      continue;
    }
    const parsed = parseJson(text);
    for (const p of parsed.problems)
      problems.push(
        formatProblem(`${file}:${p.line}:${p.column}`, null, null, `${parsed.ok ? '' : 'is not valid JSON: '}${p.message}`),
      );
    if (!parsed.ok) {
      if (layout.kind === 'entry') unreadable.push(stem);
      continue;
    }
    const damaged = !clean || parsed.problems.length > 0;
    const data = parsed.value;
    if (layout.kind !== 'list') {
      entries.push({ id: stem, file, data, damaged });
      continue;
    }
    if (!Array.isArray(data)) {
      problems.push(formatProblem(file, null, null, `must be a JSON array of ${collection}`));
      continue;
    }
    if (data.length === 0) {
      problems.push(formatProblem(file, null, null, `holds no ${collection}: delete the file, or add the entries`));
      continue;
    }
    data.forEach((item, index) => {
      const itemId = typeof item?.id === 'string' ? item.id : `#${index + 1}`;
      const value = layout.fileField && item && typeof item === 'object' ? { ...item, [layout.fileField]: stem } : item;
      entries.push({ id: itemId, file, data: value, damaged });
    });
  }
  return { entries, problems, unreadable };
}

/** Folders and files directly under `content/` that the registry does not know. */
export async function unknownContent(root: string): Promise<string[]> {
  const known = new Set<string>(contentFolders);
  let names: Array<{ name: string; isDirectory(): boolean }>;
  try {
    names = await readdir(path.join(root, 'content'), { withFileTypes: true });
  } catch {
    return ['content/: the folder does not exist'];
  }
  const problems: string[] = [];
  for (const entry of names.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) {
      if (!known.has(entry.name))
        problems.push(
          formatProblem(
            `content/${entry.name}/`,
            null,
            null,
            `is not a known folder (known: ${contentFolders.join(', ')}); rename it, or register the collection in src/schemas/collections.ts`,
          ),
        );
    } else if (entry.name !== 'README.md')
      problems.push(
        formatProblem(
          `content/${entry.name}`,
          null,
          null,
          'is not where it belongs: content/ holds only its folders and README.md',
        ),
      );
  }
  return problems;
}

/** Raw folders (`layout.kind === 'raw'`): the files they hold, for the checks that need them. */
export async function rawFiles(root: string, folder: string): Promise<string[]> {
  return listFiles(path.join(root, 'content', folder));
}
