/**
 * Headers for real hosts: public/_headers says what src/layouts/security.ts declares, including what
 * a meta element cannot (frame-ancestors), and the pages' meta policy is the same policy.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHeaders } from '../../scripts/headers.mjs';
import { cspDirectives, headersFile, metaCsp, securityHeaders } from '../../src/layouts/security';

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

describe('README deploy section', () => {
  const readme = readFileSync(`${root}README.md`, 'utf8');
  it('gives the same headers for nginx', () => {
    for (const [name, value] of Object.entries(securityHeaders))
      expect(readme).toContain(`add_header ${name} "${value}" always;`);
  });
});
