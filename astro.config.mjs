// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { readFile, rename, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDate, contentDateOrigin } from './src/corpus/date.ts';
import { loadCorpus } from './src/corpus/load.ts';
import { findMismatches } from './src/derive/mismatches.ts';
import { dictionaries } from './src/i18n/index.ts';
import { lowConfidenceUnits } from './src/derive/reader.ts';
import { locales } from './src/i18n/locales.ts';
import { metaCsp, securityHeaders } from './src/layouts/security.ts';
import { writeRedirects } from './scripts/dist/redirects.mjs';
import { writeSearchIndex } from './src/search/write-index.ts';

/** Fails the build before any page is rendered, listing every content problem with file, entry and field. */
function contentGate() {
  return {
    name: 'content-gate',
    hooks: {
      /** @param {{ config: import('astro').AstroConfig, logger: import('astro').AstroIntegrationLogger }} options */
      'astro:config:done': async ({ config, logger }) => {
        const { corpus, problems } = await loadCorpus(fileURLToPath(config.root));
        if (problems.length) {
          for (const problem of problems) logger.error(problem);
          throw new Error(`content/ has ${problems.length} problem(s); see the list above. Nothing was built.`);
        }
        const date = contentDate(fileURLToPath(config.root), () =>
          corpus.sources
            .map((s) => s.published + '-01-01'.slice(s.published.length - 4))
            .sort()
            .at(-1),
        );
        logger.info(`citations' "accessed" date: ${date.toISOString().slice(0, 10)}, from ${contentDateOrigin}`);
        // Numbers that differ between translations are findings, shown on the site; listed here too.
        const mismatches = findMismatches(corpus.texts);
        logger.info(`${mismatches.length} number(s) differ between language versions of a segment`);
        for (const m of mismatches)
          logger.warn(`${m.source} #${m.segment}: ${m.value} in ${m.presentIn.join(', ')}, not in ${m.missingIn.join(', ')}`);
        // Sentence units the aligner is unsure of: check them, and fix or confirm in content/alignments/.
        const unsure = lowConfidenceUnits(corpus);
        logger.info(`${unsure.length} sentence unit(s) aligned with low confidence`);
        for (const u of unsure) logger.warn(`${u.source} #${u.unit}: confidence ${u.confidence} (${u.text}…)`);
      },
    },
  };
}

/** After the pages, the search index: Pagefind's bundle in dist/pagefind/, built from the corpus (src/search/records.ts). */
function searchIndex() {
  let root = process.cwd();
  return {
    name: 'search-index',
    hooks: {
      /** @param {{ config: import('astro').AstroConfig }} options */
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      /** @param {{ dir: URL, logger: import('astro').AstroIntegrationLogger }} options */
      'astro:build:done': async ({ dir, logger }) => {
        const { corpus } = await loadCorpus(root);
        const { records, errors } = await writeSearchIndex(corpus, fileURLToPath(new URL('pagefind/', dir)));
        if (errors.length) throw new Error(`search index: ${errors.join('; ')}`);
        logger.info(`search index: ${records} records`);
      },
    },
  };
}

/**
 * Keeps the permalink promise: every redirect in tests/permalinks.json becomes a page at the old
 * address (canonical + meta refresh) and a line of dist/_redirects. `npm run test:dist` checks both.
 */
function permalinkRedirects() {
  let site = '';
  let root = '';
  return {
    name: 'permalink-redirects',
    hooks: {
      /** @param {{ config: import('astro').AstroConfig }} options */
      'astro:config:done': ({ config }) => {
        site = String(config.site);
        root = fileURLToPath(config.root);
      },
      /** @param {{ dir: URL, logger: import('astro').AstroIntegrationLogger }} options */
      'astro:build:done': async ({ dir, logger }) => {
        const manifest = JSON.parse(await readFile(path.join(root, 'tests', 'permalinks.json'), 'utf8'));
        const count = await writeRedirects(fileURLToPath(dir), manifest, {
          site,
          csp: metaCsp,
          locales,
          messages: (/** @type {import('./src/i18n/locales.ts').Locale} */ lang) => ({
            title: dictionaries[lang]['redirect.title'],
            text: dictionaries[lang]['redirect.text'],
          }),
        });
        logger.info(`${count} permalink redirect(s) written to dist (pages and _redirects)`);
      },
    },
  };
}

/**
 * Each language's 404 at /{locale}/404.html, where hosts that serve the nearest 404 page look for it
 * (Astro writes /{locale}/404/index.html for a page under a parameter).
 */
function locale404() {
  return {
    name: 'locale-404',
    hooks: {
      /** @param {{ dir: URL }} options */
      'astro:build:done': async ({ dir }) => {
        for (const locale of locales) {
          const folder = new URL(`${locale}/404/`, dir);
          await rename(new URL('index.html', folder), new URL(`${locale}/404.html`, dir));
          await rmdir(folder);
        }
      },
    },
  };
}

export default defineConfig({
  // The public address; set SITE_URL when deploying so canonical, hreflang and Open Graph URLs are absolute.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  // `astro preview` (the browser tests' server) sends what public/_headers tells real hosts to send.
  server: { headers: { ...securityHeaders } },
  // Scripts and styles are always files, never inline: the Content-Security-Policy allows no inline code.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  i18n: {
    locales: [...locales],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    contentGate(),
    // Every page with its hreflang alternates in the other locales; 404s and the search frames left out.
    sitemap({
      i18n: { defaultLocale: 'en', locales: { kk: 'kk', ru: 'ru', en: 'en' } },
      // The language chooser at / is the x-default of the home pages, not an English page.
      filter: (page) => new URL(page).pathname !== '/' && !/\/(404|search-index)\//.test(new URL(page).pathname),
    }),
    locale404(),
    permalinkRedirects(),
    searchIndex(),
  ],
});
