// dist/ on loopback for the benchmarks (no dependency on Astro).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/**
 * dist/ on loopback the way a static host serves it: gzip for text, ETag and Last-Modified, and
 * `Cache-Control: no-cache`, so the three search frames share one download of pagefind.js (the
 * browser revalidates the copy the first frame fetched) and the figures count bytes on the wire.
 */
export async function serve(dir) {
  const server = createServer(async (req, res) => {
    let file = path.join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file);
      }
      const etag = `W/"${info.size}-${info.mtimeMs}"`;
      const headers = { ETag: etag, 'Last-Modified': info.mtime.toUTCString(), 'Cache-Control': 'no-cache' };
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, headers).end();
      const type = types[path.extname(file)];
      let body = await readFile(file);
      // Pagefind's index files are gzipped already; text is gzipped here, as hosts do.
      if (type && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body);
        headers['Content-Encoding'] = 'gzip';
      }
      res.writeHead(200, { ...headers, 'Content-Type': type ?? 'application/octet-stream', 'Content-Length': body.length });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}
