/**
 * Headers for real hosts: public/_headers says what src/layouts/security.ts declares, including what
 * a meta element cannot (frame-ancestors), and the pages' meta policy is the same policy.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHeaders } from '../../scripts/headers.mjs';
import { cachePolicies, cspDirectives, headersFile, immutable, metaCsp, securityHeaders } from '../../src/layouts/security';

const root = new URL('../..', import.meta.url).pathname;
const file = readFileSync(`${root}public/_headers`, 'utf8');

describe('public/_headers', () => {
  it('is generated from src/layouts/security.ts', () => {
    expect(file).toBe(headersFile());
  });

  it('gives every path the policy, frame-ancestors and the other headers', () => {
    const headers = parseHeaders(file, '/en/sources/tip-2023/');
    expect(headers['Content-Security-Policy']).toBe(`${metaCsp}; frame-ancestors 'self'`);
    expect(headers).toEqual(securityHeaders);
    expect(headers['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });

  it('allows no inline script and no other origin', () => {
    const script = cspDirectives.find((d) => d.startsWith('script-src'))!;
    expect(script).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
    expect(cspDirectives).toContain("default-src 'self'");
  });
});

describe('cache lifetimes in public/_headers', () => {
  const cacheOf = (path: string) => parseHeaders(file, path)['Cache-Control'];

  it('keeps files named by their content hash for a year', () => {
    for (const path of [
      '/_astro/Layout.B3x9kQ1a.css',
      '/pagefind/index/und_135c2c1.pf_index',
      '/pagefind/fragment/und_345fd6a.pf_fragment',
      '/pagefind/filter/und_0a1b2c3.pf_filter',
      '/pagefind/pagefind.und_3150e01cd7f.pf_meta',
      '/pagefind/passages/ru-tip-2023.1a2b3c4d5e.json',
    ])
      expect(cacheOf(path), path).toBe(immutable);
  });

  it('revalidates what keeps its name across builds, and pages', () => {
    for (const path of [
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.unknown.pagefind',
      '/pagefind/passages.json',
    ])
      expect(cacheOf(path), path).toBe('no-cache');
    expect(cacheOf('/en/search/')).toBeUndefined();
    expect(cacheOf('/data/figures.csv')).toBeUndefined();
  });

  it('is also given for nginx in the README, path for path', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    expect(readme).toContain('add_header Cache-Control $cache_control always;');
    const map = [...readme.matchAll(/^\s+~(\S+)\s+"([^"]*)";$/gm)].map(
      ([, pattern, value]) => [new RegExp(pattern!), value] as const,
    );
    for (const [path, value] of cachePolicies) {
      const example = path.replace('*', 'x1');
      expect(map.find(([pattern]) => pattern.test(example))?.[1], path).toBe(value);
    }
  });
});

describe('README deploy section', () => {
  const readme = readFileSync(`${root}README.md`, 'utf8');
  it('gives the same headers for nginx', () => {
    for (const [name, value] of Object.entries(securityHeaders))
      expect(readme).toContain(`add_header ${name} "${value}" always;`);
  });
});
