/**
 * One file, several languages (a journal article prints its title, abstract and author notes in kk, ru
 * and en): which paragraph is in which language. Each paragraph's letters give evidence (Latin script for
 * English; for Kazakh, the share of words with the letters ә ғ қ ң ө ұ ү һ і, about half in Kazakh and near
 * none in Russian; function words of each); a change of language costs a penalty, so a paragraph with no evidence of its own
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
const switchPenalty = 3;

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
  const written = stripped.split(/[^\p{L}]+/u).filter((w) => w && !(w.length === 1 && w !== w.toLowerCase()));
  const words = written.map((w) => w.toLowerCase());
  const kk = words.filter((w) => kazakhLetters.test(w) || functionWords.kk!.has(w)).length;
  const ru = words.filter((w) => functionWords.ru!.has(w)).length;
  // Share of longer lower-case Cyrillic words that have a Kazakh letter: about half in Kazakh, near none in
  // Russian. Capitalised words are left out: names ("Тастанов", "Байтұрсынұлы") are the same in both.
  const cyrillicWords = written.filter((w) => w.length >= 4 && /^[\u0400-\u04ff]+$/.test(w) && w === w.toLowerCase());
  const share = cyrillicWords.length ? cyrillicWords.filter((w) => kazakhLetters.test(w)).length / cyrillicWords.length : null;
  const weight = Math.min(letters, 60) / 60;
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  return langs.map((lang) => {
    if (lang === 'en') return 6 * weight * (1 - latin);
    const script = 6 * weight * latin;
    const cyrillicWeight = 6 * weight * (1 - latin);
    if (lang === 'kk') return script + Math.min(6, ru) + (share === null ? 0 : cyrillicWeight * clamp((0.2 - share) / 0.2));
    return script + Math.min(6, kk / 2) + (share === null ? 0 : cyrillicWeight * clamp((share - 0.1) / 0.2));
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
