/**
 * Atom (RFC 4287) feeds, one per locale, of the sources and recommendations, so readers can subscribe
 * to new reports. Dates are the sources' publication dates, so a rebuild never changes a feed.
 */
export interface FeedEntry {
  /** Absolute URL: the entry's id and link. */
  url: string;
  title: string;
  /** Partial ISO date ("2023-06-30", "2022-11", "2026"). */
  date: string;
  summary: string;
  /** Language of the summary when it is not the feed's. */
  summaryLang?: string | undefined;
  category: string;
}

export interface Feed {
  url: string;
  /** The site page the feed mirrors. */
  home: string;
  lang: string;
  title: string;
  subtitle: string;
  entries: FeedEntry[];
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A partial date as an Atom timestamp: the first day of its month or year, at midnight UTC. */
export function atomDate(partial: string): string {
  const [y, m = '01', d = '01'] = partial.split('-');
  return `${y}-${m}-${d}T00:00:00Z`;
}

export function atom(feed: Feed): string {
  const entries = [...feed.entries].sort((a, b) => b.date.localeCompare(a.date) || a.url.localeCompare(b.url));
  const updated = entries[0] ? atomDate(entries[0].date) : '1970-01-01T00:00:00Z';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escape(feed.lang)}">`,
    `  <id>${escape(feed.url)}</id>`,
    `  <title>${escape(feed.title)}</title>`,
    `  <subtitle>${escape(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(feed.url)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(feed.home)}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escape(feed.title)}</name></author>`,
  ];
  for (const e of entries) {
    lines.push(
      '  <entry>',
      `    <id>${escape(e.url)}</id>`,
      `    <title>${escape(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escape(e.url)}"/>`,
      `    <published>${atomDate(e.date)}</published>`,
      `    <updated>${atomDate(e.date)}</updated>`,
      `    <category term="${escape(e.category)}"/>`,
      `    <summary${e.summaryLang ? ` xml:lang="${escape(e.summaryLang)}"` : ''}>${escape(e.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
