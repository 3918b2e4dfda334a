// Content-Security-Policy and privacy checks over built HTML.

/** Inline executable scripts, event-handler attributes and a missing CSP meta, per page. */
export function cspProblems(file, html) {
  const problems = [];
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
  const scriptSrc = csp?.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
  if (!csp) problems.push(`${file}: no Content-Security-Policy meta`);
  else if (!scriptSrc.includes("'self'") || scriptSrc.includes("'unsafe-inline'"))
    problems.push(`${file}: the CSP's script-src must be 'self' without 'unsafe-inline' (is "${scriptSrc}")`);
  for (const tag of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = tag[1];
    const type = /\stype="([^"]*)"/.exec(attrs)?.[1] ?? '';
    if (/\ssrc="/.test(attrs) || /^application\/(ld\+)?json$/.test(type)) continue;
    if (tag[2].trim()) problems.push(`${file}: inline <script${attrs}> (${tag[2].trim().slice(0, 40)}…)`);
  }
  for (const handler of html.matchAll(/<[a-z][^>]*\s(on[a-z]+)="/g)) problems.push(`${file}: inline event handler ${handler[1]}=`);
  return problems;
}

/** Resources (not plain links) fetched from another origin. */
export function thirdPartyProblems(file, html) {
  const problems = [];
  for (const tag of html.matchAll(/<(script|img|iframe|source|link)\b[^>]*>/g)) {
    const isAnchorLike = tag[1] === 'link' && /\srel="(alternate|canonical)"/.test(tag[0]);
    if (isAnchorLike) continue;
    const url = /\s(?:src|href)="(https?:)?\/\/[^"]*"/.exec(tag[0]);
    if (url) problems.push(`${file}: <${tag[1]}> loads ${url[0].trim()} from another origin`);
  }
  for (const css of html.matchAll(/url\((['"]?)(https?:)?\/\/[^)]*\)/g)) problems.push(`${file}: CSS url() from another origin: ${css[0]}`);
  return problems;
}
