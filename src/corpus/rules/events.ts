/** An event's quotes occur verbatim in its segment. */
import { checkQuotes, segmentIndex } from './quotes';
import type { Rule } from './types';

export const events: Rule = (corpus, report) => {
  const index = segmentIndex(corpus.texts);
  for (const event of corpus.events) checkQuotes(index, report, event, { ...event, path: ['quotes'] });
};
