/** Every text belongs to a source that lists its language; every listed language has a text. */
import type { Rule } from './types';

export const texts: Rule = (corpus, report) => {
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  const seen = new Set<string>();
  for (const text of corpus.texts) {
    const source = sources.get(text.source);
    if (!source) {
      if (!corpus.broken.sources.has(text.source)) report(text, ['source'], `no source "${text.source}" in content/sources/`);
    } else if (!source.versions[text.lang])
      report(text, ['lang'], `source "${text.source}" does not list a "${text.lang}" version in its "versions"`);
    seen.add(`${text.source}/${text.lang}`);
  }
  for (const source of corpus.sources)
    for (const lang of Object.keys(source.versions))
      if (!seen.has(`${source.id}/${lang}`) && !corpus.broken.texts.has(`${source.id}/${lang}`))
        report(source, ['versions', lang], `lists a "${lang}" version but content/texts/${source.id}/${lang}.md does not exist`);
};
