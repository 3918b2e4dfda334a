/** The validated corpus, read from content/ the way the build reads it: expected values come from here. */
import { loadValidCorpus } from '../../src/corpus/load';
import { rowsOf, textsOf } from '../../src/derive/reader';

export const corpus = await loadValidCorpus(new URL('../..', import.meta.url).pathname);

export function rowsOfSource(sourceId: string) {
  return rowsOf(textsOf(corpus, sourceId));
}

export const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
