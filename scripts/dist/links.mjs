// Link, anchor and permalink checks over a built site, as plain functions so they can be unit-tested.
const attribute = (name) => new RegExp(`\\s${name}="([^"]*)"`, 'g');
const decode = (value) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** Ids and outgoing links of one HTML document. */
export function scanHtml(html) {
  const ids = new Set([...html.matchAll(attribute('id'))].map((m) => decode(m[1])));
  const links = [...html.matchAll(/<(a|link|script|img|iframe|source)\b[^>]*>/g)].flatMap((tag) =>
    [...tag[0].matchAll(/\s(href|src)="([^"]*)"/g)].map((m) => ({ tag: tag[1], attr: m[1], url: decode(m[2]), raw: tag[0] })),
  );
  return { ids, links };
}

/** The file in dist that serves a site path, or null. */
export function fileForPath(sitePath, files) {
  const clean = decodeURI(sitePath.split('#')[0].split('?')[0]);
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
  return candidates.map((c) => c.replace(/^\//, '')).find((c) => files.has(c)) ?? null;
}

/** The site path of a dist file: "en/sources/x/index.html" → "/en/sources/x/". */
export function pathForFile(file) {
  return '/' + file.replace(/index\.html$/, '');
}

/** Every broken internal link or anchor in the site; pages maps dist file → scanHtml result. */
export function brokenLinks(pages) {
  const files = new Set(pages.keys());
  const problems = [];
  for (const [file, page] of pages) {
    for (const link of page.links) {
      const { url } = link;
      if (/^(https?:|mailto:|data:|tel:)/i.test(url) || url === '') continue;
      if (/^javascript:/i.test(url)) {
        problems.push(`${file}: javascript: URL in <${link.tag} ${link.attr}>`);
        continue;
      }
      const resolved = new URL(url, `https://site${pathForFile(file)}`);
      // A link without a scheme that leaves the site ("//elsewhere/") is not an internal link.
      if (resolved.host !== 'site') {
        problems.push(`${file}: <${link.tag} ${link.attr}="${url}"> points to another host (${resolved.host}); write the full https:// address`);
        continue;
      }
      const target = fileForPath(resolved.pathname, files);
      if (!target) {
        if (!/\.(js|css|svg|json|csv|png|ico|pagefind|pf_meta|pf_index|pf_fragment|pf_filter|wasm)$/.test(resolved.pathname) || !files.has(resolved.pathname.slice(1)))
          problems.push(`${file}: <${link.tag} ${link.attr}="${url}"> points to ${resolved.pathname}, which is not in dist`);
        continue;
      }
      const anchor = decodeURIComponent(resolved.hash.slice(1));
      if (anchor && target.endsWith('.html') && !pages.get(target)?.ids.has(anchor))
        problems.push(`${file}: <${link.tag} ${link.attr}="${url}"> names #${anchor}, which ${target} does not have`);
    }
  }
  return problems;
}

/**
 * Public permalinks: every page, every aligned passage of a source (/{l}/sources/{id}/#{segment}),
 * and every figure row (/{l}/findings/metrics/{metric}/#{figure id}).
 */
export function permalinks(pages) {
  const links = new Set();
  for (const [file, page] of pages) {
    if (!file.endsWith('.html') || file.startsWith('search-index/') || file === '404.html') continue;
    // A redirect page keeps an old address alive; it is not a permalink of its own.
    if (page.html?.includes('http-equiv="refresh"')) continue;
    const sitePath = pathForFile(file);
    links.add(sitePath);
    if (/^\/(kk|ru|en)\/sources\/[^/]+\/$/.test(sitePath) || /^\/(kk|ru|en)\/findings\/metrics\/[^/]+\/$/.test(sitePath))
      for (const id of page.anchors ?? []) links.add(`${sitePath}#${id}`);
  }
  return [...links].sort();
}

/** Manifest entries that no longer resolve and have no redirect to something that does. */
export function lostPermalinks(manifest, current) {
  const now = new Set(current);
  const redirects = manifest.redirects ?? {};
  return manifest.permalinks.filter((link) => !now.has(link) && !(redirects[link] && now.has(redirects[link])));
}

/** Ids that are permalinks: aligned passages, their sentence units and figure rows. */
export function permalinkAnchors(html) {
  return [...html.matchAll(/<[^>]+>/g)]
    .map((m) => m[0])
    .filter((tag) => /\sdata-(segment|figure|sentence)="[^"]*"/.test(tag))
    .map((tag) => /\sid="([^"]+)"/.exec(tag)?.[1])
    .filter((id) => id !== undefined)
    .map((id) => decode(id));
}
