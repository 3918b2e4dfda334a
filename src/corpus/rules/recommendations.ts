/**
 * A recommendation names known themes, groups and bodies and a real segment; its text is verbatim in
 * every language stating it; its follow-ups come from later sources and quote them verbatim; each body
 * named responsible comes with the verbatim words of the source (its own or a later one) naming it.
 */
import { checkQuotes, hasSegment, segmentIndex } from './quotes';
import type { Rule } from './types';

/** Reports ids that are not in the collection, under `field.k`. */
function checkRefs(
  ids: readonly string[],
  known: ReadonlySet<string>,
  report: (field: Array<string | number>, message: string) => void,
  field: 'themes' | 'groups',
  noun: string,
) {
  ids.forEach((id, k) => {
    if (!known.has(id)) report([field, k], `no ${noun} "${id}" in content/${field}/`);
  });
}

export const recommendations: Rule = (corpus, report) => {
  const index = segmentIndex(corpus.texts);
  const themes = new Set(corpus.themes.map((t) => t.id));
  const groups = new Set(corpus.groups.map((g) => g.id));
  const bodies = new Set(corpus.bodies.map((b) => b.id));
  const published = new Map(corpus.sources.map((s) => [s.id, s.published]));
  for (const rec of corpus.recommendations) {
    const at = (field: Array<string | number>, message: string) => report(rec, field, message);
    checkRefs(rec.themes, themes, at, 'themes', 'theme');
    checkRefs(rec.groups, groups, at, 'groups', 'group');
    if (!bodies.has(rec.by)) at(['by'], `no body "${rec.by}" in content/bodies/`);
    if (rec.addressee && !bodies.has(rec.addressee)) at(['addressee'], `no body "${rec.addressee}" in content/bodies/`);
    rec.responsible.forEach((r, k) => {
      if (!bodies.has(r.body)) at(['responsible', k, 'body'], `no body "${r.body}" in content/bodies/`);
      const made = published.get(rec.source) ?? '';
      if (r.source !== rec.source && (published.get(r.source) ?? '') <= made)
        at(
          ['responsible', k, 'source'],
          `${r.source} is not later than ${rec.source}; name a body from the recommendation's own source or a later one`,
        );
      if (!hasSegment(index, r.source, r.segment))
        at(['responsible', k, 'segment'], `segment "${r.segment}" does not exist in any text of ${r.source}`);
      else checkQuotes(index, report, rec, { ...r, path: ['responsible', k, 'quotes'] });
    });
    if (!hasSegment(index, rec.source, rec.segment)) {
      at(['segment'], `segment "${rec.segment}" does not exist in any text of ${rec.source}`);
      continue;
    }
    for (const [lang, texts] of index.get(rec.source) ?? [])
      if (texts.has(rec.segment) && !rec.text[lang])
        at(['text', lang], `the ${lang} version states this segment, so the recommendation needs its ${lang} text`);
    checkQuotes(index, report, rec, { source: rec.source, segment: rec.segment, quotes: rec.text, path: ['text'] });
    rec.followUps.forEach((followUp, k) => {
      const made = published.get(rec.source) ?? '';
      const later = published.get(followUp.source) ?? '';
      // A follow-up is later evidence: a source of the same date or earlier cannot follow it up.
      if (later <= made || later.startsWith(made))
        at(
          ['followUps', k, 'source'],
          `${followUp.source} (published ${later}) is not later than ${rec.source} (published ${made}); a follow-up must come from a later source`,
        );
      checkQuotes(index, report, rec, { ...followUp, path: ['followUps', k, 'quotes'] });
    });
  }
};
