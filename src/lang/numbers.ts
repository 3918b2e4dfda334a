/**
 * Reads the numbers a sentence states, in Kazakh, Russian or English.
 *
 * Kazakh and Russian group thousands with spaces and use a decimal comma ("218 360", "1,2 миллион");
 * English groups with commas and uses a decimal point. Small numbers are often written as words
 * ("Eleven individuals", "Төрт адам"), so those are read too.
 */
import type { Locale } from '../i18n/locales';

const space = '[  \\u202f]';
const multipliers: Array<[RegExp, number]> = [
  [/^(миллиард|млрд|billion|bn)/i, 1e9],
  [/^(миллион|млн|million|m\b)/i, 1e6],
  [/^(тысяч|тыс\.|мың|thousand)/i, 1e3],
];

const wordValues: Record<Locale, Record<string, number>> = {
  en: {
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    hundred: 100,
  },
  // Stems, so that case forms ("двух", "пятью", "десяти") are read too.
  ru: {
    'од(ин|на|но|ного|ной|ному)': 1,
    'дв(а|е|ух|ум|умя|ое|оих)': 2,
    'тр(и|ех|ём|ем|емя|ёх|ое|оих)': 3,
    'четыр(е|ех|ёх|ем|ьмя)|четвер(о|ых)': 4,
    'пят(ь|и|ью)|пятер(о|ых)': 5,
    'шест(ь|и|ью)|шестер(о|ых)': 6,
    'сем(ь|и|ью)': 7,
    'восем(ь|ью)|восьми': 8,
    'девят(ь|и|ью)': 9,
    'десят(ь|и|ью)': 10,
    'одиннадцат(ь|и)': 11,
    'двенадцат(ь|и)': 12,
    'двадцат(ь|и)': 20,
    'тридцат(ь|и)': 30,
    'сорок(а)?': 40,
    сто: 100,
  },
  kk: {
    // Collective forms ("үшеуі", the three of them) are counts too.
    // "біреуі" (one of them) is a count; plain "бір" is often the article "a".
    'бір|біреу\\p{L}*': 1,
    'екі|екеу\\p{L}*': 2,
    'үш|үшеу\\p{L}*': 3,
    'төрт|төртеу\\p{L}*': 4,
    'бес|бесеу\\p{L}*': 5,
    'алты|алтау\\p{L}*': 6,
    'жеті|жетеу\\p{L}*': 7,
    'сегіз|сегізі': 8,
    тоғыз: 9,
    он: 10,
    жиырма: 20,
    отыз: 30,
    қырық: 40,
    елу: 50,
    жүз: 100,
  },
};

const wordPatterns = Object.fromEntries(
  Object.entries(wordValues).map(([lang, table]) => [
    lang,
    Object.entries(table).map(([stem, value]) => ({
      // \p{L} boundaries: JavaScript's \b does not know Cyrillic letters.
      pattern: new RegExp(`(?<!\\p{L})(?:${stem})(?!\\p{L})`, 'giu'),
      value,
    })),
  ]),
) as Record<Locale, Array<{ pattern: RegExp; value: number }>>;

function digitPattern(lang: Locale): RegExp {
  // A number: digit groups joined by a thousands separator, then an optional decimal part.
  const thousands = lang === 'en' ? `(?:,\\d{3})+` : `(?:${space}\\d{3})+`;
  const decimal = lang === 'en' ? `\\.\\d+` : `,\\d+`;
  return new RegExp(`(?<![\\d.,])\\d+(?:${thousands})?(?:${decimal})?(?![\\d])`, 'g');
}

/**
 * Addresses and dates hold digits that are not quantities, and each language writes them alike,
 * so they are blanked out first: URLs, e-mail addresses, DOIs and dd.mm.yyyy dates.
 */
export function maskNonQuantities(text: string): string {
  // Blanked to the same length, so positions in the masked text are positions in the text.
  const blank = (m: string) => ' '.repeat(m.length);
  return text.replace(/\bhttps?:\/\/\S+|\S+@\S+\.\w+|\b10\.\d{4,}\/\S+/g, blank).replace(/\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/g, blank);
}

/** Where `needle` occurs in `haystack`, whitespace-insensitively (the verbatim rule): start and end offsets. */
export function locate(haystack: string, needle: string): Array<{ start: number; end: number }> {
  const words = normaliseSpace(needle)
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words[0]) return [];
  const pattern = new RegExp(words.join('[\\s\u00a0\u202f]+'), 'g');
  return [...haystack.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * One number as written: where it stands in the (masked) text and the values it may be read as.
 * A digit group split by spaces ("в 2021 году 20 200") is ambiguous, so its parts are readings too;
 * the first reading is the whole number.
 */
export interface NumberToken {
  index: number;
  text: string;
  values: number[];
  /** Written in digits (as against words like "шесть"). */
  digits: boolean;
}

/** Every number the text states, in order: digit forms and (unless `words` is false) number words. */
export function readNumbers(source: string, lang: Locale, { words = true } = {}): NumberToken[] {
  const text = maskNonQuantities(source);
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(digitPattern(lang))) {
    const raw = match[0];
    const normalised = lang === 'en' ? raw.replace(/,/g, '') : raw.replace(new RegExp(space, 'g'), '').replace(',', '.');
    let value = Number(normalised);
    const after = text.slice(match.index + raw.length).replace(/^[\s ]+/, '');
    const multiplier = multipliers.find(([word]) => word.test(after));
    if (multiplier) value = Math.round(value * multiplier[1]);
    const values = [value];
    if (/[\s  ]/.test(raw)) for (const part of raw.split(/[\s  ]+/)) values.push(Number(part.replace(',', '.')));
    tokens.push({ index: match.index, text: raw, values, digits: true });
  }
  if (words)
    for (const { pattern, value } of wordPatterns[lang])
      for (const match of text.matchAll(pattern))
        tokens.push({ index: match.index, text: match[0], values: [value], digits: false });
  return tokens.sort((a, b) => a.index - b.index);
}

/** Every number the text states: digit forms first, then (unless `words` is false) number words. */
export function extractNumbers(source: string, lang: Locale, { words = true } = {}): number[] {
  return readNumbers(source, lang, { words }).flatMap((t) => t.values);
}

/** True when `value` can be read from `text` (anywhere: see `valueProblem` for the strict check). */
export function statesValue(text: string, lang: Locale, value: number): boolean {
  return extractNumbers(text, lang).some((n) => Math.abs(n - value) < 1e-9);
}

const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/**
 * The strict check of a figure's value against one quote: the value must be THE number the quote states.
 * A four-digit year of the figure's own period is not a candidate ("в 2021 году"); every other number is.
 * Without `valueText` the quote must state exactly one candidate and it must read as the value; with it,
 * `valueText` must occur in the quote and state exactly one candidate, the value.
 * Returns null when the value is stated, otherwise the reason.
 */
export function valueProblem(
  quote: string,
  lang: Locale,
  value: number,
  { periodYears = [], valueText }: { periodYears?: readonly number[]; valueText?: string | undefined } = {},
): string | null {
  if (valueText !== undefined && !containsVerbatim(quote, valueText))
    return `the value words «${valueText}» do not occur in the ${lang} quote «${quote}»`;
  const where = valueText ?? quote;
  const candidates = readNumbers(where, lang).filter(
    (t) => !(t.digits && /^\d{4}$/.test(t.text) && periodYears.includes(t.values[0]!)),
  );
  // Only the whole reading counts: "218 360" states 218360, not 218.
  const stating = candidates.filter((t) => same(t.values[0]!, value));
  if (stating.length === 0)
    return `${value} cannot be read from the ${lang} ${valueText === undefined ? 'quote' : 'value words'} «${where}»`;
  if (candidates.length > 1) {
    const others = candidates.filter((t) => !stating.includes(t)).map((t) => t.text);
    if (others.length || stating.length > 1)
      return `the ${lang} ${valueText === undefined ? 'quote' : 'value words'} «${where}» state${valueText === undefined ? 's' : ''} other numbers too (${[...new Set(candidates.map((t) => t.text))].join(', ')}); give the exact words that state ${value} in "valueText.${lang}"`;
  }
  return null;
}

/** Whitespace-insensitive containment, the rule for verbatim quotes. */
export function normaliseSpace(text: string): string {
  return text.replace(/[\s  ]+/g, ' ').trim();
}

export function containsVerbatim(haystack: string, quote: string): boolean {
  return normaliseSpace(haystack).includes(normaliseSpace(quote));
}
