/** Kazakh: the language's own rules for the language layer. */
import type { SearchForms } from './index-form';
import type { SentenceRules } from './sentences';

/** Sentence rules (h13). Kazakh often starts a sentence with a number ("2022 жылы …", "134-бап …"). */
export const kkSentenceRules: SentenceRules = {
  // "көш." (street), "обл.", "т.б." is not listed: it ends sentences ("… т.б. Келесі").
  abbreviations: ['көш.', 'обл.', 'қ.', 'б.', 'бб.', 'тт.', 'ғ.'],
  afterNumberEnds: ['ж.', 'жж.'],
};

/**
 * Kazakh in the search index: keyboard folding and a light suffix stemmer.
 *
 * Folding. Kazakh typed on a Russian keyboard uses the nearest Russian letters (құрбан → курбан,
 * өңір → онир). The index holds the folded form, and queries are folded too, so both spellings meet.
 *
 * Stemming (`stemKazakh`, on the folded word). Kazakh adds suffixes in a fixed order:
 * stem + plural + possessive + case (құрбан·дар·ы·н, Корея·дағы). The stemmer strips, from the end
 * and repeatedly, the longest suffix of this list that leaves a stem of at least four letters holding a
 * vowel, so «Кореядағы», «Кореяда» and «Корея» all become `корея`, and «құрбандар», «құрбаны» and
 * «құрбандарын» become `курбан`:
 *  1. case: locative -да/-де/-та/-те; locative attribute -дағы/-дегі/-тағы/-тегі; ablative -дан/-ден/-тан/-тен;
 *     dative -ға/-ге/-қа/-ке; genitive -дың/-дің/-тың/-тің; accusative -ды/-ді/-ты/-ті; instrumental
 *     -мен/-бен/-пен;
 *  2. case after a possessive, only after ы/і (so баспана keeps its -на and құрбаны is құрбан·ы, not
 *     құрба·ны): -на/-не, -нда/-нде, -ндағы/-ндегі, -нан/-нен, -ның/-нің, -ны/-ні, -н. After other vowels
 *     (Кореяның) the word is left longer: the shorter query stem still finds it by prefix;
 *  3. possessive: -сы/-сі, -ы/-і (3rd person), -ымыз/-іміз, -ыңыз/-іңіз;
 *  4. plural: -лар/-лер/-дар/-дер/-тар/-тер.
 * Derivational suffixes (-лық, -шы) are kept: they make another word. The rules work on folded letters,
 * so -ға and -га, -ның and -нын are one suffix.
 */

const folds: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  Ә: 'А',
  Ғ: 'Г',
  Қ: 'К',
  Ң: 'Н',
  Ө: 'О',
  Ұ: 'У',
  Ү: 'У',
  Һ: 'Х',
  І: 'И',
};
const foldable = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;

/** Each Kazakh letter becomes the Russian letter typed for it; everything else is kept. */
export function foldKazakh(text: string): string {
  return text.replace(foldable, (c) => folds[c]!);
}

/** Whether a text has a letter only Kazakh uses (so it is not Russian). */
export function hasKazakhLetter(text: string): boolean {
  return /[әғқңөұүһі]/i.test(text);
}

const vowel = /[аеёиоуыэюя]/;
/** Suffixes on folded words, longest first within each group (see above). */
const afterPossessive = ['ндагы', 'ндеги', 'нын', 'нин', 'нда', 'нде', 'нан', 'нен', 'на', 'не', 'ны', 'ни', 'н'];
const suffixes = [
  'дагы',
  'деги',
  'тагы',
  'теги',
  'дан',
  'ден',
  'тан',
  'тен',
  'дын',
  'дин',
  'тын',
  'тин',
  'мен',
  'бен',
  'пен',
  'лар',
  'лер',
  'дар',
  'дер',
  'тар',
  'тер',
  'ымыз',
  'имиз',
  'ыныз',
  'иниз',
  'да',
  'де',
  'та',
  'те',
  'га',
  'ге',
  'ка',
  'ке',
  'ды',
  'ди',
  'ты',
  'ти',
  'сы',
  'си',
  'ы',
  'и',
].sort((a, b) => b.length - a.length);
const minimumStem = 4;

function strippable(word: string, suffix: string): boolean {
  if (!word.endsWith(suffix)) return false;
  const stem = word.slice(0, -suffix.length);
  return stem.length >= minimumStem && vowel.test(stem);
}

/** The stem of a folded, lower-case Kazakh word (see the rules above). */
export function stemKazakh(word: string): string {
  let stem = word;
  for (let changed = true; changed;) {
    changed = false;
    for (const suffix of afterPossessive)
      if (strippable(stem, suffix) && /[ыи]$/.test(stem.slice(0, -suffix.length))) {
        stem = stem.slice(0, -suffix.length);
        changed = true;
        break;
      }
    if (changed) continue;
    for (const suffix of suffixes)
      if (strippable(stem, suffix)) {
        stem = stem.slice(0, -suffix.length);
        changed = true;
        break;
      }
  }
  return stem;
}

/** A Kazakh word as the index holds it: folded, then stemmed (parts of a hyphenated word each). */
export function kazakhIndexForm(bare: string): string {
  return foldKazakh(bare)
    .split('-')
    .map((part) => (/^\p{L}+$/u.test(part) ? stemKazakh(part) : part))
    .join('-');
}

/**
 * Words a query need not find (conjunctions and particles: «мен», «және», «үшін»), folded as typed on a
 * Russian keyboard too. A query of nothing else still searches them (see index-form.ts `isStopWord`).
 */
const kkStopWords: ReadonlySet<string> = new Set(
  ['мен', 'бен', 'пен', 'және', 'да', 'де', 'та', 'те', 'үшін', 'немесе', 'әрі', 'бірақ'].map(foldKazakh),
);

/** Kazakh's search forms (see index-form.ts): a query word is folded and stemmed as the index is. */
export const kkSearchForms: SearchForms = {
  index: kazakhIndexForm,
  query: kazakhIndexForm,
  surface: foldKazakh,
  isStopWord: (bare) => kkStopWords.has(foldKazakh(bare)),
};
