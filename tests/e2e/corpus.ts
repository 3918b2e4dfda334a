/** The validated corpus, read from content/ the way the build reads it: expected values come from here. */
import { loadValidCorpus } from '../../src/corpus/load';
import { heldLanguages, overridesOf, rowsOf, textsOf } from '../../src/derive/reader';
import type { Locale } from '../../src/i18n/locales';

export const corpus = await loadValidCorpus(new URL('../..', import.meta.url).pathname);

export function rowsOfSource(sourceId: string) {
  // As the page derives them: pivot language and editors' alignments included, so sentence ids match.
  const source = corpus.sources.find((s) => s.id === sourceId)!;
  return rowsOf(textsOf(corpus, sourceId), heldLanguages(source), overridesOf(corpus, sourceId));
}

export const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * What a title calls a section for a reader of `locale`: the source's heading in that language (its
 * closing colon dropped), or else our label from content/sections/ (which the content rules require).
 */
export function sectionNameIn(sourceId: string, section: string, locale: Locale): string | undefined {
  const heading = corpus.texts
    .find((t) => t.source === sourceId && t.lang === locale)
    ?.segments.find((s) => s.id === section)?.text;
  return heading?.replace(/[\s:]+$/u, '') ?? corpus.sections.find((s) => s.id === sourceId)?.labels[section]?.[locale];
}
