/** A figure names a known metric and a real segment; its quotes are verbatim and state its value. */
import { statesValue } from '../../lang/numbers';
import { checkQuotes, hasSegment, segmentIndex } from './quotes';
import type { Rule } from './types';

export const figures: Rule = (corpus, report) => {
  const index = segmentIndex(corpus.texts);
  const metrics = new Set(corpus.metrics.map((m) => m.id));
  for (const figure of corpus.figures) {
    if (!metrics.has(figure.metric)) report(figure, ['metric'], `no metric "${figure.metric}" in content/metrics/`);
    if (!hasSegment(index, figure.source, figure.segment)) {
      report(figure, ['segment'], `segment "${figure.segment}" does not exist in any text of ${figure.source}`);
      continue;
    }
    for (const [lang, quote] of checkQuotes(index, report, figure, { ...figure, path: ['quotes'] }))
      if (!statesValue(quote, lang, figure.value))
        report(figure, ['value'], `${figure.value} cannot be read from the ${lang} quote «${quote}»`);
  }
};
