/**
 * Translation differences, ready to show: for each number that differs between the language versions
 * of a segment, the wording of every version side by side (the number marked), whether it is a
 * statistic at all (a postcode is not), what the ledger says about it, and which version agrees with
 * the figure we record where a ledger entry ties the difference to one. Where one version's number
 * stands in place of another's (kk 020008 for ru and en 010008), the two are one difference.
 * Also the number-word slips where the number is the same but its word is not
 * (kk «15 жасқа», up to 15 years of age, against ru «до 15 лет», up to 15 years).
 */
import type { Locale } from '../i18n/locales';
import { readNumbers } from '../lang/numbers';
import type { Located } from '../schemas/corpus';
import type { LedgerEntry, LedgerReason } from '../schemas/ledger';
import type { TextEntry } from '../schemas/text';
import { findMismatches, type NumberMismatch } from './mismatches';
import { numberLedger, type LedgerNumber } from './ledger';
import type { Corpus } from '../schemas/corpus';

/** One version's words around the number: `before` + `number` + `after` is a verbatim stretch of the segment. */
export interface Wording {
  lang: Locale;
  before: string;
  /** The number as written, or "" when this version does not state it. */
  number: string;
  after: string;
}

/** One of the numbers that differ, with the versions that state it and those that do not. */
export interface DifferingNumber extends NumberMismatch {
  /** The number as written where it is stated ("010008", not 10,008). */
  written: string;
}

export interface TranslationDifference {
  source: string;
  segment: string;
  /**
   * The numbers that differ: one (stated in some versions, missing in the others), or two when each
   * version that lacks one states the other in its place (kk 020008 where ru and en have 010008).
   */
  numbers: DifferingNumber[];
  /** False for numbers the ledger calls non-statistics: addresses, bibliographic details, ranks, dates, law numbers. */
  statistic: boolean;
  /** Every version's wording, each with its own number marked where it states one. */
  wordings: Wording[];
  /** The ledger entries about these numbers (with their notes on which version agrees with other evidence). */
  entries: Located<LedgerEntry>[];
  /**
   * Which versions agree with a figure we record, where a ledger entry names a figure of this segment
   * whose value one of the numbers is; absent where our content does not know.
   */
  agreement?: { figure: string; agree: Locale[]; differ: Locale[] };
}

const notStatistics = new Set<LedgerReason>(['address', 'bibliographic', 'ordinal', 'date', 'law', 'not-a-quantity']);

/** A window of words around `at` (or the segment's start when the number is missing there). */
function window(text: string, at: number, length: number, lang: Locale): Wording {
  const startCut = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 60)));
  const endCut = text.indexOf(' ', Math.min(text.length, at + length + 60));
  const end = endCut === -1 ? text.length : endCut;
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return {
    lang,
    before: `${startCut > 0 ? '…' : ''}${flat(text.slice(startCut, at)).trimStart()}`,
    number: text.slice(at, at + length),
    after: `${flat(text.slice(at + length, end))}${end < text.length ? '…' : ''}`,
  };
}

/**
 * The wording of a version that does not state the number: around its own number that the stating
 * version lacks (its counterpart: "10 миллион" for "107 миллионами"), the nearest by relative position;
 * failing that, the segment's opening words.
 */
function counterpart(text: string, lang: Locale, others: ReadonlySet<number>, position: number): Wording {
  const tokens = readNumbers(text, lang).filter((t) => !t.values.some((v) => others.has(v)));
  const distance = (index: number) => Math.abs(index / Math.max(1, text.length) - position);
  const token = [...tokens].sort((a, b) => distance(a.index) - distance(b.index))[0];
  const flat = text.replace(/\s+/g, ' ');
  if (!token) return { lang, before: flat.slice(0, 120), number: '', after: flat.length > 120 ? '…' : '' };
  return window(text, token.index, token.text.length, lang);
}

const sameLanguages = (a: readonly Locale[], b: readonly Locale[]) => a.length === b.length && a.every((l) => b.includes(l));

/** Two numbers of one segment where each version that lacks one states the other: one difference, not two. */
const standsFor = (a: NumberMismatch, b: NumberMismatch) =>
  a !== b &&
  a.source === b.source &&
  a.segment === b.segment &&
  sameLanguages(a.presentIn, b.missingIn) &&
  sameLanguages(a.missingIn, b.presentIn);

export function translationDifferences(corpus: Pick<Corpus, 'texts' | 'figures' | 'ledger'>): TranslationDifference[] {
  const ledgers = new Map<string, LedgerNumber[]>();
  const ledgerOf = (source: string) => {
    if (!ledgers.has(source)) ledgers.set(source, numberLedger(corpus, source));
    return ledgers.get(source)!;
  };
  const entries = new Map(corpus.ledger.map((e) => [e.id + '|' + e.source, e]));
  const segmentText = (source: string, lang: Locale, segment: string) =>
    corpus.texts.find((t) => t.source === source && t.lang === lang)?.segments.find((s) => s.id === segment)?.text ?? '';
  const single = findMismatches(corpus.texts).map((m) => {
    const numbers = ledgerOf(m.source).filter((n) => n.segment === m.segment && Math.abs(n.value - m.value) < 1e-9);
    const stating = m.presentIn.map((lang) => {
      const text = segmentText(m.source, lang, m.segment);
      const n = numbers.find((x) => x.lang === lang);
      return { lang, text, n };
    });
    const first = stating.find((s) => s.n)!;
    const position = (first.n?.index ?? 0) / Math.max(1, first.text.length);
    const stated = new Set(readNumbers(first.text, first.lang).flatMap((t) => t.values));
    const wordings = [
      ...stating.map((s) =>
        s.n ? window(s.text, s.n.index, s.n.text.length, s.lang) : counterpart(s.text, s.lang, stated, position),
      ),
      ...m.missingIn.map((lang) => counterpart(segmentText(m.source, lang, m.segment), lang, stated, position)),
    ];
    const about = numbers
      .map((n) => (n.accounted?.by === 'ledger' ? entries.get(n.accounted.entry + '|' + m.source) : undefined))
      .filter((e): e is Located<LedgerEntry> => e !== undefined);
    return { number: { ...m, written: first.n?.text ?? String(m.value) }, wordings, entries: about };
  });
  // Pair only where the partner is unambiguous: one number standing for exactly one other.
  const partner = (d: (typeof single)[number]) => {
    const found = single.filter((o) => standsFor(d.number, o.number));
    return found.length === 1 && single.filter((o) => standsFor(found[0]!.number, o.number)).length === 1 ? found[0] : undefined;
  };
  const done = new Set<(typeof single)[number]>();
  const differences: TranslationDifference[] = [];
  for (const d of single) {
    if (done.has(d)) continue;
    const other = partner(d);
    const group = other ? [d, other] : [d];
    group.forEach((g) => done.add(g));
    const numbers = group.map((g) => g.number);
    // Each version's wording around its own number: the first number's versions, then the other's.
    const wordings = group.flatMap((g) => g.wordings.filter((w) => g.number.presentIn.includes(w.lang)));
    if (!other) wordings.push(...d.wordings.filter((w) => d.number.missingIn.includes(w.lang)));
    const unique = [...new Map(group.flatMap((g) => g.entries).map((e) => [e.id, e])).values()];
    const languages = [...d.number.presentIn, ...d.number.missingIn];
    const agreement = unique
      .flatMap((e) => e.figures)
      .map((id) => corpus.figures.find((f) => f.id === id))
      .flatMap((f) => {
        const agreeing =
          f && f.source === d.number.source && f.segment === d.number.segment
            ? numbers.find((n) => Math.abs(n.value - f.value) < 1e-9)
            : undefined;
        return agreeing
          ? [{ figure: f!.id, agree: agreeing.presentIn, differ: languages.filter((l) => !agreeing.presentIn.includes(l)) }]
          : [];
      })[0];
    differences.push({
      source: d.number.source,
      segment: d.number.segment,
      numbers,
      statistic: !unique.some((e) => notStatistics.has(e.reason)),
      wordings,
      entries: unique,
      ...(agreement ? { agreement } : {}),
    });
  }
  return differences;
}

/** What a number's word says it counts, by language: age, years, months. */
const unitWords: Record<Locale, Array<[RegExp, 'age' | 'years' | 'months']>> = {
  kk: [
    [/^[\s\u00a0-]*(?:жас)\p{L}*/u, 'age'],
    [/^[\s\u00a0-]*(?:жыл)\p{L}*/u, 'years'],
    [/^[\s\u00a0-]*(?:ай)(?:\p{L}*)/u, 'months'],
  ],
  ru: [
    [/^[\s\u00a0]*(?:лет|год|года)(?!\p{L})/u, 'years'],
    [/^[\s\u00a0]*месяц\p{L}*/u, 'months'],
  ],
  en: [
    [/^[\s\u00a0-]*years?[\s\u00a0-]+old/u, 'age'],
    [/^[\s\u00a0-]*years?(?!\p{L})/u, 'years'],
    [/^[\s\u00a0-]*months?(?!\p{L})/u, 'months'],
  ],
};

export interface UnitSlip {
  source: string;
  segment: string;
  value: number;
  /** Each version's word for what the number counts, with its wording. */
  versions: Array<{ lang: Locale; unit: 'age' | 'years' | 'months'; wording: Wording }>;
}

/** Numbers stated in two versions of a segment with different unit words (age against years, …). */
export function findUnitSlips(texts: readonly TextEntry[]): UnitSlip[] {
  const slips: UnitSlip[] = [];
  for (const [source, versions] of Map.groupBy(texts, (t) => t.source)) {
    if (versions.length < 2) continue;
    const ids = [...new Set(versions.flatMap((v) => v.segments.map((s) => s.id)))];
    for (const segment of ids) {
      const found = new Map<number, UnitSlip['versions']>();
      for (const version of versions) {
        const text = version.segments.find((s) => s.id === segment)?.text;
        if (!text) continue;
        for (const token of readNumbers(text, version.lang)) {
          const rest = text.slice(token.index + token.text.length);
          const unit = unitWords[version.lang].find(([pattern]) => pattern.test(rest))?.[1];
          if (!unit) continue;
          const list = found.get(token.values[0]!) ?? [];
          if (!list.some((v) => v.lang === version.lang && v.unit === unit))
            list.push({ lang: version.lang, unit, wording: window(text, token.index, token.text.length, version.lang) });
          found.set(token.values[0]!, list);
        }
      }
      for (const [value, list] of found) {
        const langs = new Set(list.map((v) => v.lang));
        const units = new Set(list.map((v) => v.unit));
        // A slip: the same number in two versions, and one version calls it something the others do not.
        if (langs.size > 1 && units.size > 1 && list.some((v) => v.unit === 'age'))
          slips.push({ source, segment, value, versions: list });
      }
    }
  }
  return slips;
}
