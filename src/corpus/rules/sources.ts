/**
 * Every figure, recommendation and event belongs to a source that exists (`content/sources/<id>.json`:
 * source ids are open slugs, so this is where an unknown one is caught); a source's tier points to a
 * segment of its own texts.
 */
import { hasSegment } from './quotes';
import type { Rule } from './types';

export const sources: Rule = (corpus, report) => {
  // A source whose file failed validation exists; its own problem is already listed.
  const known = new Set([...corpus.sources.map((s) => s.id), ...corpus.broken.sources]);
  for (const entry of [...corpus.figures, ...corpus.recommendations, ...corpus.events])
    if (!known.has(entry.source)) report(entry, ['source'], `no source "${entry.source}" in content/sources/`);
  for (const source of corpus.sources)
    if (source.tier && !hasSegment(corpus, source.id, source.tier.segment))
      report(source, ['tier', 'segment'], `segment "${source.tier.segment}" does not exist in any text of ${source.id}`);
};
