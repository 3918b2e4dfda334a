/**
 * Numbers, plurals and dates by the platform (Intl), in one place. Every page, citation and feed
 * formats through here, so "23 дела", "1 person" and "30 июня 2023 г." come out the same everywhere.
 */
import type { Locale } from './locales';

/** The Intl locale of each site language (British English: day before month, as in the sources). */
export const intlLocale: Record<Locale, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 2 }).format(value);
}

/** The CLDR plural category of `count` in `locale` (ru: one, few, many, other; kk and en: one, other). */
export function pluralCategory(count: number, locale: Locale): Intl.LDMLPluralRule {
  return new Intl.PluralRules(intlLocale[locale]).select(count);
}

/** The text between the brace at `open` and its matching closing brace, and the index after it. */
function braced(text: string, open: number): [string, number] {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return [text.slice(open + 1, i), i + 1];
  }
  throw new Error(`unbalanced braces in message: ${text}`);
}

/** `one {# дело} few {# дела} …` → { one: '# дело', few: '# дела', … }. */
function pluralOptions(body: string): Map<string, string> {
  const options = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const name = /^\s*([\w=]+)\s*/.exec(body.slice(i));
    if (!name) break;
    i += name[0].length;
    if (body[i] !== '{') throw new Error(`plural option "${name[1]}" needs a {text}: ${body}`);
    const [text, next] = braced(body, i);
    options.set(name[1]!, text);
    i = next;
  }
  if (!options.has('other')) throw new Error(`a plural needs an "other" option: ${body}`);
  return options;
}

/**
 * Fills a message: ICU-style plural blocks `{count, plural, one {# case} other {# cases}}` (an exact
 * `=0 {…}` wins over the category; `#` is the number, formatted for the locale), then `{name}`
 * placeholders. A missing value is left visible as `{name}`.
 */
export function formatMessage(template: string, values: Record<string, string | number>, locale: Locale): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, open);
    const [inner, next] = braced(template, open);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,/.exec(inner);
    if (plural) {
      const count = Number(values[plural[1]!]);
      const options = pluralOptions(inner.slice(plural[0].length));
      const chosen = options.get(`=${count}`) ?? options.get(pluralCategory(count, locale)) ?? options.get('other')!;
      out += formatMessage(chosen.replaceAll('#', formatNumber(count, locale)), values, locale);
    } else {
      const name = inner.trim();
      out += name in values ? String(values[name]) : `{${inner}}`;
    }
    i = next;
  }
  return out;
}

/** A partial ISO date ("2023", "2022-11", "2023-06-30") as its parts. */
function parts(partial: string): { date: Date; precision: 'year' | 'month' | 'day' } {
  const [y, m, d] = partial.split('-').map(Number);
  const precision = d ? 'day' : m ? 'month' : 'year';
  return { date: new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)), precision };
}

const format = (locale: Locale, options: Intl.DateTimeFormatOptions, date: Date) =>
  new Intl.DateTimeFormat(intlLocale[locale], { timeZone: 'UTC', ...options }).format(date);

/**
 * A partial date in running text, with the precision it has: "2026"; "ноябрь 2022 г."; "30 June 2023";
 * "2023 ж. 30 маусым".
 */
export function formatDate(partial: string, locale: Locale): string {
  const { date, precision } = parts(partial);
  if (precision === 'year') return String(date.getUTCFullYear());
  if (precision === 'month') {
    const text = format(locale, { year: 'numeric', month: 'long' }, date);
    // Kazakh and Russian month names are common nouns; ICU capitalises the stand-alone Kazakh form.
    return locale === 'en' ? text : text.toLocaleLowerCase(intlLocale[locale]);
  }
  return format(locale, { year: 'numeric', month: 'long', day: 'numeric' }, date);
}

/**
 * The date of an APA reference, "(2023, June 30)", with the month in the citation's language:
 * "(2023, 30 июня)", "(2023, 30 маусым)"; month only "(2022, ноябрь)"; year only "(2026)".
 */
export function apaDate(partial: string, locale: Locale): string {
  const { date, precision } = parts(partial);
  const year = date.getUTCFullYear();
  if (precision === 'year') return String(year);
  // APA's own order in English (month before day); the language's own order elsewhere.
  const tag = locale === 'en' ? 'en-US' : intlLocale[locale];
  const options: Intl.DateTimeFormatOptions =
    precision === 'day' ? { month: 'long', day: 'numeric', timeZone: 'UTC' } : { month: 'long', timeZone: 'UTC' };
  const dayMonth = new Intl.DateTimeFormat(tag, options).format(date);
  return `${year}, ${locale === 'en' ? dayMonth : dayMonth.toLocaleLowerCase(tag)}`;
}

/** The date GOST R 7.0.5 asks for ("дата обращения: 22.11.2026"): DD.MM.YYYY in every language. */
export function gostDate(date: Date): string {
  return new Intl.DateTimeFormat('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * A preview text of about `max` characters: cut at the last word boundary before the limit, with an
 * ellipsis; text that already fits is returned whole.
 */
export function trimAtWord(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const boundary = cut.search(/[\s,;:.!?–—-]+\S*$/u);
  return `${(boundary > max / 2 ? cut.slice(0, boundary) : cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** Text in the locale's own quotation marks: «…» in Kazakh and Russian, “…” in English. */
export function quoted(text: string, locale: Locale): string {
  return locale === 'en' ? `“${text}”` : `«${text}»`;
}
