/**
 * The Unicode gate for content files. Text is normalised to NFC when read (documented in
 * content/README.md), so content, quotes and the search index agree on one spelling of "й", "ё", "ә".
 * What normalisation cannot repair honestly is an error: invisible characters (a BOM, zero-width
 * characters, soft hyphens, direction controls, control characters) and words that mix Latin and
 * Cyrillic letters (a Latin "i" for "і"), which look right and match nothing.
 */

export interface TextProblem {
  /** Line, from 1. */
  line: number;
  /** Column in characters (code points), from 1. */
  column: number;
  message: string;
}

/** Invisible or format characters a source text never needs, by name. */
const invisibleNames: Record<number, string> = {
  0x00ad: 'soft hyphen',
  0x034f: 'combining grapheme joiner',
  0x061c: 'Arabic letter mark',
  0x180e: 'Mongolian vowel separator',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2061: 'function application',
  0x2062: 'invisible times',
  0x2063: 'invisible separator',
  0x2064: 'invisible plus',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'zero-width no-break space (byte order mark)',
};

/** "U+00AD". */
export function hex(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function nameOf(code: number): string | null {
  if (invisibleNames[code]) return invisibleNames[code];
  // C0 and C1 controls, but tab, line feed and carriage return.
  if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f))
    return 'control character';
  if (code >= 0xe000 && code <= 0xf8ff) return 'private-use character';
  if (code === 0xfffd) return 'replacement character (the text was decoded wrongly)';
  return null;
}

const latin = /\p{Script=Latin}/u;
const cyrillic = /\p{Script=Cyrillic}/u;

/** Every invisible character and mixed-script word in `text`, with line and column. */
export function unicodeProblems(text: string): TextProblem[] {
  const problems: TextProblem[] = [];
  let line = 1;
  let column = 1;
  let word: Array<{ char: string; column: number }> = [];
  let wordLine = 1;
  const endWord = () => {
    if (word.length > 1) {
      const lat = word.filter((w) => latin.test(w.char));
      const cyr = word.filter((w) => cyrillic.test(w.char));
      if (lat.length && cyr.length) {
        // The odd letters are the script with fewer letters in the word.
        const odd = lat.length <= cyr.length ? lat : cyr;
        const script = odd === lat ? 'Latin' : 'Cyrillic';
        const text = word.map((w) => w.char).join('');
        problems.push({
          line: wordLine,
          column: odd[0]!.column,
          message: `the word "${text}" mixes Latin and Cyrillic letters: ${odd.map((w) => `"${w.char}" (${hex(w.char)})`).join(', ')} ${odd.length === 1 ? 'is' : 'are'} ${script}`,
        });
      }
    }
    word = [];
  };
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const name = nameOf(code);
    if (name) {
      const where = line === 1 && column === 1 && code === 0xfeff ? 'starts with a byte order mark' : `has a ${name}`;
      problems.push({ line, column, message: `${where} (${hex(char)}), an invisible character: delete it` });
    }
    if (/[\p{L}\p{M}]/u.test(char)) {
      if (!word.length) wordLine = line;
      word.push({ char, column });
    } else if (!name) endWord();
    if (char === '\n') {
      line++;
      column = 1;
    } else column++;
  }
  endWord();
  return problems;
}

/** What every content file goes through when read: NFC, so that "й" is one code point everywhere. */
export function normaliseText(text: string): string {
  return text.normalize('NFC');
}
