/** A source's tier points to a segment of its own texts. */
import type { SourceId } from '../../schemas/common';
import { hasSegment, segmentIndex } from './quotes';
import type { Rule } from './types';

export const sources: Rule = (corpus, report) => {
  const index = segmentIndex(corpus.texts);
  for (const source of corpus.sources)
    if (source.tier && !hasSegment(index, source.id as SourceId, source.tier.segment))
      report(source, ['tier', 'segment'], `segment "${source.tier.segment}" does not exist in any text of ${source.id}`);
};
