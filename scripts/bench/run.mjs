// `npm run bench`: builds the site, then prints and records
//   1. build scaling: build + index time and index size, real corpus and synthetic N = 10, 100, 500
//   2. page weight: HTML + CSS + JS (gzip) per page type; JS on pages other than search
//   3. search: bytes fetched for the first query and time to first results (median of 5)
//   4. Lighthouse scores per page type and locale
// Options: --only=scaling,weight,search,lighthouse  --sizes=10,100,500  --locales=kk,ru,en
//   Lighthouse: --form=mobile,desktop  --pages=home,parallel,findings,metric,recommendation,recommendations,
//   search,glossary,about  --runs=3 (median performance run kept)  --reports=<dir> (full JSON of kept runs)
// --no-build measures the dist/ already there (when only Lighthouse or search is asked).
// Results go to bench/results/<date>.json and .md so runs can be compared. Nothing is asserted.
import { execFileSync } from 'node:child_process';
import { readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { benchLighthouse } from './lighthouse.mjs';
import { benchSearch } from './search.mjs';
import { syntheticProject } from './synthetic.mjs';
import { pageWeights, readerBudget } from './weight.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const only = arg('only', 'scaling,weight,search,lighthouse').split(',');
const sizes = arg('sizes', '10,100,500').split(',').map(Number);
const locales = arg('locales', 'kk,ru,en').split(',');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

async function dirSize(dir) {
  let total = 0;
  for (const name of await readdir(dir, { recursive: true })) {
    const info = await stat(path.join(dir, name));
    if (info.isFile()) total += info.size;
  }
  return total;
}

function timed(command, args, cwd) {
  const started = performance.now();
  execFileSync(command, args, { cwd, env, stdio: 'pipe', maxBuffer: 1 << 28 });
  return (performance.now() - started) / 1000;
}

async function buildAndIndex(cwd, label) {
  process.stdout.write(`  building ${label}… `);
  // The search index is written by the build itself (src/search/write-index.ts), so its time is included.
  const build = timed('npx', ['astro', 'build'], cwd);
  const pages = (await readdir(path.join(cwd, 'dist'), { recursive: true })).filter((f) => f.endsWith('.html')).length;
  const indexKB = Math.round((await dirSize(path.join(cwd, 'dist', 'pagefind'))) / 1024);
  console.log(`${build.toFixed(1)} s`);
  return { corpus: label, pages, buildAndIndexSeconds: +build.toFixed(1), indexKB };
}

const results = { date: new Date().toISOString(), node: process.version };
const tables = [];
const show = (title, rows) => {
  console.log(`\n${title}`);
  console.table(rows);
  tables.push({ title, rows });
};

if (only.includes('scaling')) {
  console.log('Build scaling');
  const rows = [await buildAndIndex(root, 'real (4 sources)')];
  for (const n of sizes) {
    const dir = await syntheticProject(root, n);
    rows.push(await buildAndIndex(dir, `synthetic ${n} × 3 languages`));
    await rm(dir, { recursive: true, force: true });
  }
  results.scaling = rows;
  show('Build scaling (2-core machine; real corpus target: well under a minute)', rows);
} else if (!process.argv.includes('--no-build')) {
  execFileSync('npm', ['run', 'build'], { cwd: root, env, stdio: 'ignore' });
}

const dist = path.join(root, 'dist');
if (only.includes('weight')) {
  const { corpus } = await import('./corpus.mjs');
  const rec = corpus.recommendations[0].id;
  const rows = await pageWeights(dist, [
    ['home', 'en'],
    ['sources index', 'en/sources'],
    ['parallel view (tip-2023)', 'en/sources/tip-2023'],
    ['parallel view (journal)', 'en/sources/journal-2026'],
    ['findings matrix', 'en/findings'],
    ['metric page', `en/findings/metrics/${corpus.metrics[0].id}`],
    ['recommendations', 'en/recommendations'],
    ['recommendation', `en/recommendations/${rec}`],
    ['search', 'en/search'],
  ]);
  results.weight = rows;
  show(
    'Page weight, bytes gzip (target: JS under 5 KB on pages other than search)',
    rows.map((r) => ({ ...r, 'js < 5 KB': r.page === 'search' ? '—' : r.js < 5120 ? 'yes' : 'NO' })),
  );
  const budgets = [];
  for (const source of corpus.sources)
    for (const locale of ['kk', 'ru', 'en']) {
      const html = await readFile(path.join(dist, locale, 'sources', source.id, 'index.html'), 'utf8');
      budgets.push({ page: `/${locale}/sources/${source.id}/`, ...readerBudget(html) });
    }
  results.readerBudget = budgets;
  show('Reader pages: HTML gzip vs 1.3 × gzip(visible text) + 15 kB', budgets);
}

if (only.includes('search')) {
  const rows = await benchSearch(dist);
  results.search = rows;
  show('Search: ours against plain Pagefind, first query cold and a warm follow-up (median of 5, interleaved)', rows);
}

if (only.includes('lighthouse')) {
  const { corpus } = await import('./corpus.mjs');
  const runs = Number(arg('runs', '3'));
  const rows = await benchLighthouse(dist, {
    locales,
    forms: arg('form', 'mobile,desktop').split(','),
    pages: arg('pages', '').split(',').filter(Boolean),
    runs,
    reports: arg('reports', '') || undefined,
    recommendation: corpus.recommendations[0].id,
    metric: corpus.metrics[0].id,
  });
  results.lighthouse = rows;
  show(`Lighthouse, median of ${runs} runs by performance (target 100 in every category)`, rows);
}

const stamp = results.date.replace(/[:.]/g, '-');
await writeFile(path.join(root, 'bench', 'results', `${stamp}.json`), JSON.stringify(results, null, 2) + '\n');
const markdown = [
  `# Benchmark ${results.date} (Node ${results.node})`,
  ...tables.map(({ title, rows }) => {
    const keys = Object.keys(rows[0] ?? {});
    return [
      `\n## ${title}\n`,
      `| ${keys.join(' | ')} |`,
      `| ${keys.map(() => '---').join(' | ')} |`,
      ...rows.map((r) => `| ${keys.map((k) => r[k]).join(' | ')} |`),
    ].join('\n');
  }),
].join('\n');
await writeFile(path.join(root, 'bench', 'results', `${stamp}.md`), markdown + '\n');
console.log(`\nRecorded bench/results/${stamp}.json and .md`);
