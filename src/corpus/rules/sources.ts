/** A source's tier points to a segment of its own texts. */
import type { SourceId } from '../../schemas/common';
import { hasSegment } from './quotes';
import type { Rule } from './types';

export const sources: Rule = (corpus, report) => {
  for (const source of corpus.sources)
    if (source.tier && !hasSegment(corpus, source.id as SourceId, source.tier.segment))
      report(source, ['tier', 'segment'], `segment "${source.tier.segment}" does not exist in any text of ${source.id}`);
};
