/**
 * Rules on what a figure means (see `schemas/figure.ts`): what it counts fits its metric, its coverage
 * fits its period, a part names a total that exists in the same source, and its value is THE number
 * its quotes state (not the period's year, not another number of the quote) in a period the text
 * or the source's coverage supports.
 */
import { containsVerbatim, readNumbers, valueProblem } from '../../lang/numbers';
import type { Locale } from '../../i18n/locales';
import type { Corpus } from '../../schemas/corpus';
import type { Figure } from '../../schemas/figure';
import type { CheckedCorpus, Rule } from './types';

/** Reports against the figure being checked: the field path, then the message. */
type Report = (field: Array<string | number>, message: string) => void;

const yearsOfPeriod = (period: string): number[] => {
  const [from, to = from] = period.split('/').map((p) => Number(p.slice(0, 4)));
  const years: number[] = [];
  for (let y = from!; y <= to!; y++) years.push(y);
  return years;
};

function checkCounts(figure: Figure, corpus: Corpus, at: Array<string | number>, report: Report) {
  const metric = corpus.metrics.find((m) => m.id === figure.metric);
  if (!metric || figure.counts === 'not-stated') return;
  const allowed = [metric.unit, ...metric.alsoCounts];
  if (!allowed.includes(figure.counts))
    report(
      [...at, 'counts'],
      `counts "${figure.counts}" but metric "${metric.id}" counts ${allowed.map((a) => `"${a}"`).join(' or ')}; use another metric, "not-stated", or add "${figure.counts}" to the metric's "alsoCounts" if sources count it under this name`,
    );
}

function checkCoverage(figure: Figure, at: Array<string | number>, report: Report) {
  const { coverage, period, to } = figure;
  const isYear = /^\d{4}$/.test(period);
  const isMonth = /^\d{4}-\d{2}$/.test(period);
  const isInterval = period.includes('/');
  if (coverage === 'year' && !isYear) report([...at, 'coverage'], `"year" needs a period of one year (YYYY), not "${period}"`);
  if (coverage === 'month' && !isMonth)
    report([...at, 'coverage'], `"month" needs a period of one month (YYYY-MM), not "${period}"`);
  if (coverage === 'years' && !/^\d{4}\/\d{4}$/.test(period))
    report([...at, 'coverage'], `"years" needs a period of several years (YYYY/YYYY), not "${period}"`);
  if (coverage === 'as-of' && isInterval) report([...at, 'coverage'], `"as-of" needs a date, not the interval "${period}"`);
  if (coverage === 'part-year') {
    if (!isYear) report([...at, 'coverage'], `"part-year" needs the year as its period (YYYY), not "${period}"`);
    if (!to)
      report(
        [...at, 'to'],
        `a "part-year" figure needs "to": the date its count runs to (YYYY-MM or YYYY-MM-DD; the year itself when the date is not stated)`,
      );
    else if (isYear && to !== period && !to.startsWith(`${period}-`))
      report(
        [...at, 'to'],
        `"${to}" must be a date inside the period ${period} (YYYY-MM or YYYY-MM-DD; the year itself when the date is not stated)`,
      );
  } else if (to) report([...at, 'to'], `"to" is only for "part-year" coverage (this figure's coverage is "${coverage}")`);
}

function checkPartOf(figure: Figure, byId: Map<string, Figure>, at: Array<string | number>, report: Report) {
  if (!figure.partOf) return;
  const total = byId.get(figure.partOf);
  if (figure.partOf === figure.id) return report([...at, 'partOf'], `a figure cannot be a part of itself`);
  if (!total) return report([...at, 'partOf'], `no figure "${figure.partOf}" (a part must name the id of its total)`);
  if (total.source !== figure.source)
    report([...at, 'partOf'], `"${total.id}" is from ${total.source}; a part and its total must come from the same source`);
  if (total.period !== figure.period)
    report(
      [...at, 'partOf'],
      `"${total.id}" covers ${total.period} but this part covers ${figure.period}; a part must cover its total's period`,
    );
  if (figure.value > total.value)
    report([...at, 'partOf'], `${figure.value} is more than its total "${total.id}" (${total.value})`);
  const chain = [figure.id];
  for (let f: Figure | undefined = total; f; f = f.partOf ? byId.get(f.partOf) : undefined) {
    if (chain.includes(f.id)) return report([...at, 'partOf'], `"partOf" runs in a circle (${[...chain, f.id].join(' → ')})`);
    chain.push(f.id);
  }
}

/** The four-digit years a text states. */
const yearsIn = (text: string, lang: Locale) =>
  readNumbers(text, lang, { words: false })
    .filter((t) => /^\d{4}$/.test(t.text))
    .map((t) => t.values[0]!);

function checkValueAndPeriod(figure: Figure, corpus: CheckedCorpus, at: Array<string | number>, report: Report) {
  const periodYears = yearsOfPeriod(figure.period);
  const quotes = Object.entries(figure.quotes) as [Locale, string][];
  for (const lang of Object.keys(figure.valueText ?? {}) as Locale[])
    if (!figure.quotes[lang]) report([...at, 'valueText', lang], `there is no ${lang} quote for these value words to occur in`);
  for (const [lang, quote] of quotes) {
    const words = figure.valueText?.[lang];
    const problem = valueProblem(quote, lang, figure.value, { periodYears, valueText: words });
    const misplaced = words !== undefined && !containsVerbatim(quote, words);
    if (problem) report(misplaced ? [...at, 'valueText', lang] : [...at, 'value'], problem);
  }
  // The period: stated in a quote or the segment (any language), or inside what the source covers.
  const source = corpus.sources.find((s) => s.id === figure.source);
  // A source or text that failed validation has its own problem listed; its coverage and segments are unknown.
  if (!source || [...corpus.broken.texts].some((id) => id.startsWith(`${figure.source}/`))) return;
  const stated = new Set<number>();
  for (const text of corpus.texts.filter((t) => t.source === figure.source)) {
    const segment = text.segments.find((s) => s.id === figure.segment);
    if (segment) yearsIn(segment.text, text.lang).forEach((y) => stated.add(y));
  }
  const unsupported = periodYears.filter(
    (y) => !stated.has(y) && !(source && y >= source.coverage.from && y <= source.coverage.to),
  );
  if (unsupported.length)
    report(
      [...at, 'period'],
      `${unsupported.join(', ')} is neither stated in segment "${figure.segment}" nor inside the years ${figure.source} covers (${source?.coverage.from}–${source?.coverage.to})`,
    );
}

/** Every rule on figure meaning, for every figure. */
export const figureMeaning: Rule = (corpus, report) => {
  const byId = new Map(corpus.figures.map((f) => [f.id, f]));
  for (const figure of corpus.figures) {
    const at = (field: Array<string | number>, message: string) => report(figure, field, message);
    const root: Array<string | number> = [];
    checkCounts(figure, corpus, root, at);
    checkCoverage(figure, root, at);
    checkPartOf(figure, byId, root, at);
    checkValueAndPeriod(figure, corpus, root, at);
  }
};
