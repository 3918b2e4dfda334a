// Search benchmark on the built site (`npm run build` first): for a query per language, searched in its
// own language's index and in all three, the bytes fetched for the first query and the time to the first
// results, median of several cold runs (a new browser context, so an empty cache, each run).
// Serves dist/ like a static host (serve.mjs), drives the system Chromium. Prints figures; asserts nothing.
//   node scripts/bench/search.mjs [--runs=5]
import { chromium } from 'playwright-core';
import path from 'node:path';
import { chromePath, chromeFlags } from '../chromium.mjs';
import { serve } from './serve.mjs';

export const searchQueries = [
  { label: 'ru phrase', path: '/ru/search/', q: '"Правительство выявило 24 жертвы"', lang: 'ru' },
  { label: 'ru phrase', path: '/ru/search/', q: '"Правительство выявило 24 жертвы"', lang: '' },
  { label: 'kk word, Russian keyboard', path: '/kk/search/', q: 'курбандарын', lang: 'kk' },
  { label: 'kk word, Russian keyboard', path: '/kk/search/', q: 'курбандарын', lang: '' },
  { label: 'en word', path: '/en/search/', q: 'pretrial', lang: 'en' },
  { label: 'en word', path: '/en/search/', q: 'pretrial', lang: '' },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const kb = (bytes) => Math.round(bytes / 102.4) / 10;

/** Counts the bytes of every response (body as sent, plus headers) and knows when the network is quiet. */
function meter(page) {
  let bytes = 0;
  let requests = 0;
  let pending = 0;
  let last = performance.now();
  const settle = () => {
    pending--;
    last = performance.now();
  };
  page.on('request', () => {
    pending++;
    requests++;
    last = performance.now();
  });
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => null);
    if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    settle();
  });
  page.on('requestfailed', settle);
  return {
    reset() {
      bytes = 0;
      requests = 0;
    },
    read: () => ({ bytes, requests }),
    /** Resolves once no request has been open for `quietMs`. */
    async quiet(quietMs = 500, timeoutMs = 15_000) {
      const started = performance.now();
      while (performance.now() - started < timeoutMs) {
        if (pending <= 0 && performance.now() - last >= quietMs) return;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

export async function benchSearch(dist, runs = 5) {
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags });
  const rows = [];
  try {
    for (const query of searchQueries) {
      const page = { bytes: [], times: [], queryBytes: [], requests: [], hits: [] };
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext(); // empty cache
        const tab = await context.newPage();
        const network = meter(tab);
        await tab.goto(`${server.url}${query.path}${query.lang ? `?lang=${query.lang}` : ''}`, { waitUntil: 'load' });
        await network.quiet(300);
        page.bytes.push(network.read().bytes);
        network.reset();
        const started = performance.now();
        await tab.locator('#search-q').fill(query.q);
        await tab.locator('#search-q').press('Enter');
        await tab.locator('[data-search-results] li').first().waitFor({ timeout: 30_000 });
        page.times.push(performance.now() - started);
        await network.quiet();
        page.queryBytes.push(network.read().bytes);
        page.requests.push(network.read().requests);
        page.hits.push(await tab.locator('[data-search-results] li').count());
        await context.close();
      }
      rows.push({
        query: query.label,
        q: query.q,
        index: query.lang || 'kk+ru+en',
        results: median(page.hits),
        'first results, ms': Math.round(median(page.times)),
        'first query, KB': kb(median(page.queryBytes)),
        'first query, requests': median(page.requests),
        'page load, KB': kb(median(page.bytes)),
        runs,
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 5);
  const dist = path.resolve(import.meta.dirname, '../../dist');
  console.log(`Search on ${dist}: first query on a cold cache, median of ${runs} runs (loopback, gzip; bytes on the wire)`);
  console.table(await benchSearch(dist, runs));
}
