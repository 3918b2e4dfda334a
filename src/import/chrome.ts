/**
 * Page chrome: what a web page or PDF puts around a text that is not part of it. Each rule is named, so
 * the review says why a line was dropped. Only whole lines are dropped, never words inside a sentence.
 */
import { readDates } from './dates';
import type { RawParagraph, Repair } from './types';
import type { Locale } from '../i18n/locales';

interface LineRule {
  name: string;
  pattern: RegExp;
}

/** Lines that are chrome wherever they stand. */
const lineRules: LineRule[] = [
  { name: 'site banner', pattern: /^(flag|an official website of the united states government|official websites use \.gov)$/i },
  { name: 'reading time', pattern: /^\d+\s+(минутное чтение|минут(ы)? чтения|min(ute)?s? read|минуттық оқылым|минут оқу)$/i },
  { name: 'related links', pattern: /^(read also|see also|читайте также|смотрите также|тағы оқыңыз|сондай-ақ оқыңыз)$/i },
  { name: 'share buttons', pattern: /^(share|поделиться|бөлісу)(\s*:)?$/i },
  { name: 'page number', pattern: /^(page|страница|стр\.|бет)\s*\d+(\s*(of|из|\/)\s*\d+)?$/i },
  { name: 'page number', pattern: /^\d+\s*(of|из|\/)\s*\d+(\s*(pages?|стр\.?|страниц[аы]?|бет))?$/i },
  // "Home / News / Reports", "Главная › Новости": the site's breadcrumb trail.
  { name: 'breadcrumbs', pattern: /^[\p{L}][\p{L} .-]{0,30}(\s+[\/›>»|]\s+[\p{L}][\p{L} .-]{0,30}){2,}$/u },
  { name: 'page number', pattern: /^[-–—]?\s*\d{1,3}\s*[-–—]?$/ },
];

const readingTime = lineRules.find((r) => r.name === 'reading time')!.pattern;

/** Splits raw text into paragraphs: blank lines separate them; a file without blank lines has one per line. */
export function rawParagraphs(raw: string): RawParagraph[] {
  const lines = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((text, i) => ({ text: text.replace(/\s+$/, (s) => (/ {2,}$/.test(s) ? '  ' : '')), line: i + 1 }));
  const content = lines.filter((l) => l.text.trim() !== '');
  const first = lines.findIndex((l) => l.text.trim() !== '');
  const last = lines.findLastIndex((l) => l.text.trim() !== '');
  const hasBlankLines = lines.slice(first, last + 1).some((l) => l.text.trim() === '');
  const average = content.reduce((n, l) => n + l.text.length, 0) / Math.max(content.length, 1);
  // "One paragraph per line" (the usual copy from a web page into a plain file) has long lines and no blank ones.
  if (!hasBlankLines && average > 150) return content.map((l) => ({ lines: [l] }));
  const paragraphs: RawParagraph[] = [];
  let current: RawParagraph | null = null;
  for (const l of lines) {
    if (l.text.trim() === '') current = null;
    else {
      if (!current) paragraphs.push((current = { lines: [] }));
      current.lines.push(l);
    }
  }
  return paragraphs;
}

/**
 * Drops page chrome: lines matching a rule, the page's header card (a paragraph holding a reading time,
 * usually with a repeated title and the date, whose dates are kept for the source file), and short lines
 * repeated three times or more (running headers and footers).
 */
export function dropChrome(
  paragraphs: RawParagraph[],
  lang: Locale,
): { paragraphs: RawParagraph[]; repairs: Repair[]; dates: string[] } {
  const repairs: Repair[] = [];
  const dates: string[] = [];
  const counts = new Map<string, number>();
  for (const p of paragraphs) for (const l of p.lines) counts.set(l.text.trim(), (counts.get(l.text.trim()) ?? 0) + 1);
  const isRunningHeader = (text: string) =>
    (counts.get(text) ?? 0) >= 3 &&
    text.length >= 10 &&
    text.length <= 80 &&
    !/@|https?:|www\./.test(text) &&
    !/^[-*•]|\d+[.)]\s/.test(text);

  const kept: RawParagraph[] = [];
  for (const p of paragraphs) {
    if (p.lines.some((l) => readingTime.test(l.text.trim()))) {
      dates.push(...p.lines.flatMap((l) => readDates(l.text)));
      for (const l of p.lines)
        repairs.push({ lang, line: l.line, rule: 'chrome', detail: `page header card: «${l.text.trim()}»` });
      continue;
    }
    const lines = p.lines.filter((l) => {
      const text = l.text.trim();
      const rule = lineRules.find((r) => r.pattern.test(text))?.name ?? (isRunningHeader(text) ? 'running header' : null);
      if (rule) repairs.push({ lang, line: l.line, rule: 'chrome', detail: `${rule}: «${text}»` });
      return !rule;
    });
    if (lines.length) kept.push({ lines });
  }
  return { paragraphs: kept, repairs, dates };
}
