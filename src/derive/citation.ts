/**
 * Ready-made citations of one segment of one language version:
 * GOST R 7.0.5-2008 (what Kazakh and Russian researchers use) and APA 7.
 */
import type { Translate } from '../i18n';
import type { Locale } from '../i18n/locales';
import type { Located } from '../schemas/corpus';
import type { Source } from '../schemas/source';

export interface CitationInput {
  source: Located<Source>;
  /** The language version quoted. */
  lang: Locale;
  /** Section heading text, in the quoted version, if any. */
  section?: string | undefined;
  segment: string;
  /** Our permalink to the segment. */
  permalink: string;
  /** The day the citation is made (the build date). */
  accessed: Date;
  /** Apparatus words ("Electronic resource", "accessed") come in the reader's language. */
  t: Translate;
}

const pick = (value: Partial<Record<Locale, string>>, lang: Locale): string =>
  value[lang] ?? value.en ?? value.ru ?? Object.values(value)[0] ?? '';

/** dd.mm.yyyy (UTC), the GOST form of the "accessed" date; copy buttons swap in the reader's date. */
export const dmy = (d: Date) =>
  `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;

/** The address of the quoted version as published, else of the original, else our permalink. */
export function publishedUrl(input: Pick<CitationInput, 'source' | 'lang' | 'permalink'>): string {
  const { source, lang, permalink } = input;
  return source.versions[lang]?.url ?? source.original?.url ?? permalink;
}

function titleOf(source: Source, lang: Locale): string {
  return source.title[lang] ?? pick(source.title, lang);
}

function locator({ t, lang, section, segment }: CitationInput): string {
  const parts = [t('cite.version', { lang: t(`lang.${lang}`) })];
  if (section) parts.push(`${t('cite.section')} «${section}»`);
  parts.push(`${t('cite.segment')} ${segment}`);
  return parts.join(', ');
}

export function gost(input: CitationInput): string {
  const { source, lang, t, accessed } = input;
  const authors = source.authors.map((a) => pick(a, lang));
  const year = source.published.slice(0, 4);
  const url = publishedUrl(input);
  const parts: string[] = [];
  if (source.journal) {
    parts.push(`${authors.join(', ')} ${titleOf(source, lang)} // ${pick(source.journal.name, lang)}.`);
    parts.push(`${year}. – Т. ${source.journal.volume}, № ${source.journal.issue}. – С. ${source.journal.pages}.`);
    parts.push(`DOI ${source.journal.doi}.`);
  } else {
    const responsibility = [...authors, ...(source.publisher ? [pick(source.publisher, lang)] : [])];
    parts.push(
      `${titleOf(source, lang)} [${t('cite.electronic')}]${responsibility.length ? ` / ${responsibility.join('; ')}` : ''}.`,
    );
    parts.push(`${year}.`);
  }
  parts.push(`${locator(input)}.`);
  parts.push(`URL: ${url} (${t('cite.accessed')}: ${dmy(accessed)}).`);
  return parts.join(' – ');
}

export function apa(input: CitationInput): string {
  const { source, lang } = input;
  const authors = source.authors.map((a) => pick(a, lang));
  const publisher = source.publisher ? pick(source.publisher, lang) : '';
  const who = authors.length ? authors.join(', ') : publisher || titleOf(source, lang);
  const [y, m, d] = source.published.split('-');
  const date = [
    y,
    m && new Date(Date.UTC(Number(y), Number(m) - 1, Number(d ?? 1))).toLocaleString('en', { month: 'long', timeZone: 'UTC' }),
    d && String(Number(d)),
  ]
    .filter(Boolean)
    .join(', ')
    .replace(/, (\d+)$/, ' $1');
  const title = titleOf(source, lang);
  const parts = [`${who.replace(/\.$/, '')}. (${date}).`];
  if (source.journal) {
    parts.push(
      `${title} [${locator(input)}]. ${pick(source.journal.name, lang)}, ${source.journal.volume}(${source.journal.issue}), ${source.journal.pages}. https://doi.org/${source.journal.doi}`,
    );
  } else {
    parts.push(`${title} [${locator(input)}].`);
    if (publisher && authors.length) parts.push(`${publisher}.`);
    parts.push(publishedUrl(input));
  }
  return parts.join(' ');
}

/**
 * The page's citations say when the content last changed (the build is reproducible); a copied
 * citation says when the reader copied it: the last occurrence of the page's date becomes today's.
 */
export function withToday(text: string, pageDate: string | undefined, now = new Date()): string {
  if (!pageDate) return text;
  const at = text.lastIndexOf(pageDate);
  if (at < 0) return text;
  const today = `${String(now.getDate()).padStart(2, '0')}.${String(now.getMonth() + 1).padStart(2, '0')}.${now.getFullYear()}`;
  return text.slice(0, at) + today + text.slice(at + pageDate.length);
}
