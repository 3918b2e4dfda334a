/** Russian: the language's own rules for the language layer. */
import type { SentenceRules } from './sentences';

/** Sentence rules (h13). */
export const ruSentenceRules: SentenceRules = {
  // Abbreviations that are followed by a name or number in these texts ("ст. 128", "им. Л.Н. Гумилева").
  // "т.д.", "т.п." are not listed: they end sentences ("… и т.д. Ввести …").
  abbreviations: [
    'ст.',
    'п.',
    'ч.',
    'пп.',
    'см.',
    'им.',
    'ул.',
    'пр.',
    'просп.',
    'проф.',
    'д.',
    'т.ч.',
    'тыс.',
    'млн.',
    'млрд.',
    'руб.',
    'обл.',
    'рис.',
    'табл.',
    'стр.',
    'с.',
  ],
  // "г." is "город" before a name ("в г. Алматы") but "год" after a number, where it may end the sentence.
  afterNumberEnds: ['г.', 'гг.'],
};
