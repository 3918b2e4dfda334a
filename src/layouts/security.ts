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

/** `public/_headers`, in the Netlify / Cloudflare Pages format. */
export function headersFile(): string {
  return (
    '# Generated from src/layouts/security.ts (tests/unit/headers.test.ts keeps them equal).\n/*\n' +
    Object.entries(securityHeaders)
      .map(([name, value]) => `  ${name}: ${value}\n`)
      .join('')
  );
}
