/**
 * Numbers that are not quantities, recognised by their words: only where the reading is unambiguous.
 *
 * - **date**: a four-digit year (1900–2099) followed by the word for "year" (ru «году», «г.», «гг.»;
 *   kk «жылы», «жылғы», «ж.»), a year range before it ("2024-2025 гг."), a year after a month name or
 *   an English "in/since/from/to/by/until/of/during"; a day before a month name ("25 маусымда", "5 июня",
 *   "5 June"). URLs, e-mails, DOIs and dd.mm.yyyy dates are blanked before any number is read (`numbers.ts`).
 * - **law**: article numbers after the word for article (ru «статья 128», «статьям 128, 134 и 308»,
 *   «п. 2 ч. 3 ст. 125»; kk «128-бап», «128, 134 және 308-баптарына»; en "Article 128", "Articles 128 and 135").
 * - **reference**: a bracketed reference number in running text ("[2]").
 *
 * Everything else (a "№ 7" may be a resolution or a journal issue; "2" may be a tier or a count) is left
 * to the ledger (`content/ledger/`), where a person gives the reason.
 */
import type { Locale } from '../i18n/locales';

export type AutoReason = 'date' | 'law' | 'reference';

export interface Span {
  start: number;
  end: number;
  reason: AutoReason;
}

const sp = '[\\s\\u00a0\\u202f]*';
const year = '(?:19|20)\\d{2}';
const yearRange = `${year}(?:${sp}[-–—]${sp}${year})?`;

const months: Record<Locale, string> = {
  ru: '(?:январ[ьяею]|феврал[ьяею]|март[аеу]?|апрел[ьяею]|ма[йяею]|июн[ьяею]|июл[ьяею]|август[аеу]?|сентябр[ьяею]|октябр[ьяею]|ноябр[ьяею]|декабр[ьяею])(?!\\p{L})',
  kk: '(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\\p{L}*',
  en: '(?:January|February|March|April|May|June|July|August|September|October|November|December)',
};
const yearWords: Record<Locale, string> = {
  ru: '(?:год\\p{L}*|гг?\\.)',
  kk: '(?:жыл\\p{L}*|ж\\.)',
  en: '(?!)', // English puts the year after a preposition instead: see below.
};

function patterns(lang: Locale): Array<{ pattern: RegExp; reason: AutoReason }> {
  const list: Array<{ pattern: string; reason: AutoReason }> = [
    { pattern: `(?<!\\d)${yearRange}${sp}${yearWords[lang]}`, reason: 'date' },
    { pattern: `${months[lang]}${sp}${year}(?!\\d)`, reason: 'date' },
    { pattern: `(?<![\\d.,])\\d{1,2}${sp}${months[lang]}`, reason: 'date' },
  ];
  if (lang === 'en') {
    list.push({ pattern: `\\b(?:in|since|from|to|by|until|of|during)${sp}${yearRange}(?!\\d)`, reason: 'date' });
    list.push({ pattern: `${months.en}${sp}\\d{1,2}(?!\\d)`, reason: 'date' });
    list.push({ pattern: `\\bArticles?${sp}\\d+(?:${sp}(?:,|and)${sp}\\d+)*`, reason: 'law' });
  }
  if (lang === 'ru') {
    list.push({ pattern: `(?<!\\p{L})стат(?:ья|ьи|ье|ью|ьей|ьям|ьями|ьях)${sp}\\d+(?:${sp}(?:,|и)${sp}\\d+)*`, reason: 'law' });
    list.push({ pattern: `(?<!\\p{L})(?:п\\.${sp}\\d+${sp})?(?:ч\\.${sp}\\d+${sp})?ст\\.${sp}\\d+`, reason: 'law' });
  }
  list.push({ pattern: `\\[\\d+(?:${sp}[,–-]${sp}\\d+)*\\]`, reason: 'reference' });
  if (lang === 'kk') list.push({ pattern: `(?<![\\d.,])\\d+(?:${sp}(?:,|және)${sp}\\d+)*${sp}-${sp}бап\\p{L}*`, reason: 'law' });
  return list.map(({ pattern, reason }) => ({ pattern: new RegExp(pattern, 'giu'), reason }));
}

/** The stretches of `text` that hold dates and article numbers, by position. */
export function nonQuantitySpans(text: string, lang: Locale): Span[] {
  return patterns(lang).flatMap(({ pattern, reason }) =>
    [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, reason })),
  );
}
