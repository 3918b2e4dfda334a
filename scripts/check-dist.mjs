// Checks the built site (dist/) after `astro build` + Pagefind:
//   links and anchors resolve, published permalinks survive (tests/permalinks.json), HTML is valid,
//   no inline scripts or third-party resources. Prints a summary; exits 1 on any failure.
//   --update-manifest adds new permalinks to tests/permalinks.json (it never removes one).
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { brokenLinks, lostPermalinks, permalinkAnchors, permalinks, scanHtml } from './dist/links.mjs';
import { cspProblems, thirdPartyProblems } from './dist/security.mjs';
import { redirectProblems } from './dist/redirects.mjs';
import { searchBundleProblems } from './dist/search.mjs';
import { parseRedirects } from './headers.mjs';
import { locales } from '../src/i18n/locales.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const manifestFile = path.join(root, 'tests', 'permalinks.json');
const update = process.argv.includes('--update-manifest');

const files = (await readdir(dist, { recursive: true })).map((f) => f.split(path.sep).join('/'));
const pages = new Map();
for (const file of files) {
  if (!file.endsWith('.html')) {
    pages.set(file, { ids: new Set(), links: [] });
    continue;
  }
  const html = await readFile(path.join(dist, file), 'utf8');
  pages.set(file, { ...scanHtml(html), anchors: permalinkAnchors(html), html });
}
const htmlFiles = files.filter((f) => f.endsWith('.html'));

const sections = [];
const report = (name, problems) => sections.push({ name, problems });

report('links and anchors', brokenLinks(pages));

const current = permalinks(pages);
const manifestText = await readFile(manifestFile, 'utf8').catch(() => null);
if (manifestText === null) {
  // Without the manifest nothing protects the published addresses: that is a failure, not a fresh start.
  console.log(`✗ ${path.relative(root, manifestFile)} is missing: restore it (git checkout -- tests/permalinks.json)`);
  process.exit(1);
}
const manifest = JSON.parse(manifestText);
const lost = lostPermalinks(manifest, current).map(
  (link) => `${link} was published and is gone: restore it, or add a redirect for it in tests/permalinks.json`,
);
report('permalinks', lost);
const hostRedirects = parseRedirects(await readFile(path.join(dist, '_redirects'), 'utf8').catch(() => ''));
report('permalink redirects (pages and _redirects)', redirectProblems(manifest, { pages, hostRedirects, current }));
report('search bundle (Pagefind, one index holding every language)', await searchBundleProblems(dist, files, locales));
const added = current.filter((link) => !manifest.permalinks.includes(link));
if (update && added.length) {
  manifest.permalinks = [...new Set([...manifest.permalinks, ...added])].sort();
  await writeFile(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
}

const validator = new HtmlValidate(new FileSystemConfigLoader());
const htmlProblems = [];
for (const file of htmlFiles) {
  const result = await validator.validateString(pages.get(file).html, path.join(dist, file));
  for (const message of result.results.flatMap((r) => r.messages))
    if (message.severity === 2)
      htmlProblems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
}
report('HTML validity (html-validate)', htmlProblems);

report(
  'Content-Security-Policy',
  htmlFiles.flatMap((f) => cspProblems(f, pages.get(f).html)),
);
report(
  'third-party resources',
  htmlFiles.flatMap((f) => thirdPartyProblems(f, pages.get(f).html)),
);

let failed = 0;
console.log(
  `dist: ${htmlFiles.length} pages, ${files.length} files; ${current.length} permalinks (${added.length} not yet in the manifest${update ? ', added' : ''})`,
);
for (const { name, problems } of sections) {
  console.log(`${problems.length ? '✗' : '✓'} ${name}${problems.length ? `: ${problems.length} problem(s)` : ''}`);
  for (const problem of problems.slice(0, 50)) console.log(`    ${problem}`);
  if (problems.length > 50) console.log(`    … and ${problems.length - 50} more`);
  failed += problems.length;
}
if (added.length && !update)
  console.log(`  note: run "npm run test:dist -- --update-manifest" to record ${added.length} new permalink(s)`);
console.log(
  `${sections.length - sections.filter((s) => s.problems.length).length} passed, ${sections.filter((s) => s.problems.length).length} failed`,
);
process.exit(failed ? 1 : 0);
