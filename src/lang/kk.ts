/** Kazakh: the language's own rules for the language layer. */
import type { SentenceRules } from './sentences';

/** Sentence rules (h13). Kazakh often starts a sentence with a number ("2022 жылы …", "134-бап …"). */
export const kkSentenceRules: SentenceRules = {
  // "көш." (street), "обл.", "т.б." is not listed: it ends sentences ("… т.б. Келесі").
  abbreviations: ['көш.', 'обл.', 'қ.', 'б.', 'бб.', 'тт.', 'ғ.'],
  afterNumberEnds: ['ж.', 'жж.'],
};
