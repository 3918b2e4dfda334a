/** The validated corpus, read from content/ the way the build reads it: expected values come from here. */
import { loadValidCorpus } from '../../src/corpus/load';
import { heldLanguages, overridesOf, rowsOf, textsOf } from '../../src/derive/reader';

export const corpus = await loadValidCorpus(new URL('../..', import.meta.url).pathname);

export function rowsOfSource(sourceId: string) {
  // As the page derives them: pivot language and editors' alignments included, so sentence ids match.
  const source = corpus.sources.find((s) => s.id === sourceId)!;
  return rowsOf(textsOf(corpus, sourceId), heldLanguages(source), overridesOf(corpus, sourceId));
}

export const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
