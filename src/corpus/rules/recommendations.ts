/**
 * A recommendation names known themes, groups and bodies and a real segment; its text is verbatim in
 * every language stating it; its follow-ups come from later sources and quote them verbatim; each body
 * named responsible comes with the verbatim words of the source (its own or a later one) naming it.
 * References to entries that failed validation are not reported again.
 */
import { checkQuotes, hasSegment, segmentIndex } from './quotes';
import type { CheckedCorpus, Rule } from './types';

type At = (field: Array<string | number>, message: string) => void;

/** Reports ids that are neither valid nor broken entries of the collection. */
function checkRefs(corpus: CheckedCorpus, collection: 'themes' | 'groups', noun: string, ids: readonly string[], at: At) {
  const known = new Set(corpus[collection].map((x) => x.id));
  ids.forEach((id, k) => {
    if (!known.has(id) && !corpus.broken[collection].has(id)) at([collection, k], `no ${noun} "${id}" in content/${collection}/`);
  });
}

export const recommendations: Rule = (corpus, report) => {
  const index = segmentIndex(corpus.texts);
  const bodies = new Set(corpus.bodies.map((b) => b.id));
  const isBody = (id: string) => bodies.has(id) || corpus.broken.bodies.has(id);
  const published = new Map(corpus.sources.map((s) => [s.id, s.published]));
  /** True when `later` is known to be published after `made` (a bare year counts as its whole year). */
  const isLater = (later: string, made: string) => later > made && !later.startsWith(made);
  for (const rec of corpus.recommendations) {
    const at: At = (field, message) => report(rec, field, message);
    const made = published.get(rec.source);
    checkRefs(corpus, 'themes', 'theme', rec.themes, at);
    checkRefs(corpus, 'groups', 'group', rec.groups, at);
    if (!isBody(rec.by)) at(['by'], `no body "${rec.by}" in content/bodies/`);
    if (rec.addressee && !isBody(rec.addressee)) at(['addressee'], `no body "${rec.addressee}" in content/bodies/`);
    rec.responsible.forEach((r, k) => {
      if (!isBody(r.body)) at(['responsible', k, 'body'], `no body "${r.body}" in content/bodies/`);
      const named = published.get(r.source);
      if (r.source !== rec.source && made && named && !isLater(named, made))
        at(
          ['responsible', k, 'source'],
          `${r.source} is not later than ${rec.source}; name a body from the recommendation's own source or a later one`,
        );
      if (!hasSegment(corpus, r.source, r.segment))
        at(['responsible', k, 'segment'], `segment "${r.segment}" does not exist in any text of ${r.source}`);
      else checkQuotes(corpus, report, rec, { ...r, path: ['responsible', k, 'quotes'] });
    });
    rec.followUps.forEach((followUp, k) => {
      const later = published.get(followUp.source);
      // A follow-up is later evidence: a source of the same date or earlier cannot follow it up.
      if (made && later && !isLater(later, made))
        at(
          ['followUps', k, 'source'],
          `${followUp.source} (published ${later}) is not later than ${rec.source} (published ${made}); a follow-up must come from a later source`,
        );
      checkQuotes(corpus, report, rec, { ...followUp, path: ['followUps', k, 'quotes'] });
    });
    if (!hasSegment(corpus, rec.source, rec.segment)) {
      at(['segment'], `segment "${rec.segment}" does not exist in any text of ${rec.source}`);
      continue;
    }
    for (const [lang, texts] of index.get(rec.source) ?? [])
      if (texts.has(rec.segment) && !rec.text[lang])
        at(['text', lang], `the ${lang} version states this segment, so the recommendation needs its ${lang} text`);
    checkQuotes(corpus, report, rec, { source: rec.source, segment: rec.segment, quotes: rec.text, path: ['text'] });
  }
};
