/** SVG text does not wrap: long labels are broken into lines at spaces before they are drawn. */

/**
 * Lines of at most `max` characters, broken at spaces; the first line leaves room for `firstIndent`
 * characters already on it (the bold value). A word longer than `max` stays whole on its own line.
 */
export function wrapWords(text: string, max: number, firstIndent = 0): string[] {
  const lines: string[] = [];
  let line = '';
  let room = max - firstIndent;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= room) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
      room = max;
    }
  }
  if (line) lines.push(line);
  return lines;
}
