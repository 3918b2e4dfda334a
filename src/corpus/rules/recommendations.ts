/** A recommendation names a known theme and a real segment; its text is verbatim in every language stating it. */
import { checkQuotes, hasSegment, segmentIndex } from './quotes';
import type { Rule } from './types';

export const recommendations: Rule = (corpus, report) => {
  const index = segmentIndex(corpus.texts);
  const themes = new Set(corpus.themes.map((t) => t.id));
  for (const rec of corpus.recommendations) {
    if (!themes.has(rec.theme) && !corpus.broken.themes.has(rec.theme))
      report(rec, ['theme'], `no theme "${rec.theme}" in content/themes/`);
    if (!hasSegment(corpus, rec.source, rec.segment)) {
      report(rec, ['segment'], `segment "${rec.segment}" does not exist in any text of ${rec.source}`);
      continue;
    }
    for (const [lang, texts] of index.get(rec.source) ?? [])
      if (texts.has(rec.segment) && !rec.text[lang])
        report(rec, ['text', lang], `the ${lang} version states this segment, so the recommendation needs its ${lang} text`);
    checkQuotes(corpus, report, rec, { source: rec.source, segment: rec.segment, quotes: rec.text, path: ['text'] });
    rec.followUps.forEach((followUp, k) => checkQuotes(corpus, report, rec, { ...followUp, path: ['followUps', k, 'quotes'] }));
  }
};
