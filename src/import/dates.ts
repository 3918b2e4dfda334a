/**
 * Publication dates as web pages print them ("30 июня, 2023", "June 30, 2023", "2023 жылғы 30 маусым",
 * "30.06.2023"), read into YYYY-MM-DD for the draft source file.
 */
const months: string[][] = [
  ['январ', 'january', 'jan', 'қаңтар'],
  ['феврал', 'february', 'feb', 'ақпан'],
  ['март', 'march', 'mar', 'наурыз'],
  ['апрел', 'april', 'apr', 'сәуір'],
  ['ма[йя]', 'may', 'мамыр'],
  ['июн', 'june', 'jun', 'маусым'],
  ['июл', 'july', 'jul', 'шілде'],
  ['август', 'august', 'aug', 'тамыз'],
  ['сентябр', 'september', 'sep', 'қыркүйек'],
  ['октябр', 'october', 'oct', 'қазан'],
  ['ноябр', 'november', 'nov', 'қараша'],
  ['декабр', 'december', 'dec', 'желтоқсан'],
];
const month = `(${months.flat().join('|')})[\\p{L}.]*`;

function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  return months.findIndex((names) => names.some((name) => new RegExp(`^${name}`, 'u').test(lower))) + 1;
}

function iso(year: number, monthIndex: number, day: number): string | null {
  const date = new Date(Date.UTC(year, monthIndex - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== monthIndex - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(monthIndex).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every full date a line states, as YYYY-MM-DD, in order. */
export function readDates(text: string): string[] {
  const found: Array<{ at: number; date: string | null }> = [];
  const patterns: Array<[RegExp, (m: RegExpExecArray) => string | null]> = [
    [new RegExp(`(\\d{1,2})\\s+${month},?\\s+(\\d{4})`, 'giu'), (m) => iso(+m[3]!, monthNumber(m[2]!), +m[1]!)],
    [new RegExp(`${month}\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'giu'), (m) => iso(+m[3]!, monthNumber(m[1]!), +m[2]!)],
    [new RegExp(`(\\d{4})\\s+жыл\\p{L}*\\s+(\\d{1,2})\\s+${month}`, 'giu'), (m) => iso(+m[1]!, monthNumber(m[3]!), +m[2]!)],
    [/\b(\d{1,2})\.(\d{2})\.(\d{4})\b/g, (m) => iso(+m[3]!, +m[2]!, +m[1]!)],
    [/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => iso(+m[1]!, +m[2]!, +m[3]!)],
  ];
  for (const [pattern, read] of patterns)
    for (const m of text.matchAll(pattern)) found.push({ at: m.index, date: read(m as RegExpExecArray) });
  return found
    .filter((f): f is { at: number; date: string } => f.date !== null)
    .sort((a, b) => a.at - b.at)
    .map((f) => f.date);
}
