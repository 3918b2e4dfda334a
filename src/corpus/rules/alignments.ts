/** Editors' sentence alignments name a segment of their source and still match its sentences. */
import { resolveOverride } from '../../align/overrides';
import type { Locale } from '../../i18n/locales';
import type { Rule } from './types';

export const alignments: Rule = (corpus, report) => {
  const seen = new Map<string, string>();
  for (const alignment of corpus.alignments) {
    if (alignment.id !== `${alignment.source}-${alignment.segment}`)
      report(alignment, ['id'], `id must be "${alignment.source}-${alignment.segment}" (source id, then segment id)`);
    const previous = seen.get(alignment.id);
    if (previous) report(alignment, ['id'], `id "${alignment.id}" is already used in ${previous}`);
    seen.set(alignment.id, alignment.file);
    const versions = corpus.texts.filter((t) => t.source === alignment.source);
    const sentences: Partial<Record<Locale, string[]>> = {};
    for (const text of versions) {
      const segment = text.segments.find((s) => s.id === alignment.segment);
      if (segment) sentences[text.lang] = segment.sentences.map((s) => s.text);
    }
    if (!Object.keys(sentences).length) {
      report(alignment, ['segment'], `source "${alignment.source}" has no segment "${alignment.segment}"`);
      continue;
    }
    for (const problem of resolveOverride(alignment, sentences).problems) report(alignment, problem.field, problem.message);
  }
};
