/** A figure names a known metric and a real segment; its quotes are verbatim (the value: `figure-meaning.ts`). */
import { checkQuotes, hasSegment } from './quotes';
import type { Rule } from './types';

export const figures: Rule = (corpus, report) => {
  const metrics = new Set(corpus.metrics.map((m) => m.id));
  for (const figure of corpus.figures) {
    if (!metrics.has(figure.metric) && !corpus.broken.metrics.has(figure.metric))
      report(figure, ['metric'], `no metric "${figure.metric}" in content/metrics/`);
    if (!hasSegment(corpus, figure.source, figure.segment)) {
      report(figure, ['segment'], `segment "${figure.segment}" does not exist in any text of ${figure.source}`);
      continue;
    }
    checkQuotes(corpus, report, figure, { ...figure, path: ['quotes'] });
  }
};
