// Lighthouse (Debian's Chromium, headless) on every page type in each locale, with mobile and desktop
// emulation: the four category scores, and the performance metrics behind the score.
// Each page is measured `runs` times (a fresh Lighthouse run each time) and the run with the median
// performance score is kept, because the machine is shared and one slow run says little.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromePath, chromeFlags } from '../chromium.mjs';
import { serve } from './serve.mjs';

// A query per locale that a journalist would type, so search is measured with results on the page.
const queries = { kk: 'адам саудасы', ru: 'торговля людьми', en: 'human trafficking' };

/** Page types as [key, label, path]; `key` is what `--pages=` chooses. */
export const lighthousePages = (locale, { recommendation, metric }) => [
  ['home', 'home', `/${locale}/`],
  ['parallel', 'parallel view', `/${locale}/sources/tip-2023/`],
  ['findings', 'findings', `/${locale}/findings/`],
  ['metric', 'findings metric', `/${locale}/findings/metrics/${metric}/`],
  ['recommendation', 'recommendation', `/${locale}/recommendations/${recommendation}/`],
  ['recommendations', 'recommendations', `/${locale}/recommendations/`],
  ['search', 'search ?q=', `/${locale}/search/?q=${encodeURIComponent(queries[locale] ?? 'trafficking')}`],
  ['glossary', 'glossary', `/${locale}/glossary/`],
  ['about', 'about', `/${locale}/about/`],
];

const configs = { mobile: undefined, desktop: desktopConfig };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

/**
 * @param dist the built site
 * @param options.locales kk, ru, en
 * @param options.forms mobile, desktop
 * @param options.pages page keys (see lighthousePages); all when empty
 * @param options.runs Lighthouse runs per page; the median performance run is reported
 * @param options.reports a folder to write each kept run's full Lighthouse JSON into (for diagnosis)
 */
export async function benchLighthouse(dist, { locales, forms, pages, runs = 1, reports, recommendation, metric }) {
  const server = await serve(dist);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...chromeFlags, '--headless=new'] });
  if (reports) await mkdir(reports, { recursive: true });
  const rows = [];
  try {
    for (const form of forms)
      for (const locale of locales)
        for (const [key, name, url] of lighthousePages(locale, { recommendation, metric })) {
          if (pages.length && !pages.includes(key)) continue;
          const results = [];
          for (let i = 0; i < runs; i++) {
            const result = await lighthouse(
              server.url + url,
              { port: chrome.port, output: 'json', logLevel: 'error' },
              configs[form],
            );
            results.push(result.lhr);
          }
          const perf = (lhr) => lhr.categories.performance?.score ?? 0;
          const kept = results.find((lhr) => perf(lhr) === median(results.map(perf)));
          const c = kept.categories;
          const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
          const audit = (id) => kept.audits[id]?.numericValue ?? NaN;
          rows.push({
            form,
            page: `${name} (${locale})`,
            performance: score('performance'),
            accessibility: score('accessibility'),
            'best-practices': score('best-practices'),
            seo: score('seo'),
            'performance, all runs': results.map((lhr) => Math.round(perf(lhr) * 100)).join(' '),
            'LCP ms': Math.round(audit('largest-contentful-paint')),
            'TBT ms': Math.round(audit('total-blocking-time')),
            CLS: +audit('cumulative-layout-shift').toFixed(3),
          });
          console.log(Object.values(rows.at(-1)).join(' · '));
          if (reports) await writeFile(path.join(reports, `${form}-${locale}-${key}.json`), JSON.stringify(kept, null, 1));
        }
  } finally {
    chrome.kill();
    await server.close();
  }
  return rows;
}
