// Search benchmark on the built site (`npm run build` first): our search page against plain Pagefind on
// the same site, same queries, interleaved, each run in a new browser context (cold cache), served like
// a static host with gzip (serve.mjs). Prints figures; asserts nothing.
//
// Plain Pagefind is Pagefind as it comes: `pagefind --site dist` over the same pages (their
// data-pagefind-body markup), written to a scratch folder for the run only, and asked through its own
// JS API from a blank page of the query's language, loading the first five results (what its UI shows).
// Ours is the search page: index loaded on focus, query typed, first results drawn.
//   node scripts/bench/search.mjs [--runs=5]
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { chromePath, chromeFlags } from '../chromium.mjs';
import { serve } from './serve.mjs';

/** One language: the index of the query's language (ours: the language filter). */
export const searchQueries = [
  { label: 'ru words', lang: 'ru', q: 'торговля людьми', next: 'приюты финансирование' },
  { label: 'kk words', lang: 'kk', q: 'құрбандары', next: 'баспаналар' },
  { label: 'en words', lang: 'en', q: 'forced labour', next: 'pretrial investigations' },
];

/** A reader typing: a key every 60 ms, and the pause after which both searches run (the page waits 250 ms). */
const typingDelay = 60;
const typingPause = 250;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const kb = (bytes) => Math.round(bytes / 102.4) / 10;

/** Counts the bytes of every response (body as sent, plus headers) and knows when the network is quiet. */
function meter(page) {
  let bytes = 0;
  let pending = 0;
  let last = performance.now();
  const settle = () => {
    pending--;
    last = performance.now();
  };
  page.on('request', () => {
    pending++;
    last = performance.now();
  });
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => null);
    if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    settle();
  });
  page.on('requestfailed', settle);
  return {
    reset: () => (bytes = 0),
    read: () => bytes,
    async quiet(quietMs = 400, timeoutMs = 15_000) {
      const started = performance.now();
      while (performance.now() - started < timeoutMs) {
        if (pending <= 0 && performance.now() - last >= quietMs) return;
        await new Promise((r) => setTimeout(r, 25));
      }
    },
  };
}

/** Plain Pagefind: first query and a warm follow-up; time to five results with their data. */
async function plainRun(browser, base, { lang, q, next }) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.route(`${base}/blank/`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>plain</title></head><body></body></html>`,
    }),
  );
  const network = meter(tab);
  await tab.goto(`${base}/blank/`);
  await network.quiet(200);
  network.reset();
  const ask = (query) =>
    tab.evaluate(async (query) => {
      const started = performance.now();
      const pagefind = (window.pf ??= await import('/pagefind-plain/pagefind.js'));
      const response = await pagefind.search(query);
      await Promise.all(response.results.slice(0, 5).map((r) => r.data()));
      return { ms: performance.now() - started, count: response.results.length };
    }, query);
  const first = await ask(q);
  await network.quiet();
  const bytes = network.read();
  const warm = await ask(next);
  // Typed: the follow-up as a reader types it, through Pagefind's own debounced search (it fetches the
  // chunks of each prefix as the keys come); timed from the end of the pause to five results.
  const typed = await tab.evaluate(
    async ({ query, pause, keyDelay }) => {
      const pagefind = window.pf;
      let last = 0;
      let response = null;
      const calls = [];
      for (let i = 1; i <= query.length; i++) {
        last = performance.now();
        calls.push(pagefind.debouncedSearch(query.slice(0, i), {}, pause));
        if (i < query.length) await new Promise((r) => setTimeout(r, keyDelay));
      }
      for (const call of calls) response = (await call) ?? response;
      await Promise.all(response.results.slice(0, 5).map((r) => r.data()));
      return performance.now() - last - pause;
    },
    { query: next, pause: typingPause, keyDelay: typingDelay },
  );
  await context.close();
  return { ms: first.ms, bytes, warm: warm.ms, typed, count: first.count };
}

/** Our search page: first query (index loading on focus) and a warm follow-up; time to drawn results. */
async function oursRun(browser, base, { lang, q, next }, all) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const network = meter(tab);
  await tab.goto(`${base}/${lang}/search/${all ? '' : `?lang=${lang}`}`, { waitUntil: 'load' });
  await network.quiet(200);
  network.reset();
  const ask = (query) =>
    tab.evaluate(async (query) => {
      const input = document.querySelector('#search-q');
      const status = document.querySelector('[data-search-status]');
      const area = document.querySelector('[data-search-area]');
      const started = performance.now();
      const drawn = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (area.querySelector('li') || (status.textContent && !status.textContent.endsWith('…'))) {
            observer.disconnect();
            resolve(undefined);
          }
        });
        observer.observe(area, { childList: true, subtree: true });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
      });
      area.replaceChildren();
      input.focus();
      input.value = query;
      input.form.requestSubmit();
      await drawn;
      return { ms: performance.now() - started, count: area.querySelectorAll('li').length };
    }, query);
  const first = await ask(q);
  await network.quiet();
  const bytes = network.read();
  const warm = await ask(next);
  // Typed: the page's own input handling (chunks fetched as the keys come, search on the pause), timed
  // from the end of the pause to the first results drawn.
  const input = tab.locator('#search-q');
  await input.fill('');
  await tab.evaluate((pause) => {
    const area = document.querySelector('[data-search-area]');
    window.lastKey = Infinity;
    document.querySelector('#search-q').addEventListener('input', () => (window.lastKey = performance.now()));
    window.drawn = new Promise((resolve) => {
      area.replaceChildren();
      // Only the search of the whole query counts (a slow key may let a part of it run first).
      const observer = new MutationObserver(() => {
        if (area.querySelector('li') && performance.now() >= window.lastKey + pause) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(area, { childList: true, subtree: true });
    });
  }, typingPause);
  await input.pressSequentially(next, { delay: typingDelay });
  const typed = await tab.evaluate((pause) => window.drawn.then((at) => at - window.lastKey - pause), typingPause);
  await context.close();
  return { ms: first.ms, bytes, warm: warm.ms, typed, count: first.count };
}

export async function benchSearch(dist, runs = 5) {
  // Plain Pagefind's bundle of the same pages, for this run only.
  const plainDir = path.join(dist, 'pagefind-plain');
  execFileSync('npx', ['pagefind', '--site', dist, '--output-subdir', 'pagefind-plain'], { stdio: 'ignore' });
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags });
  const rows = [];
  try {
    for (const query of searchQueries) {
      const samples = { plain: [], one: [], all: [] };
      for (let i = 0; i < runs; i++) {
        // Interleaved, the order turning each run, so neither side always goes first.
        const order = [
          ['plain', () => plainRun(browser, server.url, query)],
          ['one', () => oursRun(browser, server.url, query, false)],
          ['all', () => oursRun(browser, server.url, query, true)],
        ];
        for (let k = 0; k < order.length; k++) {
          const [name, run] = order[(k + i) % order.length];
          samples[name].push(await run());
        }
      }
      const m = (name, key) => median(samples[name].map((s) => s[key]));
      const plainBytes = m('plain', 'bytes');
      rows.push({
        query: `${query.label}: ${query.q}`,
        'plain: ms': Math.round(m('plain', 'ms')),
        'plain: KB': kb(plainBytes),
        'one lang: ms': Math.round(m('one', 'ms')),
        'one lang: KB': kb(m('one', 'bytes')),
        'time ×': +(m('one', 'ms') / m('plain', 'ms')).toFixed(2),
        'bytes ×': +(m('one', 'bytes') / plainBytes).toFixed(2),
        'all langs: KB': kb(m('all', 'bytes')),
        'all ≤ 1.3×plain+60 KB': m('all', 'bytes') <= 1.3 * plainBytes + 60 * 1024 ? 'yes' : 'no',
        'warm: plain ms': Math.round(m('plain', 'warm')),
        'warm: ours ms': Math.round(m('all', 'warm')),
        'warm ×': +(m('all', 'warm') / m('plain', 'warm')).toFixed(2),
        'typed: plain ms': Math.round(m('plain', 'typed')),
        'typed: ours ms': Math.round(m('all', 'typed')),
        'typed ×': +(m('all', 'typed') / m('plain', 'typed')).toFixed(2),
        'results (plain/one/all)': `${m('plain', 'count')}/${m('one', 'count')}/${m('all', 'count')}`,
        runs,
      });
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(plainDir, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 5);
  const dist = path.resolve(import.meta.dirname, '../../dist');
  console.log(
    `Search on ${dist}: ours against plain Pagefind, cold cache, median of ${runs} interleaved runs (loopback, gzip; bytes on the wire)`,
  );
  console.table(await benchSearch(dist, runs));
}
