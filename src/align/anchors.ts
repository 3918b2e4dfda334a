/**
 * Anchors: things a translation keeps unchanged, so they tie a sentence (or paragraph) to its
 * counterpart whatever the language: numbers, Latin-script names and acronyms, quotations and colons.
 */
import type { Locale } from '../i18n/locales';

export interface Anchors {
  /** Numbers, normalised: thousands separators dropped, decimal comma read as a point ("1,2" → "1.2"). */
  numbers: string[];
  /** Latin-script words that look like names or acronyms (capitalised, or containing a capital or digit). */
  latin: string[];
  /** Every Latin-script word, lower-cased: where a name from the other side is looked for. */
  latinWords: string[];
  /** How many quotations («…», “…”, "…") the text opens. */
  quotes: number;
  /** How many colons the text has (not inside numbers such as 10:30). */
  colons: number;
}

const numberPattern = /\d+(?:[ \u00a0\u202f]\d{3}(?!\d))*(?:[.,]\d+)*/g;

/** One number as written → a key that is the same in every language ("218 360", "218,360" → "218360"). */
export function numberKey(written: string, lang?: Locale): string {
  let key = written.replace(/[ \u00a0\u202f]/g, '');
  // English writes thousands with a comma ("218,360"); Kazakh and Russian use it as the decimal sign.
  if (lang === 'en') key = key.replace(/,(?=\d{3}(?!\d))/g, '');
  else if (/^\d+,\d+$/.test(key)) key = key.replace(',', '.');
  return key.replace(/\.0+$/, '');
}

export function anchorsOf(text: string, lang?: Locale): Anchors {
  const numbers = [...text.matchAll(numberPattern)].map((m) => numberKey(m[0], lang));
  // Capitalised Latin words (or ones holding a capital or digit: USAID, COVID-19). In an English text every
  // word is Latin, so only these name-like ones can be matched against a Cyrillic translation.
  const words = [...text.matchAll(/(?<![\p{L}\d])[A-Za-z][A-Za-z0-9'-]*[A-Za-z0-9](?![\p{L}\d])/gu)].map((m) => m[0]);
  const latin = words
    .filter((w) => /[A-Z]/.test(w) && (lang !== 'en' || /^[A-Z0-9-]{2,}$/.test(w) || /[A-Z].*[A-Z]/.test(w)))
    .map((w) => w.toLowerCase());
  const latinWords = words.map((w) => w.toLowerCase());
  const quotes = (text.match(/[«“„]/g) ?? []).length + Math.floor((text.match(/"/g) ?? []).length / 2);
  const colons = (text.match(/:(?!\d)/g) ?? []).length;
  return { numbers, latin, latinWords, quotes, colons };
}

/** Merges the anchors of consecutive items (for 2:1 and 1:2 beads). */
export function joinAnchors(list: Anchors[]): Anchors {
  return {
    numbers: list.flatMap((a) => a.numbers),
    latin: list.flatMap((a) => a.latin),
    latinWords: list.flatMap((a) => a.latinWords),
    quotes: list.reduce((n, a) => n + a.quotes, 0),
    colons: list.reduce((n, a) => n + a.colons, 0),
  };
}

function multisetOverlap(a: string[], b: string[]): { shared: number; unshared: number } {
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let shared = 0;
  for (const x of b) {
    const n = counts.get(x) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(x, n - 1);
    }
  }
  return { shared, unshared: a.length + b.length - 2 * shared };
}

export interface AnchorScore {
  /** Log-odds in favour of the pairing (positive: anchors agree). */
  score: number;
  /** Share of anchors that agree, 0..1, or null when neither side has any. */
  agreement: number | null;
}

/**
 * How well two sides' anchors agree. Latin words are only counted when the side they come from is not
 * English (an English text is all Latin), and then only as "found or not" on the other side.
 */
export function compareAnchors(a: Anchors, b: Anchors, langA?: Locale, langB?: Locale): AnchorScore {
  const numbers = multisetOverlap(a.numbers, b.numbers);
  let shared = numbers.shared;
  let unshared = numbers.unshared;
  let score = 1.5 * numbers.shared - 1.2 * numbers.unshared;
  const latinMatch = (from: string[], other: string[]) => {
    const set = new Set(other);
    for (const word of new Set(from)) {
      if (set.has(word)) {
        shared++;
        score += 1.2;
      } else {
        unshared++;
        score -= 0.6;
      }
    }
  };
  if (langA !== 'en') latinMatch(a.latin, b.latinWords);
  if (langB !== 'en') latinMatch(b.latin, a.latinWords);
  for (const key of ['quotes', 'colons'] as const) {
    const both = Math.min(a[key], b[key]);
    const diff = Math.abs(a[key] - b[key]);
    score += 0.6 * both - 0.4 * diff;
    shared += both;
    unshared += diff;
  }
  return { score, agreement: shared + unshared ? shared / (shared + unshared) : null };
}
