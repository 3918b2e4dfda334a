/** English: the language's own rules for the language layer. */
import { stemmer } from 'stemmer';
import type { SearchForms } from './index-form';
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

/**
 * English in the search index: British and American spellings made one, then the Porter stemmer
 * (`labour`, `labor`, `labourers` and `laborers` meet; `victims` finds `victim`).
 *
 * Spelling: the British forms these texts and their readers use are mapped to American ones before
 * stemming, by root (so every form of the word follows): -our → -or, -ise/-isation → -ize/-ization,
 * -tre → -ter, -ence → -ense, -mme → -m. Only the roots listed are changed, because the endings alone
 * are not safe (otherwise, premise, exercise).
 */

const britishRoots: Array<[string, string]> = [
  ['labour', 'labor'],
  ['favour', 'favor'],
  ['behaviour', 'behavior'],
  ['honour', 'honor'],
  ['neighbour', 'neighbor'],
  ['harbour', 'harbor'],
  ['endeavour', 'endeavor'],
  ['organis', 'organiz'],
  ['recognis', 'recogniz'],
  ['criminalis', 'criminaliz'],
  ['prioritis', 'prioritiz'],
  ['penalis', 'penaliz'],
  ['utilis', 'utiliz'],
  ['mobilis', 'mobiliz'],
  ['harmonis', 'harmoniz'],
  ['specialis', 'specializ'],
  ['legalis', 'legaliz'],
  ['authoris', 'authoriz'],
  ['standardis', 'standardiz'],
  ['victimis', 'victimiz'],
  ['stigmatis', 'stigmatiz'],
  ['centre', 'center'],
  ['defence', 'defense'],
  ['offence', 'offense'],
  ['licence', 'license'],
  ['programme', 'program'],
  ['judgement', 'judgment'],
  ['enrol', 'enroll'],
];

/** A lower-case English word in American spelling (for the roots listed above). */
export function americanSpelling(word: string): string {
  for (const [british, american] of britishRoots)
    if (word.startsWith(british) && !word.startsWith(american)) return american + word.slice(british.length);
  return word;
}

/** An English word as the index holds it: American spelling, Porter stem (parts of a hyphenated word each). */
export function englishIndexForm(bare: string): string {
  return bare
    .split('-')
    .map((part) => (/^[a-z]+$/.test(part) ? stemmer(americanSpelling(part)) : part))
    .join('-');
}

/** Words a query need not find: articles, prepositions and conjunctions. */
const enStopWords: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'and',
  'or',
  'by',
  'with',
  'from',
  'as',
  'is',
  'are',
  'was',
  'were',
  'be',
]);

/** English's search forms (see index-form.ts): one spelling, then Porter, for index and query alike. */
export const enSearchForms: SearchForms = {
  index: englishIndexForm,
  query: englishIndexForm,
  surface: americanSpelling,
  isStopWord: (bare) => enStopWords.has(bare),
};
