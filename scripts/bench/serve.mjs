// dist/ on loopback the way a static host serves it (no dependency on Astro): for the benchmarks and
// for the browser tests (`node scripts/bench/serve.mjs --port 4329`).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHeaders, parseRedirects } from '../headers.mjs';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/**
 * dist/ on loopback the way a static host serves it: the headers of dist/_headers (the site's CSP with
 * frame-ancestors, nosniff, and the cache lifetimes of hashed files), the redirects of dist/_redirects,
 * gzip for text, ETag and Last-Modified, and `Cache-Control: no-cache` where `_headers` gives none, so
 * the figures count bytes on the wire. Unknown addresses get 404.html with status 404.
 */
export async function serve(dir, { port = 0, host = '127.0.0.1' } = {}) {
  const headersText = await readFile(path.join(dir, '_headers'), 'utf8').catch(() => '');
  const redirects = parseRedirects(await readFile(path.join(dir, '_redirects'), 'utf8').catch(() => ''));
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const policy = parseHeaders(headersText, pathname);
    const redirect = redirects.get(pathname);
    if (redirect) return void res.writeHead(redirect.status, { ...policy, Location: redirect.to }).end();
    let file = path.join(dir, pathname);
    if (!file.startsWith(dir)) return void res.writeHead(403, policy).end();
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        // Like static hosts: /en → /en/ (relative links need the slash).
        if (!pathname.endsWith('/')) return void res.writeHead(301, { ...policy, Location: `${pathname}/` }).end();
        file = path.join(file, 'index.html');
        info = await stat(file);
      }
      const etag = `W/"${info.size}-${info.mtimeMs}"`;
      const headers = { 'Cache-Control': 'no-cache', ...policy, ETag: etag, 'Last-Modified': info.mtime.toUTCString() };
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, headers).end();
      send(req, res, 200, headers, file, await readFile(file));
    } catch {
      const page = await readFile(path.join(dir, '404.html')).catch(() => Buffer.from('not found'));
      send(req, res, 404, policy, '404.html', page);
    }
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  return { url: `http://${host}:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

function send(req, res, status, headers, file, body) {
  const type = types[path.extname(file)];
  // Pagefind's index files are gzipped already; text is gzipped here, as hosts do.
  if (type && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
    body = gzipSync(body);
    headers = { ...headers, 'Content-Encoding': 'gzip' };
  }
  res.writeHead(status, { ...headers, 'Content-Type': type ?? 'application/octet-stream', 'Content-Length': body.length });
  res.end(body);
}

// As a command: node scripts/bench/serve.mjs [--port N] [--host H] [--dir dist]
if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? process.argv[at + 1] : fallback;
  };
  const dir = path.resolve(arg('dir', path.join(import.meta.dirname, '..', '..', 'dist')));
  const { url } = await serve(dir, { port: Number(arg('port', 4321)), host: arg('host', '127.0.0.1') });
  console.log(`serving ${dir} at ${url}/`);
}
