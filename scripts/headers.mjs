// The host files of dist/ as our own servers apply them (bench, e2e), so tests see what users get:
// `_headers` and `_redirects` in the Netlify / Cloudflare Pages formats (the subset this site writes).

/**
 * Headers `_headers` gives `path`: blocks start with a path pattern (`*` matches anything).
 * @param {string} text
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function parseHeaders(text, path) {
  /** @type {Record<string, string>} */
  const headers = {};
  let applies = false;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(
        `^${line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')}$`,
      );
      applies = pattern.test(path);
    } else if (applies) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}

/**
 * `_redirects` as a map: from → { to, status }.
 * @param {string} text
 * @returns {Map<string, { to: string, status: number }>}
 */
export function parseRedirects(text) {
  /** @type {Map<string, { to: string, status: number }>} */
  const redirects = new Map();
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const [from, to, status = '301'] = line.trim().split(/\s+/);
    redirects.set(from, { to, status: Number(status) });
  }
  return redirects;
}
