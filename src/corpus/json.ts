/**
 * A strict JSON reader for content files. `JSON.parse` lets a duplicated key silently win and names
 * an invisible culprit only as "Unexpected token"; this one rejects duplicate keys and reports every
 * error with its line and column (columns count characters, from 1) and the character's code point.
 */

export interface JsonProblem {
  line: number;
  column: number;
  message: string;
}

export type JsonResult = { ok: true; value: unknown; problems: JsonProblem[] } | { ok: false; problems: JsonProblem[] };

/** "U+00AD" for a character; printable ones are shown too: `"x" (U+0078)`. */
export function codePoint(char: string): string {
  const hex = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char) ? `"${char}" (${hex})` : hex;
}

class Syntax extends Error {}

/** Offsets at which each line starts. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let k = 0; k < text.length; k++) if (text[k] === '\n') starts.push(k + 1);
  return starts;
}

/** Line and column (in characters, from 1) of a UTF-16 offset. */
export function position(text: string, at: number, lineStarts = lineStartsOf(text)): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: [...text.slice(lineStarts[lo], at)].length + 1 };
}

/** Parses `text`; duplicate keys are problems (the first value is kept), syntax errors stop the parse. */
export function parseJson(text: string): JsonResult {
  const problems: JsonProblem[] = [];
  const lineStarts = lineStartsOf(text);
  let i = 0;
  const where = (at: number) => position(text, at, lineStarts);
  const fail = (message: string, at = i): never => {
    problems.push({ ...where(at), message });
    throw new Syntax(message);
  };
  const unexpected = (): never => {
    if (i >= text.length) return fail('unexpected end of file');
    return fail(`unexpected character ${codePoint(String.fromCodePoint(text.codePointAt(i)!))}`);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string, value: unknown) => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return value;
    }
    return unexpected();
  };
  const string = (): string => {
    const start = i++;
    let out = '';
    while (i < text.length && text[i] !== '"') {
      const ch = text[i]!;
      if (ch < ' ') fail(`control character ${codePoint(ch)} inside a string: write it as an escape`);
      if (ch !== '\\') {
        out += ch;
        i++;
        continue;
      }
      const esc = text[i + 1];
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (esc !== undefined && esc in simple) {
        out += simple[esc];
        i += 2;
      } else if (esc === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        i += 6;
      } else fail(`invalid escape "\\${esc ?? ''}" in a string`);
    }
    if (i >= text.length) fail('string is not closed', start);
    i++;
    return out;
  };
  const number = (): number => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) return unexpected();
    i += match[0].length;
    return Number(match[0]);
  };
  const value = (): unknown => {
    space();
    const ch = text[i];
    if (ch === '{') return object();
    if (ch === '[') return array();
    if (ch === '"') return string();
    if (ch === 't') return literal('true', true);
    if (ch === 'f') return literal('false', false);
    if (ch === 'n') return literal('null', null);
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    return unexpected();
  };
  const object = (): Record<string, unknown> => {
    i++;
    // A null prototype: "__proto__" is then an ordinary key.
    const out: Record<string, unknown> = Object.create(null);
    const seen = new Map<string, number>();
    space();
    if (text[i] === '}') {
      i++;
      return out;
    }
    for (;;) {
      space();
      if (text[i] !== '"') unexpected();
      const keyAt = i;
      const key = string();
      space();
      if (text[i] !== ':') unexpected();
      i++;
      const item = value();
      const first = seen.get(key);
      if (first !== undefined)
        problems.push({ ...where(keyAt), message: `key "${key}" appears twice in one object (first on line ${first})` });
      else {
        seen.set(key, where(keyAt).line);
        out[key] = item;
      }
      space();
      if (text[i] === ',') i++;
      else if (text[i] === '}') {
        i++;
        return { ...out };
      } else unexpected();
    }
  };
  const array = (): unknown[] => {
    i++;
    const out: unknown[] = [];
    space();
    if (text[i] === ']') {
      i++;
      return out;
    }
    for (;;) {
      out.push(value());
      space();
      if (text[i] === ',') i++;
      else if (text[i] === ']') {
        i++;
        return out;
      } else unexpected();
    }
  };
  try {
    const result = value();
    space();
    if (i < text.length) unexpected();
    return { ok: true, value: result, problems };
  } catch (error) {
    if (error instanceof Syntax) return { ok: false, problems };
    throw error;
  }
}
