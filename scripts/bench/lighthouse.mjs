// Lighthouse (Debian's Chromium, headless) on the main page types in each locale: the four category scores.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromePath, chromeFlags } from '../chromium.mjs';
import { serve } from './serve.mjs';

export const lighthousePages = (locale, recommendation) => [
  ['home', `/${locale}/`],
  ['parallel view', `/${locale}/sources/tip-2023/`],
  ['findings', `/${locale}/findings/`],
  ['recommendation', `/${locale}/recommendations/${recommendation}/`],
  ['search', `/${locale}/search/?q=trafficking`],
];

export async function benchLighthouse(dist, locales, recommendation) {
  const server = await serve(dist);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...chromeFlags, '--headless=new'] });
  const rows = [];
  try {
    for (const locale of locales) {
      for (const [name, path] of lighthousePages(locale, recommendation)) {
        const result = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error' });
        const c = result.lhr.categories;
        const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
        rows.push({
          page: `${name} (${locale})`,
          performance: score('performance'),
          accessibility: score('accessibility'),
          'best-practices': score('best-practices'),
          seo: score('seo'),
        });
      }
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  return rows;
}
