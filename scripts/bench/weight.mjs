// Page weight: the gzip size of each page type's HTML and the CSS and JS it references.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

async function assetsOf(dist, html) {
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*\s(?:src|href)="(\/_astro\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const seen = new Set();
  const queue = [...refs];
  // Follow static imports between chunks, so a page's JS counts what the browser really loads.
  while (queue.length) {
    const ref = queue.shift();
    if (seen.has(ref)) continue;
    seen.add(ref);
    if (ref.endsWith('.js')) {
      const code = await readFile(path.join(dist, ref), 'utf8');
      for (const m of code.matchAll(/from\s*["'](\.\/[^"']+\.js)["']|import\s*["'](\.\/[^"']+\.js)["']/g))
        queue.push(path.posix.join(path.posix.dirname(ref), m[1] ?? m[2]));
    }
  }
  return [...seen];
}

/** The text a reader sees: markup, scripts, styles, templates and hidden elements' attributes dropped. */
export function visibleText(html) {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The reader's budget (issue #13): page gzip at most 1.3 × the gzip of its visible text + 15 kB.
 * The page is its HTML; CSS and JS are shared and cached across pages, and reported beside it.
 */
export function readerBudget(html) {
  const text = gzipSync(Buffer.from(visibleText(html))).length;
  const page = gzipSync(Buffer.from(html)).length;
  const budget = Math.round(1.3 * text + 15 * 1024);
  return { text, page, budget, within: page <= budget };
}

export async function pageWeights(dist, pages) {
  const rows = [];
  for (const [name, page] of pages) {
    const html = await readFile(path.join(dist, page, 'index.html'));
    const assets = await assetsOf(dist, html.toString());
    let css = 0;
    let js = 0;
    for (const asset of assets) {
      const size = gzipSync(await readFile(path.join(dist, asset))).length;
      if (asset.endsWith('.css')) css += size;
      else js += size;
    }
    rows.push({ page: name, path: `/${page}/`, html: gzipSync(html).length, css, js, total: gzipSync(html).length + css + js });
  }
  return rows;
}
