/**
 * The ledger of numbers: every number of every source segment, in every language version, and what
 * accounts for it — a figure (the number its quote states), a date or article number recognised by
 * code (`lang/non-quantities.ts`), or an entry of `content/ledger/` with its reason. A number with
 * none of these is "unaccounted": the build stops on it (`corpus/rules/ledger.ts`).
 *
 * The Kazakh «бір» is left out: it is far more often the article "a" than the number one.
 */
import type { Locale } from '../i18n/locales';
import { locate, readNumbers, type NumberToken } from '../lang/numbers';
import { nonQuantitySpans, type AutoReason } from '../lang/non-quantities';
import type { Corpus, Located } from '../schemas/corpus';
import type { Figure } from '../schemas/figure';
import type { LedgerEntry, LedgerReason } from '../schemas/ledger';

export type Accounted =
  /** The number a figure's quote states. */
  | { by: 'figure'; figure: string }
  /** A date or article number, recognised by its words. */
  | { by: 'auto'; reason: AutoReason }
  /** Listed in `content/ledger/` with a reason. */
  | { by: 'ledger'; entry: string; reason: LedgerReason; figures: string[] };

export interface LedgerNumber {
  source: string;
  segment: string;
  lang: Locale;
  /** Line of the segment in its text file (for messages). */
  line: number;
  /** The number as written, and where it starts in the segment text. */
  text: string;
  index: number;
  /** Its value (the whole reading). */
  value: number;
  /** A few words either side, for messages and the page. */
  context: string;
  accounted: Accounted | null;
}

const isArticle = (lang: Locale, token: NumberToken) => lang === 'kk' && !token.digits && /^бір$/i.test(token.text);

type Range = { start: number; end: number };
const inside = (token: NumberToken, r: Range) => token.index >= r.start && token.index + token.text.length <= r.end;

function contextOf(text: string, token: NumberToken): string {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, token.index - 30)));
  const to = text.indexOf(' ', Math.min(text.length, token.index + token.text.length + 30));
  return `${from > 0 ? '…' : ''}${text.slice(from, to === -1 ? undefined : to).trim()}${to === -1 ? '' : '…'}`;
}

/** The positions of the value a figure's quote states in one segment text (the value words, else the quote). */
export function figureRanges(text: string, lang: Locale, figure: Figure): Range[] {
  const quote = figure.quotes[lang];
  if (!quote) return [];
  const words = figure.valueText?.[lang];
  return locate(text, quote).flatMap((q) => {
    if (!words) return [q];
    return locate(text.slice(q.start, q.end), words).map((w) => ({ start: q.start + w.start, end: q.start + w.end }));
  });
}

/** Every number of one source's texts, each with what accounts for it. */
export function numberLedger(corpus: Pick<Corpus, 'texts' | 'figures' | 'ledger'>, source: string): LedgerNumber[] {
  const figures = corpus.figures.filter((f) => f.source === source);
  const entries = corpus.ledger.filter((e) => e.source === source);
  const out: LedgerNumber[] = [];
  for (const text of corpus.texts.filter((t) => t.source === source)) {
    for (const segment of text.segments) {
      const tokens = readNumbers(segment.text, text.lang).filter((t) => !isArticle(text.lang, t));
      if (!tokens.length) continue;
      const auto = nonQuantitySpans(segment.text, text.lang);
      const own = figures
        .filter((f) => f.segment === segment.id)
        .map((f) => ({ f, ranges: figureRanges(segment.text, text.lang, f) }));
      const listed = entries
        .filter((e) => e.segment === segment.id && (!e.words || e.words[text.lang]))
        .map((e) => ({
          e,
          ranges: e.words ? locate(segment.text, e.words[text.lang]!) : [{ start: 0, end: segment.text.length }],
        }));
      for (const token of tokens) {
        const value = token.values[0]!;
        const figure = own.find(({ f, ranges }) => Math.abs(f.value - value) < 1e-9 && ranges.some((r) => inside(token, r)));
        const span = auto.find((r) => inside(token, r));
        const entry = listed.find(({ ranges }) => ranges.some((r) => inside(token, r)));
        const accounted: Accounted | null = figure
          ? { by: 'figure', figure: figure.f.id }
          : entry
            ? { by: 'ledger', entry: entry.e.id, reason: entry.e.reason, figures: entry.e.figures }
            : span
              ? { by: 'auto', reason: span.reason }
              : null;
        out.push({
          source,
          segment: segment.id,
          lang: text.lang,
          line: segment.line,
          text: token.text,
          index: token.index,
          value,
          context: contextOf(segment.text, token),
          accounted,
        });
      }
    }
  }
  return out;
}

/** Ledger entries that contradict or differ from a figure, by figure id (shown beside the figure). */
export function statementsAbout(corpus: Pick<Corpus, 'ledger'>): Map<string, Located<LedgerEntry>[]> {
  const out = new Map<string, Located<LedgerEntry>[]>();
  for (const entry of corpus.ledger)
    if (entry.reason === 'contradicts' || entry.reason === 'translation-differs')
      for (const id of entry.figures) out.set(id, [...(out.get(id) ?? []), entry]);
  return out;
}
