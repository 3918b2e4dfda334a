/**
 * Ready-made citations of one passage of one language version: GOST R 7.0.5-2008 (what Kazakh and
 * Russian researchers use) and APA 7. The apparatus ("Electronic resource", "accessed", the month) is in
 * the reader's language; titles, authors and publishers as the quoted version states them.
 *
 * What is not known is not invented: a source with no author starts with its title (never the title
 * twice); an unknown publisher is left out; a version with no known address of its own is quoted from
 * this site, and says so ("Quoted from …"), instead of passing this site's address off as its own.
 */
import type { Translate } from '../i18n';
import { apaDate, gostDate, quoted } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { Located } from '../schemas/corpus';
import type { Source } from '../schemas/source';

export interface CitationInput {
  source: Located<Source>;
  /** The language version quoted. */
  lang: Locale;
  /** The reader's language: the apparatus and the dates are in it. */
  locale: Locale;
  /** Section heading text, in the quoted version; absent when the section is the whole document. */
  section?: string | undefined;
  /** The passage's place in its section, in the reader's language ("paragraph 2"). */
  place: string;
  /** Our permalink to the passage. */
  permalink: string;
  /** The day the citation is made. */
  accessed: Date;
  /** Apparatus words come in the reader's language. */
  t: Translate;
}

const pick = (value: Partial<Record<Locale, string>>, lang: Locale): string =>
  value[lang] ?? value.en ?? value.ru ?? Object.values(value)[0] ?? '';

/**
 * The original document, when the held versions are translations of it. A source whose own text is
 * an original (a news story about a report, say) has no other original: its `original` is the
 * document it reports on.
 */
export function knownOriginal(source: Source): Source['original'] {
  const heldIsOriginal = Object.values(source.versions).some((v) => v?.role === 'original');
  return heldIsOriginal ? undefined : source.original;
}

/** The document a source reports on (the `original` of a source whose own text is the original). */
export function reportedDocument(source: Source): Source['original'] {
  return knownOriginal(source) ? undefined : source.original;
}

/** The address of the quoted version as its publisher put it online, when known. */
export function publishedUrl(input: Pick<CitationInput, 'source' | 'lang'>): string | undefined {
  return input.source.versions[input.lang]?.url;
}

function titleOf(source: Source, lang: Locale): string {
  return source.title[lang] ?? pick(source.title, lang);
}

/** "Russian version, section «PROTECTION», paragraph 2". */
function locator({ t, lang, locale, section, place }: CitationInput): string {
  const parts = [t('cite.version', { lang: t(`lang.${lang}`), langIn: t(`lang.in.${lang}`) })];
  if (section) parts.push(`${t('cite.section')} ${quoted(section, locale)}`);
  if (place) parts.push(place);
  return parts.join(', ');
}

/** Where the text can be read: its own address, else this site's copy, named as such. */
function where(input: CitationInput, accessed: string): string {
  const { t, permalink } = input;
  const own = publishedUrl(input);
  return own ? `URL: ${own}${accessed}` : `${t('cite.quotedFrom')}: ${t('site.name')}. URL: ${permalink}${accessed}`;
}

export function gost(input: CitationInput): string {
  const { source, lang, t, accessed } = input;
  const authors = source.authors.map((a) => pick(a, lang));
  const year = source.published.slice(0, 4);
  const dated = ` (${t('cite.accessed')}: ${gostDate(accessed)})`;
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
  parts.push(`${where(input, dated)}.`);
  const original = knownOriginal(source);
  if (original && original.lang !== lang) {
    parts.push(`${t('cite.original')}: ${original.title}${original.url ? `. URL: ${original.url}` : ''}.`);
  }
  return parts.join(' – ');
}

/** "Tastanov A.M." → "Tastanov, A. M." (APA's surname-first order); organisations stay as written. */
function apaName(name: string): string {
  const person = /^(\p{Lu}[\p{L}'’-]+)\s+((?:\p{Lu}\p{Ll}?\.\s?)+)$/u.exec(name.trim());
  if (!person) return name.replace(/\.$/, '');
  const initials = person[2]!.replace(/\s/g, '').replace(/\./g, '. ').trim();
  return `${person[1]}, ${initials}`;
}

function apaAuthors(names: string[]): string {
  const list = names.map(apaName);
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')}, & ${list.at(-1)}`;
}

export function apa(input: CitationInput): string {
  const { source, lang, locale, t } = input;
  const authors = source.authors.map((a) => pick(a, lang));
  const publisher = source.publisher ? pick(source.publisher, lang) : '';
  const title = titleOf(source, lang);
  const date = `(${apaDate(source.published, locale)}).`;
  const bracket = `[${locator(input)}]`;
  const end = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);
  const parts: string[] = [];
  // Author position: the authors; else the publisher as group author; else the title itself (once).
  const who = authors.length ? apaAuthors(authors) : publisher;
  if (who) parts.push(end(who), date, `${title} ${bracket}.`);
  else parts.push(`${title} ${bracket}.`, date);
  if (source.journal) {
    parts.push(
      `${pick(source.journal.name, lang)}, ${source.journal.volume}(${source.journal.issue}), ${source.journal.pages}. https://doi.org/${source.journal.doi}`,
    );
    return parts.join(' ');
  }
  if (publisher && authors.length) parts.push(end(publisher));
  const own = publishedUrl(input);
  parts.push(own ?? `${t('cite.quotedFrom')}: ${t('site.name')}. ${input.permalink}`);
  const original = knownOriginal(source);
  if (original && original.lang !== lang)
    parts.push(`(${t('cite.original')}: ${original.title}${original.url ? `, ${original.url}` : ''})`);
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
