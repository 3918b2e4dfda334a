/** Russian: the language's own rules for the language layer. */
import type { SearchForms } from './index-form';
import type { SentenceRules } from './sentences';
import { foldKazakh, hasKazakhLetter } from './kk';

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

/**
 * Russian in the search index: the Snowball Russian stemmer (snowballstem.org/algorithms/russian),
 * the algorithm Pagefind's own Russian index uses, written out here so the browser can stem a query
 * for an index built without Pagefind's stemmer (one WebAssembly serves all three languages).
 */

const vowels = 'аеиоуыэюя';
const isVowel = (c: string | undefined) => c !== undefined && vowels.includes(c);

const perfectiveGerund1 = ['вшись', 'вши', 'в'];
const perfectiveGerund2 = ['ившись', 'ывшись', 'ивши', 'ывши', 'ив', 'ыв'];
const adjective = [
  'ими',
  'ыми',
  'его',
  'ого',
  'ему',
  'ому',
  'ее',
  'ие',
  'ые',
  'ое',
  'ей',
  'ий',
  'ый',
  'ой',
  'ем',
  'им',
  'ым',
  'ом',
  'их',
  'ых',
  'ую',
  'юю',
  'ая',
  'яя',
  'ою',
  'ею',
];
const participle1 = ['ем', 'нн', 'вш', 'ющ', 'щ'];
const participle2 = ['ивш', 'ывш', 'ующ'];
const reflexive = ['ся', 'сь'];
const verb1 = ['ете', 'йте', 'ешь', 'нно', 'ла', 'на', 'ли', 'ем', 'ло', 'но', 'ет', 'ют', 'ны', 'ть', 'й', 'л', 'н'];
const verb2 = [
  'ейте',
  'уйте',
  'ила',
  'ыла',
  'ена',
  'ите',
  'или',
  'ыли',
  'ило',
  'ыло',
  'ено',
  'ует',
  'уют',
  'ены',
  'ить',
  'ыть',
  'ишь',
  'ей',
  'уй',
  'ил',
  'ыл',
  'им',
  'ым',
  'ен',
  'ят',
  'ит',
  'ыт',
  'ую',
  'ю',
];
const noun = [
  'иями',
  'ями',
  'ами',
  'ией',
  'иям',
  'ием',
  'иях',
  'ев',
  'ов',
  'ие',
  'ье',
  'еи',
  'ии',
  'ей',
  'ой',
  'ий',
  'ям',
  'ем',
  'ам',
  'ом',
  'ах',
  'ях',
  'ию',
  'ью',
  'ия',
  'ья',
  'а',
  'е',
  'и',
  'й',
  'о',
  'у',
  'ы',
  'ь',
  'ю',
  'я',
];
const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length);

/** Shortest stem step 1 may leave (0: Snowball's own rule); see `russianIndexForm`. */
let minimum = 0;

/** Removes the longest ending of `list` found in `word[from..]`; group-1 endings need а or я before them. */
function removeEnding(word: string, from: number, list: string[], afterAYa = false): string | null {
  for (const ending of byLength(list)) {
    if (!word.endsWith(ending) || word.length - ending.length < Math.max(from, minimum)) continue;
    if (afterAYa && !/[ая]$/.test(word.slice(0, -ending.length))) continue;
    return word.slice(0, -ending.length);
  }
  return null;
}
const removeGroup = (word: string, from: number, group1: string[], group2: string[]) => {
  const one = removeEnding(word, from, group1, true);
  const two = removeEnding(word, from, group2);
  // The longer match wins, as in Snowball's among().
  if (one !== null && (two === null || one.length <= two.length)) return one;
  return two;
};

/** Start of the region after the first vowel (RV), and of R2, as Snowball defines them. */
function regions(word: string): { rv: number; r2: number } {
  let rv = word.length;
  for (let i = 0; i < word.length; i++)
    if (isVowel(word[i])) {
      rv = i + 1;
      break;
    }
  const after = (start: number) => {
    for (let i = start; i < word.length - 1; i++) if (isVowel(word[i]) && !isVowel(word[i + 1])) return i + 2;
    return word.length;
  };
  const r1 = after(0);
  return { rv, r2: after(r1) };
}

/**
 * The Snowball stem of a lower-case Russian word. With `shortest` (the index's form), step 1 removes no
 * ending that would leave fewer letters: «Корее» is then `коре` like «Корея», not Snowball's `кор`.
 */
export function stemRussian(input: string, shortest = 0): string {
  minimum = shortest;
  try {
    return snowball(input.replace(/ё/g, 'е'));
  } finally {
    minimum = 0;
  }
}

function snowball(input: string): string {
  let word = input;
  if (!/^[а-я]+$/.test(word)) return word;
  const { rv, r2 } = regions(word);
  // Step 1.
  const gerund = removeGroup(word, rv, perfectiveGerund1, perfectiveGerund2);
  if (gerund !== null) word = gerund;
  else {
    word = removeEnding(word, rv, reflexive) ?? word;
    const adjectival = removeEnding(word, rv, adjective);
    if (adjectival !== null) word = removeGroup(adjectival, rv, participle1, participle2) ?? adjectival;
    else {
      const verb = removeGroup(word, rv, verb1, verb2);
      word = verb ?? removeEnding(word, rv, noun) ?? word;
    }
  }
  minimum = 0;
  // Step 2.
  if (word.endsWith('и') && word.length - 1 >= rv) word = word.slice(0, -1);
  // Step 3: derivational ending in R2.
  word = removeEnding(word, r2, ['ость', 'ост']) ?? word;
  // Step 4.
  if (word.endsWith('нн') && word.length - 2 >= rv) word = word.slice(0, -1);
  else {
    const superlative = removeEnding(word, rv, ['ейше', 'ейш']);
    if (superlative !== null) {
      word = superlative;
      if (word.endsWith('нн')) word = word.slice(0, -1);
    } else if (word.endsWith('ь') && word.length - 1 >= rv) word = word.slice(0, -1);
  }
  return word;
}

/**
 * A Russian word as the index holds it: stemmed, keeping at least four letters where an ending allows
 * (parts of a hyphenated word each). A query is stemmed by Snowball alone (`russianQueryForm`), so its
 * stem is never longer than the index's: `кор` (for «Корее») finds `коре` by prefix, and the prefix
 * noise it also finds (`корреспонденц`) is dropped by `isTermMatch`.
 */
export function russianIndexForm(bare: string): string {
  return bare
    .split('-')
    .map((part) => stemRussian(part, 4))
    .join('-');
}

/** A Russian query word: its Snowball stem. */
export function russianQueryForm(bare: string): string {
  return bare
    .split('-')
    .map((part) => stemRussian(part))
    .join('-');
}

/** Words a query need not find: prepositions and conjunctions (a passage matching only them is no match). */
const ruStopWords: ReadonlySet<string> = new Set([
  'в',
  'во',
  'на',
  'и',
  'а',
  'но',
  'или',
  'с',
  'со',
  'по',
  'к',
  'ко',
  'о',
  'об',
  'у',
  'за',
  'из',
  'от',
  'до',
  'для',
  'при',
  'же',
  'ли',
]);

/**
 * Russian's search forms (see index-form.ts): a query word by its Snowball stem alone, ё written е. A
 * Kazakh name in a Russian text («Сана Сезім») is indexed folded, as Kazakh is, so a Russian keyboard
 * («Сезим») finds it; no Russian word has those letters.
 */
export const ruSearchForms: SearchForms = {
  index: (bare) => russianIndexForm(hasKazakhLetter(bare) ? foldKazakh(bare) : bare),
  query: russianQueryForm,
  surface: (bare) => bare.replace(/ё/g, 'е'),
  isStopWord: (bare) => ruStopWords.has(bare.replace(/ё/g, 'е')),
};
