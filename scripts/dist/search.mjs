// The search bundle must exist in dist, with an index for every language of the site.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export async function searchBundleProblems(dist, files, locales) {
  const problems = [];
  for (const needed of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json'])
    if (!files.includes(needed)) problems.push(`dist/${needed} is missing: run Pagefind (npm run build does)`);
  const entry = await readFile(path.join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')
    .then(JSON.parse)
    .catch(() => null);
  if (!entry) return problems;
  for (const lang of locales) {
    const index = entry.languages?.[lang];
    if (!index || !index.page_count) problems.push(`the search has no ${lang} index (pagefind-entry.json lists ${Object.keys(entry.languages ?? {}).join(', ') || 'none'})`);
    else if (!files.includes(`pagefind/pagefind.${index.hash}.pf_meta`))
      problems.push(`the ${lang} search index pagefind/pagefind.${index.hash}.pf_meta is missing`);
  }
  return problems;
}
