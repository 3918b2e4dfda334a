// The search bundle must exist in dist: Pagefind's files, the one index that holds every language
// (src/search/records.ts), records of every language of the site in it, and the passage files the page
// shows hits from (src/search/passage-files.ts): every record's passage, found by its Pagefind id.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The language filter of a Pagefind fragment file (gzip of "pagefind_dcd" + JSON), or null. */
async function fragmentLanguage(file) {
  try {
    const data = gunzipSync(await readFile(file));
    return JSON.parse(data.subarray(12).toString('utf8')).filters?.lang?.[0] ?? null;
  } catch {
    return null;
  }
}

export async function searchBundleProblems(dist, files, locales) {
  const problems = [];
  for (const needed of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json'])
    if (!files.includes(needed)) problems.push(`dist/${needed} is missing: run Pagefind (npm run build does)`);
  const entry = await readFile(path.join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')
    .then(JSON.parse)
    .catch(() => null);
  if (!entry) return problems;
  const indexes = Object.entries(entry.languages ?? {});
  if (indexes.length !== 1) {
    problems.push(`the search should be one index for all languages (pagefind-entry.json lists ${indexes.map(([l]) => l).join(', ') || 'none'})`);
    return problems;
  }
  const [[name, index]] = indexes;
  if (!index.page_count) problems.push(`the search index ${name} holds no records`);
  if (!files.includes(`pagefind/pagefind.${index.hash}.pf_meta`)) problems.push(`the search index pagefind/pagefind.${index.hash}.pf_meta is missing`);
  const found = new Set();
  const fragments = files.filter((f) => f.startsWith('pagefind/fragment/'));
  for (const file of fragments) found.add(await fragmentLanguage(path.join(dist, file)));
  for (const lang of locales) if (!found.has(lang)) problems.push(`the search index holds no ${lang} record`);
  problems.push(...(await passageProblems(dist, files, fragments)));
  return problems;
}

/** The passage manifest names a file for every record, each file exists and holds one passage per id. */
async function passageProblems(dist, files, fragments) {
  const manifest = await readFile(path.join(dist, 'pagefind', 'passages.json'), 'utf8')
    .then(JSON.parse)
    .catch(() => null);
  if (!manifest?.files) return ['dist/pagefind/passages.json is missing or unreadable: the search page cannot show hits'];
  const problems = [];
  const listed = new Set();
  for (const [key, { name, ids }] of Object.entries(manifest.files)) {
    ids.forEach((id) => listed.add(id));
    const file = `pagefind/passages/${name}`;
    if (!files.includes(file)) {
      problems.push(`the passage file ${file} (${key}) is missing`);
      continue;
    }
    const passages = await readFile(path.join(dist, file), 'utf8')
      .then((text) => JSON.parse(text).passages)
      .catch(() => null);
    if (passages?.length !== ids.length)
      problems.push(`the passage file ${file} holds ${passages?.length ?? 'no'} passages for ${ids.length} records`);
  }
  for (const fragment of fragments) {
    const id = path.basename(fragment, '.pf_fragment');
    if (!listed.has(id)) problems.push(`the search record ${id} has no passage in dist/pagefind/passages.json`);
  }
  return problems;
}
