import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { brokenLinks, fileForPath, lostPermalinks, permalinkAnchors, permalinks, scanHtml } from '../../scripts/dist/links.mjs';
import { cspProblems, thirdPartyProblems } from '../../scripts/dist/security.mjs';
import { redirectPage, redirectProblems } from '../../scripts/dist/redirects.mjs';
import { searchBundleProblems } from '../../scripts/dist/search.mjs';
import { parseHeaders, parseRedirects } from '../../scripts/headers.mjs';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const site = (pages: Record<string, string>) =>
  new Map(Object.entries(pages).map(([file, html]) => [file, { ...scanHtml(html), anchors: permalinkAnchors(html) }]));

describe('links and anchors', () => {
  const pages = site({
    'en/index.html':
      '<a href="/en/sources/x/#p-1">ok</a><a href="/en/sources/x/#p-9">bad anchor</a><a href="/en/nope/">missing</a><a href="https://example.org/">external</a><a href="#top">self</a><h1 id="top">t</h1>',
    'en/sources/x/index.html':
      '<div id="p-1" data-segment="p-1"></div><a href="../../">up</a><a href="javascript:alert(1)">x</a>',
  });
  it('reports missing pages, missing anchors and javascript: URLs, and nothing else', () => {
    expect(brokenLinks(pages)).toEqual([
      'en/index.html: <a href="/en/sources/x/#p-9"> names #p-9, which en/sources/x/index.html does not have',
      'en/index.html: <a href="/en/nope/"> points to /en/nope/, which is not in dist',
      'en/sources/x/index.html: javascript: URL in <a href>',
    ]);
  });
  it('reports a protocol-relative link that leaves the site, even when the path exists here', () => {
    const here = site({ 'en/index.html': '<a href="//evil.example/">x</a><a href="//evil.example/en/">y</a>' });
    expect(brokenLinks(here)).toEqual([
      'en/index.html: <a href="//evil.example/"> points to another host (evil.example); write the full https:// address',
      'en/index.html: <a href="//evil.example/en/"> points to another host (evil.example); write the full https:// address',
    ]);
  });
  it('maps site paths to files', () => {
    const files = new Set(['en/index.html', 'data/figures.json']);
    expect(fileForPath('/en/', files)).toBe('en/index.html');
    expect(fileForPath('/en', files)).toBe('en/index.html');
    expect(fileForPath('/data/figures.json', files)).toBe('data/figures.json');
    expect(fileForPath('/fr/', files)).toBeNull();
  });
});

describe('permalink manifest', () => {
  const pages = site({
    'en/sources/x/index.html': '<div id="p-1" data-segment="p-1"></div><h2 id="toc-title">c</h2>',
    'en/index.html': '',
  });
  it('lists pages and passage anchors, not other ids', () => {
    expect(permalinks(pages)).toEqual(['/en/', '/en/sources/x/', '/en/sources/x/#p-1']);
  });
  it('lists sentence units (the span that carries the id), not their counterparts', () => {
    const withSentences = site({
      'en/sources/x/index.html':
        '<div id="p-1" data-segment="p-1"><span class="snt" data-sentence="p-1-s1" id="p-1-s1">A.</span><span class="snt" data-sentence="p-1-s1">Б.</span></div>',
    });
    expect(permalinks(withSentences)).toEqual(['/en/sources/x/', '/en/sources/x/#p-1', '/en/sources/x/#p-1-s1']);
  });
  it('fails for a published permalink that disappeared, unless it redirects to one that exists', () => {
    const current = permalinks(pages);
    expect(lostPermalinks({ permalinks: ['/en/sources/x/#p-1', '/en/sources/x/#p-2'] }, current)).toEqual(['/en/sources/x/#p-2']);
    expect(
      lostPermalinks({ permalinks: ['/en/sources/x/#p-2'], redirects: { '/en/sources/x/#p-2': '/en/sources/x/#p-1' } }, current),
    ).toEqual([]);
    expect(lostPermalinks({ permalinks: ['/en/old/'], redirects: { '/en/old/': '/en/gone/' } }, current)).toEqual(['/en/old/']);
  });
});

describe('CSP and privacy', () => {
  const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'">`;
  it('accepts external scripts and JSON data, rejects inline code and handlers', () => {
    expect(
      cspProblems('a.html', `${csp}<script type="module" src="/x.js"></script><script type="application/json">{}</script>`),
    ).toEqual([]);
    expect(cspProblems('a.html', `${csp}<script>alert(1)</script><button onclick="x()">`)).toEqual([
      'a.html: inline <script> (alert(1)…)',
      'a.html: inline event handler onclick=',
    ]);
  });
  it('requires a CSP without unsafe-inline scripts', () => {
    expect(cspProblems('a.html', '<p>')).toEqual(['a.html: no Content-Security-Policy meta']);
    expect(
      cspProblems('a.html', `<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'unsafe-inline'">`),
    ).toHaveLength(1);
  });
  it('rejects resources from other origins but not links to them', () => {
    expect(
      thirdPartyProblems('a.html', '<a href="https://state.gov/">original</a><link rel="canonical" href="https://site/">'),
    ).toEqual([]);
    expect(
      thirdPartyProblems('a.html', '<script src="https://cdn.example/x.js"></script><img src="//img.example/a.png">'),
    ).toHaveLength(2);
  });
});

describe('permalink redirects in dist', () => {
  const manifest = { permalinks: ['/en/old/'], redirects: { '/en/old/': '/en/new/' } };
  const page = redirectPage({
    to: '/en/new/',
    site: 'https://site.example/',
    lang: 'en',
    csp: "default-src 'self'",
    title: 'Moved',
    text: 'Now:',
  });
  const pagesWith = (extra: Record<string, string>) =>
    new Map(Object.entries({ 'en/new/index.html': '<h1>new</h1>', ...extra }).map(([f, html]) => [f, { html }]));
  const current = ['/en/new/'];

  it('accepts a redirect page (canonical + meta refresh) with its _redirects line', () => {
    expect(page).toContain('<link rel="canonical" href="https://site.example/en/new/">');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/en/new/">');
    const hostRedirects = parseRedirects('/en/old/ /en/new/ 301\n');
    expect(redirectProblems(manifest, { pages: pagesWith({ 'en/old/index.html': page }), hostRedirects, current })).toEqual([]);
  });

  it('fails when the redirect exists only in the manifest', () => {
    expect(redirectProblems(manifest, { pages: pagesWith({}), hostRedirects: new Map(), current })).toEqual([
      '/en/old/ → /en/new/: dist has no redirect page at en/old/index.html',
    ]);
    expect(
      redirectProblems(manifest, { pages: pagesWith({ 'en/old/index.html': page }), hostRedirects: new Map(), current }),
    ).toEqual(['/en/old/ → /en/new/: dist/_redirects does not have "/en/old/ /en/new/ 301"']);
  });

  it('fails for a target that is not a page, and for an anchor-to-anchor redirect', () => {
    const bad = { permalinks: [], redirects: { '/en/x/#a': '/en/x/#b', '/en/old/': '/en/gone/' } };
    expect(redirectProblems(bad, { pages: pagesWith({}), hostRedirects: new Map(), current })).toEqual([
      '/en/x/#a → /en/x/#b: a static host cannot redirect a #passage; keep the old id, or redirect the whole page',
      '/en/old/ → /en/gone/: the target is not a page of the site',
      '/en/old/ → /en/gone/: dist has no redirect page at en/old/index.html',
    ]);
  });

  it('does not count a redirect page as a permalink of its own', () => {
    const pages = new Map([
      ['en/old/index.html', { ...scanHtml(page), html: page }],
      ['en/new/index.html', { ...scanHtml('<p>'), html: '<p>' }],
    ]);
    expect(permalinks(pages)).toEqual(['/en/new/']);
  });
});

describe('search bundle', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'bundle-'));
  mkdirSync(path.join(dist, 'pagefind', 'fragment'), { recursive: true });
  const fragment = (name: string, lang: string) =>
    writeFileSync(
      path.join(dist, 'pagefind', 'fragment', name),
      gzipSync(
        Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify({ url: '/x/', filters: { lang: [lang] } }))]),
      ),
    );
  fragment('und_1.pf_fragment', 'en');
  fragment('und_2.pf_fragment', 'ru');
  const entry = (languages: object) =>
    writeFileSync(path.join(dist, 'pagefind', 'pagefind-entry.json'), JSON.stringify({ languages }));
  const fragments = ['pagefind/fragment/und_1.pf_fragment', 'pagefind/fragment/und_2.pf_fragment'];
  mkdirSync(path.join(dist, 'pagefind', 'passages'), { recursive: true });
  const passages = (files: Record<string, { name: string; ids: string[] }>) =>
    writeFileSync(path.join(dist, 'pagefind', 'passages.json'), JSON.stringify({ files }));
  writeFileSync(path.join(dist, 'pagefind', 'passages', 'en-x.1.json'), JSON.stringify({ lang: 'en', passages: [{}] }));
  it('fails without pagefind.js, without its index files, or without records of a language', async () => {
    passages({ 'en-x': { name: 'en-x.1.json', ids: ['und_1'] }, 'ru-x': { name: 'ru-x.1.json', ids: ['und_2'] } });
    entry({ und: { hash: 'und_1', page_count: 2 } });
    const files = ['pagefind/pagefind-entry.json', 'pagefind/passages/en-x.1.json', ...fragments];
    expect(await searchBundleProblems(dist, files, ['kk', 'ru', 'en'])).toEqual([
      'dist/pagefind/pagefind.js is missing: run Pagefind (npm run build does)',
      'the search index pagefind/pagefind.und_1.pf_meta is missing',
      'the search index holds no kk record',
      'the passage file pagefind/passages/ru-x.1.json (ru-x) is missing',
    ]);
  });
  it('fails when a record has no passage, or a passage file does not hold one passage per record', async () => {
    entry({ und: { hash: 'und_1', page_count: 2 } });
    passages({ 'en-x': { name: 'en-x.1.json', ids: ['und_1', 'und_3'] } });
    const files = [
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.und_1.pf_meta',
      'pagefind/passages/en-x.1.json',
      ...fragments,
    ];
    expect(await searchBundleProblems(dist, files, ['ru', 'en'])).toEqual([
      'the passage file pagefind/passages/en-x.1.json holds 1 passages for 2 records',
      'the search record und_2 has no passage in dist/pagefind/passages.json',
    ]);
  });
  it('fails when the languages are split into several indexes (one WebAssembly serves one index)', async () => {
    entry({ en: { hash: 'en_1', page_count: 3 }, ru: { hash: 'ru_1', page_count: 3 } });
    expect(await searchBundleProblems(dist, ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json'], ['en'])).toEqual([
      'the search should be one index for all languages (pagefind-entry.json lists en, ru)',
    ]);
  });
  it('fails when the bundle is gone', async () => {
    expect(await searchBundleProblems(path.join(dist, 'nothing'), [], ['en'])).toEqual([
      'dist/pagefind/pagefind.js is missing: run Pagefind (npm run build does)',
      'dist/pagefind/pagefind-entry.json is missing: run Pagefind (npm run build does)',
    ]);
  });
});

describe('host files', () => {
  it('reads _headers blocks by path pattern and _redirects lines', () => {
    const headers = '# c\n/*\n  X-A: 1\n/data/*\n  X-B: 2\n';
    expect(parseHeaders(headers, '/en/')).toEqual({ 'X-A': '1' });
    expect(parseHeaders(headers, '/data/x.csv')).toEqual({ 'X-A': '1', 'X-B': '2' });
    expect([...parseRedirects('# c\n/a/ /b/ 301\n/c/ /d/\n')]).toEqual([
      ['/a/', { to: '/b/', status: 301 }],
      ['/c/', { to: '/d/', status: 301 }],
    ]);
  });
});
