/** SVG text does not wrap: long labels are broken into lines at spaces before they are drawn. */

/**
 * Lines of at most `max` characters, broken at spaces; the first line leaves room for `firstIndent`
 * characters already on it (the bold value). A word longer than `max` stays whole on its own line.
 */
export function wrapWords(text: string, max: number, firstIndent = 0): string[] {
  // A number stays with the word before it ("part of 18"), and a "·" separator never starts a line.
  const glued = text.replace(/ (?=[\d≈·])/g, '\u00a0');
  const lines: string[] = [];
  let line = '';
  let room = max - firstIndent;
  for (const word of glued.split(/[ \t\n]+/).filter(Boolean)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= room) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
      room = max;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => l.replaceAll('\u00a0', ' '));
}
