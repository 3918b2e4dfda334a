import { describe, expect, it } from 'vitest';
import { brokenLinks, fileForPath, lostPermalinks, permalinkAnchors, permalinks, scanHtml } from '../../scripts/dist/links.mjs';
import { cspProblems, thirdPartyProblems } from '../../scripts/dist/security.mjs';

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
