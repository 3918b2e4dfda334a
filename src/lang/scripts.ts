/**
 * Names across scripts: a Latin spelling in Cyrillic letters and back, by the usual romanisation of
 * Kazakh and Russian names (zh = ж, kh = х, sh = ш, ts = ц…). The search uses it for names the glossary
 * does not know (`Zhusan` → «жусан», «Ахметжанов» → `akhmetzhanov`): a guess at the common spelling,
 * never shown as a translation.
 */

/** Latin letters and digraphs in Cyrillic, longest first (`j` is Kazakh Latin's ж, `q` its қ, read к). */
const toCyrillic: Array<[string, string]> = [
  'shch щ',
  'zh ж',
  'kh х',
  'ch ч',
  'sh ш',
  'ts ц',
  'yu ю',
  'ya я',
  'yo ё',
  'a а',
  'b б',
  'c к',
  'd д',
  'e е',
  'f ф',
  'g г',
  'h х',
  'i и',
  'j ж',
  'k к',
  'l л',
  'm м',
  'n н',
  'o о',
  'p п',
  'q к',
  'r р',
  's с',
  't т',
  'u у',
  'v в',
  'w у',
  'x кс',
  'y ы',
  'z з',
].map((pair) => pair.split(' ') as [string, string]);

const latinOf: Record<string, string> = Object.fromEntries(
  [
    'а a',
    'б b',
    'в v',
    'г g',
    'д d',
    'е e',
    'ё yo',
    'ж zh',
    'з z',
    'и i',
    'й y',
    'к k',
    'л l',
    'м m',
    'н n',
    'о o',
    'п p',
    'р r',
    'с s',
    'т t',
    'у u',
    'ф f',
    'х kh',
    'ц ts',
    'ч ch',
    'ш sh',
    'щ shch',
    'ъ ',
    'ы y',
    'ь ',
    'э e',
    'ю yu',
    'я ya',
    'ә a',
    'ғ g',
    'қ k',
    'ң n',
    'ө o',
    'ұ u',
    'ү u',
    'һ h',
    'і i',
  ].map((pair) => [pair[0]!, pair.slice(2)]),
);

/** A lower-case Latin word in Cyrillic letters (`zhusan` → `жусан`, `altyn` → `алтын`). */
export function cyrillicSpelling(word: string): string {
  let out = '';
  for (let i = 0; i < word.length;) {
    const [latin, cyrillic] = toCyrillic.find(([l]) => word.startsWith(l, i)) ?? [word[i]!, word[i]!];
    out += cyrillic;
    i += latin.length;
  }
  return out;
}

/** A lower-case Cyrillic word in Latin letters (`ахметжанов` → `akhmetzhanov`). */
export function latinSpelling(word: string): string {
  return [...word].map((c) => latinOf[c] ?? c).join('');
}

const latin = /^[a-z]+$/;
const cyrillic = /^[\p{Script=Cyrillic}]+$/u;

/** A web address, e-mail or handle: Latin letters with a dot, @ or digit (`polisia.kz`, `mail.ru`). */
const identifier = /^[a-z][a-z0-9.@_-]*[.@0-9][a-z0-9.@_-]*$/;

/**
 * The form to search a name by in a text written in the other script, or null when the word is no name
 * there: an acronym in Latin capitals stays as written (Cyrillic texts write `USAID`, `KATCH` so), and so
 * does an address (`Polisia.kz`, whatever its case); a capitalised word is spelt in the other script.
 * `written` is the word as typed, `bare` its lower case.
 */
export function nameAcrossScripts(written: string, bare: string, toLatin: boolean): string | null {
  if (!toLatin && identifier.test(bare)) return bare;
  const capitalised = /^\p{Lu}/u.test(written.replace(/^[^\p{L}]+/u, ''));
  if (!capitalised) return null;
  if (toLatin) return cyrillic.test(bare) ? latinSpelling(bare) : null;
  if (!latin.test(bare)) return null;
  return written.replace(/[^\p{L}]/gu, '') === bare.toUpperCase() && bare.length >= 2 ? bare : cyrillicSpelling(bare);
}
