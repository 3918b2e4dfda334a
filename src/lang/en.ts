/** English: the language's own rules for the language layer. */
import type { SentenceRules } from './sentences';

/** Sentence rules (h13). */
export const enSentenceRules: SentenceRules = {
  abbreviations: [
    'no.',
    'nos.',
    'art.',
    'arts.',
    'e.g.',
    'i.e.',
    'mr.',
    'ms.',
    'mrs.',
    'dr.',
    'prof.',
    'st.',
    'vs.',
    'al.',
    'para.',
    'p.',
    'pp.',
    'fig.',
    'vol.',
    'cf.',
  ],
  afterNumberEnds: [],
};
