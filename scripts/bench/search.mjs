// Search benchmark on the built site: bytes fetched for the first query and time to first results,
// median of several cold runs (a new browser context each), per query. Prints figures; asserts nothing.
import { chromium } from 'playwright-core';
import path from 'node:path';
import { chromePath, chromeFlags } from '../chromium.mjs';
import { serve } from './serve.mjs';

export const searchQueries = [
  { label: 'ru phrase, all languages', path: '/en/search/', q: '"Правительство выявило 24 жертвы"', lang: '' },
  { label: 'kk by Russian keyboard, kk only', path: '/kk/search/', q: 'курбандарын', lang: 'kk' },
  { label: 'en word, all languages', path: '/ru/search/', q: 'pretrial', lang: '' },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

export async function benchSearch(dist, runs = 5) {
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags });
  const rows = [];
  try {
    for (const query of searchQueries) {
      const bytes = [];
      const times = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(server.url + query.path);
        let fetched = 0;
        page.on('response', async (response) => {
          const body = await response.body().catch(() => Buffer.alloc(0));
          fetched += body.length;
        });
        if (query.lang) await page.locator('select[name="lang"]').selectOption(query.lang);
        const started = performance.now();
        await page.locator('#search-q').fill(query.q);
        await page.locator('#search-q').press('Enter');
        await page.locator('[data-search-results] li').first().waitFor({ timeout: 20_000 });
        times.push(performance.now() - started);
        await page.waitForLoadState('networkidle');
        bytes.push(fetched);
        await context.close();
      }
      rows.push({
        query: query.label,
        q: query.q,
        medianMs: Math.round(median(times)),
        medianKB: Math.round(median(bytes) / 102.4) / 10,
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
  const rows = await benchSearch(path.resolve(import.meta.dirname, '../../dist'));
  console.table(rows);
}
