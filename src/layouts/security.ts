/**
 * The security policy of every page, declared once. The pages carry it as a meta element (for any
 * host); `public/_headers` carries it as real headers for hosts that read that file (Netlify,
 * Cloudflare Pages) and for our own servers (bench, e2e), with what a meta element cannot say:
 * `frame-ancestors` (no other origin may frame the site). `tests/unit/headers.test.ts` keeps the file
 * equal to `headersFile()`; the README gives the same for nginx.
 */
export const cspDirectives = [
  "default-src 'self'",
  // Pagefind compiles its WebAssembly: that needs 'wasm-unsafe-eval', never 'unsafe-eval' or inline scripts.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The policy as the pages' `<meta http-equiv>` states it. */
export const metaCsp = cspDirectives.join('; ');

/** Headers every response should carry. */
export const securityHeaders = {
  'Content-Security-Policy': [...cspDirectives, "frame-ancestors 'self'"].join('; '),
  'X-Frame-Options': 'SAMEORIGIN',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const;

/** A year: what a file whose name carries a hash of its content may be kept for. */
export const immutable = 'public, max-age=31536000, immutable';

/**
 * How long browsers may keep a file, by path. Files whose names carry a content hash (Astro's bundles,
 * Pagefind's index chunks, fragments, filters and meta, our passage files) never change, so a repeat
 * visit or search needs no request. Pagefind's loader, worker, WebAssembly and entry file, and our
 * passage manifest, keep their names across builds and name the current files, so they are revalidated
 * on every use.
 */
export const cachePolicies = [
  ['/_astro/*', immutable],
  ['/pagefind/index/*', immutable],
  ['/pagefind/fragment/*', immutable],
  ['/pagefind/filter/*', immutable],
  ['/pagefind/pagefind.*.pf_meta', immutable],
  ['/pagefind/passages/*', immutable],
  ['/pagefind/pagefind.js', 'no-cache'],
  ['/pagefind/pagefind-worker.js', 'no-cache'],
  ['/pagefind/pagefind-entry.json', 'no-cache'],
  ['/pagefind/wasm.*', 'no-cache'],
  ['/pagefind/passages.json', 'no-cache'],
] as const;

/** `public/_headers`, in the Netlify / Cloudflare Pages format. */
export function headersFile(): string {
  const block = (path: string, headers: Record<string, string>) =>
    `${path}\n${Object.entries(headers)
      .map(([name, value]) => `  ${name}: ${value}\n`)
      .join('')}`;
  return (
    '# Generated from src/layouts/security.ts (tests/unit/headers.test.ts keeps them equal).\n' +
    block('/*', securityHeaders) +
    cachePolicies.map(([path, value]) => block(path, { 'Cache-Control': value })).join('')
  );
}
