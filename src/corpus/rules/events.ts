/** An event's quotes occur verbatim in its segment. */
import { checkQuotes } from './quotes';
import type { Rule } from './types';

export const events: Rule = (corpus, report) => {
  for (const event of corpus.events) checkQuotes(corpus, report, event, { ...event, path: ['quotes'] });
};
