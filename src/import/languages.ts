/**
 * One file, several languages (a journal article prints its title, abstract and author notes in kk, ru
 * and en): which paragraph is in which language. Each paragraph's letters give evidence (Latin script for
 * English, the Kazakh letters ә ғ қ ң ө ұ ү һ і and Kazakh function words for Kazakh, Russian function
 * words for Russian); a change of language costs a penalty, so a paragraph with no evidence of its own
 * (an ORCID line, a name) stays with its neighbours. The best assignment is found by dynamic programming.
 */
import type { Locale } from '../i18n/locales';
import type { RawParagraph } from './types';

const kazakhLetters = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
const functionWords: Partial<Record<Locale, Set<string>>> = {
  kk: new Set(['және', 'мен', 'бен', 'пен', 'туралы', 'үшін', 'бойынша', 'атындағы', 'бұл', 'осы', 'жылы', 'арналған', 'сияқты']),
  ru: new Set([
    'и',
    'в',
    'во',
    'на',
    'с',
    'со',
    'по',
    'для',
    'от',
    'что',
    'не',
    'как',
    'из',
    'к',
    'о',
    'об',
    'а',
    'при',
    'это',
    'или',
    'также',
    'который',
    'которые',
    'был',
    'были',
  ]),
};

/** Penalty for changing language between two paragraphs, in the units of the evidence below. */
const switchPenalty = 4;

/** Cost of reading `text` as each language: lower is likelier. */
function costs(text: string, langs: readonly Locale[]): number[] {
  // Addresses, e-mails and footnote marks say nothing about the language.
  const stripped = text
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<https?:[^>]*>|https?:\/\/\S+|\S+@\S+/g, ' ')
    .replace(/<\/?sup>/g, ' ');
  const letters = (stripped.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return langs.map(() => 0);
  const latin = (stripped.match(/[A-Za-z]/g) ?? []).length / letters;
  // Initials ("А.М. Тастанов") are not the one-letter words "а" and "к".
  const words = stripped
    .split(/[^\p{L}]+/u)
    .filter((w) => w && !(w.length === 1 && w !== w.toLowerCase()))
    .map((w) => w.toLowerCase());
  const kk = words.filter((w) => kazakhLetters.test(w) || functionWords.kk!.has(w)).length;
  const ru = words.filter((w) => functionWords.ru!.has(w)).length;
  const weight = Math.min(letters, 60) / 60;
  return langs.map((lang) => {
    if (lang === 'en') return 6 * weight * (1 - latin);
    const script = 6 * weight * latin;
    return script + Math.min(6, 0.7 * (lang === 'kk' ? ru : kk));
  });
}

/** Assigns each paragraph one of `langs`; ties keep a paragraph without evidence with the paragraphs after it. */
export function splitLanguages(paragraphs: RawParagraph[], langs: readonly Locale[]): Locale[] {
  if (langs.length === 1 || paragraphs.length === 0) return paragraphs.map(() => langs[0]!);
  const cost = paragraphs.map((p) => costs(p.lines.map((l) => l.text).join(' '), langs));
  const best: number[][] = [];
  const back: number[][] = [];
  cost.forEach((row, t) => {
    best.push([]);
    back.push([]);
    row.forEach((c, k) => {
      if (t === 0) {
        best[t]!.push(c);
        back[t]!.push(k);
        return;
      }
      let from = k;
      let value = best[t - 1]![k]!;
      best[t - 1]!.forEach((previous, j) => {
        if (j !== k && previous + switchPenalty < value) {
          value = previous + switchPenalty;
          from = j;
        }
      });
      best[t]!.push(value + c);
      back[t]!.push(from);
    });
  });
  const path: number[] = [];
  let k = best.at(-1)!.indexOf(Math.min(...best.at(-1)!));
  for (let t = cost.length - 1; t >= 0; t--) {
    path.push(k);
    k = back[t]![k]!;
  }
  return path.reverse().map((index) => langs[index]!);
}
