/**
 * Passage files: what a hit shows (its text, sentences, place and translations; see `Passage` in
 * ./records.ts) in one file per source and language (figures and recommendations: one per language),
 * beside Pagefind's index. A search loads the files of its hits; the searches that follow find most of
 * their passages in files already loaded. Pagefind's own fragments (one file per record) stay unread.
 *
 * The page finds a hit's passage through the manifest: for each file, the Pagefind ids (a search
 * result's `id`, the name of its fragment) of its passages in order. Pure, and safe for the page to
 * import (types and names); ./write-index.ts writes the files.
 */
import type { Locale } from '../i18n/locales';
import type { Passage, SearchRecord } from './records';

/** Where the manifest is (fixed name, revalidated) and the folder of the files it names (content-hashed, kept). */
export const manifestPath = 'passages.json';
export const filesFolder = 'passages';

/** The passages of one file, in the manifest's order. */
export interface PassageFile {
  lang: Locale;
  passages: Passage[];
}

export interface PassageManifest {
  /** Passage files by key (`ru-tip-2023`, see fileKey): the file's name and the Pagefind ids of its passages, in order. */
  files: Record<string, { name: string; ids: string[] }>;
}

/**
 * The file a passage goes in: a source's passages in one language (`ru-tip-2023`), or a language's figures
 * and recommendations (`ru-derived`). The same unit in another language is in that language's file of the
 * same name (what the page reads a translation from).
 */
export const fileKey = (lang: Locale, passage: Pick<Passage, 'kind' | 'source'>) =>
  `${lang}-${passage.kind === 'segment' ? passage.source : 'derived'}`;

/** The language of a file key (`ru-tip-2023` → `ru`). */
export const keyLanguage = (key: string) => key.slice(0, key.indexOf('-')) as Locale;

/** The key of the same file in another language (`ru-tip-2023` → `kk-tip-2023`): where a unit's translation is. */
export const keyIn = (key: string, lang: Locale) => `${lang}${key.slice(key.indexOf('-'))}`;

/**
 * The manifest and the files (name → JSON text) for these records, given each record's Pagefind id by
 * URL; `name` names a file from its key and content (write-index.ts adds a content hash, so a file can be
 * kept for a year). Problems (a record Pagefind wrote no fragment for) are listed, one per record.
 */
export function passageFiles(
  records: readonly SearchRecord[],
  idOf: ReadonlyMap<string, string>,
  name: (key: string, json: string) => string,
): { manifest: PassageManifest; files: Map<string, string>; problems: string[] } {
  const problems: string[] = [];
  const groups = new Map<string, { lang: Locale; ids: string[]; passages: Passage[] }>();
  for (const record of records) {
    const id = idOf.get(record.url);
    if (!id) {
      problems.push(`search index: no Pagefind fragment for the record ${record.url}`);
      continue;
    }
    const key = fileKey(record.lang, record.passage);
    const group = groups.get(key) ?? { lang: record.lang, ids: [], passages: [] };
    group.ids.push(id);
    group.passages.push(record.passage);
    groups.set(key, group);
  }
  const manifest: PassageManifest = { files: {} };
  const files = new Map<string, string>();
  for (const [key, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const json = JSON.stringify({ lang: group.lang, passages: group.passages } satisfies PassageFile);
    const file = name(key, json);
    files.set(file, json);
    manifest.files[key] = { name: file, ids: group.ids };
  }
  return { manifest, files, problems };
}
