/**
 * The ledger of numbers: every ledger entry points at real words of a real segment and at real figures,
 * and every number of every segment is accounted for (a figure, a recognised date or article number,
 * or a ledger entry). See `derive/ledger.ts`.
 */
import type { Locale } from '../../i18n/locales';
import type { Figure } from '../../schemas/figure';
import { containsVerbatim, readNumbers, valueProblem } from '../../lang/numbers';
import { figureRanges, numberLedger } from '../../derive/ledger';
import { hasBrokenText, hasSegment, segmentIndex } from './quotes';
import type { Rule } from './types';

/** The whole quote of a figure in a segment (not only its value words). */
const locateQuote = (text: string, f: Figure, lang: Locale) => figureRanges(text, lang, { ...f, valueText: undefined });

const needFigures = new Set(['same-as', 'contradicts', 'translation-differs']);

export const ledger: Rule = (corpus, report) => {
  const index = segmentIndex(corpus.texts);
  const figures = new Map(corpus.figures.map((f) => [f.id, f]));
  for (const entry of corpus.ledger) {
    if (!hasSegment(corpus, entry.source, entry.segment)) {
      report(entry, ['segment'], `segment "${entry.segment}" does not exist in any text of ${entry.source}`);
      continue;
    }
    for (const [lang, words] of Object.entries(entry.words ?? {}) as [Locale, string][]) {
      if (hasBrokenText(corpus, entry.source, lang)) continue;
      const segment = index.get(entry.source)?.get(lang)?.get(entry.segment);
      if (!segment) report(entry, ['words', lang], `the ${lang} version of ${entry.source} has no segment "${entry.segment}"`);
      else if (!containsVerbatim(segment.text, words))
        report(
          entry,
          ['words', lang],
          `«${words}» does not occur verbatim in ${entry.source} (${lang}) segment "${entry.segment}"`,
        );
      else if (!readNumbers(words, lang).length) report(entry, ['words', lang], `«${words}» states no number`);
    }
    entry.figures.forEach((id, k) => {
      const figure = figures.get(id);
      if (!figure) {
        if (!corpus.broken.figures.has(id)) report(entry, ['figures', k], `no figure "${id}"`);
      } else if (figure.source !== entry.source)
        report(entry, ['figures', k], `"${id}" is a figure of ${figure.source}, not of ${entry.source}`);
    });
    if (needFigures.has(entry.reason) && entry.figures.length === 0)
      report(entry, ['figures'], `a "${entry.reason}" entry must name the figure(s) it is about`);
  }
  // A figure whose quote is not verbatim, or does not state its value, is reported by its own rules;
  // the numbers it was meant to account for are not reported again here.
  const coveredByFailing = (n: { source: string; segment: string; lang: Locale; index: number; value: number }, text: string) =>
    corpus.figures.some((f: Figure) => {
      const quote = f.quotes[n.lang];
      if (f.source !== n.source || f.segment !== n.segment || !quote) return false;
      if (!containsVerbatim(text, quote)) return Math.abs(f.value - n.value) < 1e-9;
      if (!valueProblem(quote, n.lang, f.value, { valueText: f.valueText?.[n.lang] })) return false;
      return locateQuote(text, f, n.lang).some((r) => n.index >= r.start && n.index < r.end);
    });
  // While a figure or a ledger entry is broken, the numbers it would account for are not reported again.
  if (corpus.broken.figures.size || corpus.broken.ledger.size) return;
  for (const source of new Set(corpus.texts.map((t) => t.source)))
    for (const n of numberLedger(corpus, source).filter((n) => !n.accounted)) {
      const text = corpus.texts.find((t) => t.source === source && t.lang === n.lang)!;
      if (coveredByFailing(n, text.segments.find((s) => s.id === n.segment)!.text)) continue;
      report(
        { id: text.id, file: `${text.file}:${n.line}` },
        ['segments', n.segment],
        `the number «${n.text}» in «${n.context}» is neither a figure nor in the ledger; add a figure, or an entry with its reason to content/ledger/${source}.json`,
      );
    }
};
