/**
 * From raw paragraphs of one language to blocks: headings, paragraphs, list items and footnotes, with the
 * extraction damage repaired and every repair listed. Nothing is reworded: the passes only join, split,
 * move or mark up what is there, and drop the characters that were damage (a line-end hyphen, a bullet
 * sign flattened into a paragraph).
 */
import type { Locale } from '../i18n/locales';
import type { Block, RawParagraph, Repair } from './types';

/** A block while it is being built: its lines, and a footnote label when it may be a footnote. */
interface Draft extends Block {
  candidate?: string;
  /** One of several entries set on lines of their own (hard breaks): never joined to its neighbours. */
  entry?: boolean;
}

const headingLine = /^(#{1,6})\s+(.+?)(?:\s+#+)?\s*$/;
const listLine = /^\s{0,3}([-*•]|\d{1,3}[.)])\s+(\S.*)$/;
const footnoteStart = /^(?:<sup>([^<]+)<\/sup>|\\\*)\s*/;
/** Ends a sentence: a full stop, question or exclamation mark, colon or semicolon, maybe inside quotes. */
const terminal = /[.!?…:;][»"”’)\]*]*\s*$/;
const startsLower = /^[«"(]?\p{Ll}/u;

const excerpt = (text: string, from: 'start' | 'end' = 'end') =>
  from === 'end' ? `…${text.slice(-40).trimStart()}` : `${text.slice(0, 40).trimEnd()}…`;

function isCaps(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length;
  return letters.length >= 5 && upper / letters.length >= 0.8;
}

/** A standalone line set as a heading: mostly capitals, or a capitalised first word in a short line. */
function looksLikeCapsHeading(text: string): boolean {
  if (text.includes('\n') || /[.;,]$/.test(text) || text.split(/\s+/).length > 15) return false;
  const letters = text.match(/\p{L}/gu) ?? [];
  // "ISSN 2788-5283", "ТОМ 81, НОМЕР 1(2026)" are entries, not headings.
  if (letters.length < 5 || (text.match(/\d/g) ?? []).length > letters.length / 3) return false;
  const upper = letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length;
  const first = text.split(/\s+/)[0]!.replace(/[^\p{L}]/gu, '');
  return upper / letters.length >= 0.6 || (first.length >= 4 && first === first.toUpperCase() && text.split(/\s+/).length <= 6);
}

/** Joins the lines of one block: wrapped lines become one, hyphenated words whole, hard breaks stay. */
function joinLines(lines: RawParagraph['lines'], wrapped: boolean, lang: Locale, repairs: Repair[]): string {
  let text = lines[0]!.text.trim();
  let wraps = 0;
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1]!.text;
    const next = lines[i]!.text.trim();
    const hard = / {2}$|\\$/.test(previous);
    if (hard) text = text.replace(/\\$/, '');
    if (!hard && /\p{L}-$/u.test(text) && startsLower.test(next)) {
      const word = `${text.match(/\p{L}+-$/u)![0]}${next.match(/^\S+/)![0]}`;
      text = text.slice(0, -1) + next;
      repairs.push({ lang, line: lines[i - 1]!.line, rule: 'hyphenation', detail: `«${word}» → «${word.replace('-', '')}»` });
    } else if (!hard && (wrapped || startsLower.test(next) || /[,(–—]$/.test(text))) {
      text += ` ${next}`;
      wraps++;
    } else text += `\n${next}`;
  }
  if (wraps)
    repairs.push({
      lang,
      line: lines[0]!.line,
      rule: 'line-wrap',
      detail: `${wraps} line break${wraps > 1 ? 's' : ''} inside a sentence joined`,
    });
  return text;
}

/** "decl\\_conv": an extraction that escaped Markdown twice shows a backslash; the underscore is what was meant. */
function unescapeTwice(text: string, line: number, lang: Locale, repairs: Repair[]): string {
  const count = (text.match(/\\\\_/g) ?? []).length;
  if (!count) return text;
  repairs.push({
    lang,
    line,
    rule: 'escape',
    detail: `${count} doubly escaped underscore${count > 1 ? 's' : ''} («\\\\_») read as «_»`,
  });
  return text.replace(/\\\\_/g, '_');
}

/** Whether the file's line breaks inside paragraphs are wrapping (PDF copy) rather than meant. */
function isWrapped(paragraphs: RawParagraph[]): boolean {
  let ends = 0;
  let lower = 0;
  for (const p of paragraphs)
    p.lines.forEach((l, i) => {
      const next = p.lines[i + 1];
      if (!next || / {2}$/.test(l.text) || listLine.test(next.text)) return;
      ends++;
      if (startsLower.test(next.text.trim())) lower++;
    });
  return ends > 0 && lower / ends > 0.3;
}

/** Splits a paragraph at Markdown hard breaks (separate entries), keeping a title set in capitals together. */
function splitHardBreaks(p: RawParagraph): RawParagraph[] {
  const parts: RawParagraph[] = [];
  p.lines.forEach((l, i) => {
    const previous = p.lines[i - 1];
    const hard = previous && / {2}$/.test(previous.text);
    const capsRun = previous && isCaps(previous.text) && isCaps(l.text) && !/\d/.test(previous.text + l.text);
    if (!previous || (hard && !capsRun)) parts.push({ lines: [l] });
    else parts.at(-1)!.lines.push(l);
  });
  return parts;
}

function toDrafts(paragraphs: RawParagraph[], lang: Locale, repairs: Repair[], entry = false): Draft[] {
  const wrapped = isWrapped(paragraphs);
  const drafts: Draft[] = [];
  for (const whole of paragraphs) {
    const parts = whole.lines.some((l, i) => i < whole.lines.length - 1 && / {2}$/.test(l.text))
      ? splitHardBreaks(whole)
      : [whole];
    if (parts.length > 1)
      repairs.push({
        lang,
        line: whole.lines[0]!.line,
        rule: 'line-wrap',
        detail: `split into ${parts.length} entries at its hard line breaks`,
      });
    const entries = entry || parts.length > 1;
    for (const p of parts) {
      const heading = headingLine.exec(p.lines[0]!.text.trim());
      if (heading) {
        drafts.push({ kind: 'heading', depth: heading[1]!.length, text: heading[2]!, line: p.lines[0]!.line });
        if (p.lines.length > 1) drafts.push(...toDrafts([{ lines: p.lines.slice(1) }], lang, repairs, entries));
        continue;
      }
      // Lines of list items start new blocks; other lines continue the block before them.
      let group: RawParagraph['lines'] = [];
      let marker: string | undefined;
      const flush = () => {
        if (!group.length) return;
        const text = unescapeTwice(joinLines(group, wrapped, lang, repairs), group[0]!.line, lang, repairs);
        const start = footnoteStart.exec(text);
        drafts.push({
          kind: marker ? 'list-item' : 'paragraph',
          ...(marker ? { marker } : {}),
          ...(!marker && start && drafts.length ? { candidate: start[1] ?? '*' } : {}),
          ...(entries ? { entry: true } : {}),
          text,
          line: group[0]!.line,
        });
        group = [];
      };
      for (const l of p.lines) {
        const item = listLine.exec(l.text);
        if (item) {
          flush();
          marker = /^\d/.test(item[1]!) ? item[1]! : '-';
          group.push({ text: item[2]!, line: l.line });
        } else group.push(l);
      }
      flush();
    }
  }
  return drafts;
}

/** "ПРИОРИТЕТНЫЕ РЕКОМЕНДАЦИИ: Значительно…" → a heading and its paragraph; "ЗАЩИТА" alone → a heading. */
function markHeadings(drafts: Draft[], lang: Locale, repairs: Repair[]): Draft[] {
  const runIn = /^((?:[\p{Lu}\d][\p{Lu}\d'’-]*[ ,]+){0,6}[\p{Lu}][\p{Lu}'’-]*:)\s+(\S[\s\S]*)$/u;
  return drafts.flatMap((d): Draft[] => {
    if (d.kind !== 'paragraph' || d.candidate) return [d];
    const m = runIn.exec(d.text);
    if (m && (m[1]!.match(/\p{L}/gu) ?? []).length >= 8) {
      repairs.push({ lang, line: d.line, rule: 'heading', detail: `run-in heading in capitals set apart: «${m[1]}»` });
      return [
        { kind: 'heading', depth: 2, text: m[1]!, line: d.line },
        { kind: 'paragraph', text: m[2]!, line: d.line },
      ];
    }
    if (looksLikeCapsHeading(d.text)) {
      repairs.push({ lang, line: d.line, rule: 'heading', detail: `line in capitals taken as a heading: «${d.text}»` });
      return [{ ...d, kind: 'heading', depth: 2, text: d.text.trim() }];
    }
    return [d];
  });
}

/** "…помощи. * Тщательно… * Обеспечить…": bullets flattened into one paragraph become list items again. */
function restoreBullets(drafts: Draft[], lang: Locale, repairs: Repair[]): Draft[] {
  return drafts.flatMap((d): Draft[] => {
    if (d.kind !== 'paragraph') return [d];
    const items = d.text.split(/(?<=[.!?…;»”])\s+\*\s+(?=\S)/);
    if (items.length < 2) return [d];
    repairs.push({
      lang,
      line: d.line,
      rule: 'bullets',
      detail: `bullets flattened with « * » restored as a list of ${items.length} items`,
    });
    return items.map((text) => ({ kind: 'list-item', marker: '-', text, line: d.line }));
  });
}

const reference = /(?<=[^\s>(])<sup>([^<]+?)<\/sup>/g;
const plainLabel = (label: string) => label.replace(/\\?\*$/, '');

/**
 * Footnotes interleaved with the body (a PDF prints them at the foot of each page) are moved out: a block
 * starting with a superscript number becomes footnote N when an earlier block has that number glued to a
 * word, and that mark becomes a footnote reference. A block that marks several numbers followed at once by
 * blocks that start with them (authors and their affiliations) is a key, not footnotes.
 */
function moveFootnotes(drafts: Draft[], lang: Locale, repairs: Repair[]): { body: Draft[]; footnotes: Block[] } {
  const keyed = new Set<Draft>();
  drafts.forEach((d, i) => {
    const labels = new Set([...d.text.matchAll(reference)].map((m) => plainLabel(m[1]!)));
    if (labels.size < 2) return;
    for (let k = i + 1; k < drafts.length && drafts[k]!.candidate && labels.has(drafts[k]!.candidate!); k++)
      keyed.add(drafts[k]!);
  });
  const footnotes: Block[] = [];
  const body: Draft[] = [];
  drafts.forEach((d) => {
    if (!d.candidate || keyed.has(d)) {
      body.push(d);
      return;
    }
    const label = d.candidate;
    // The nearest earlier block with this mark glued to a word ("людьми<sup>1</sup>", "Тастанов<sup>1\*</sup>").
    const owner = body.findLast(
      (b) => !keyed.has(b) && [...b.text.matchAll(reference)].some((m) => m[1] === label || (label === '*' && /\*$/.test(m[1]!))),
    );
    if (!owner) {
      const { candidate: _unpaired, ...paragraph } = d;
      body.push(paragraph);
      return;
    }
    if (label === '*')
      owner.text = owner.text.replace(/<sup>(\d*)\\?\*<\/sup>/, (_, n: string) => `${n ? `<sup>${n}</sup>` : ''}[^*]`);
    else
      owner.text = owner.text.replace(
        new RegExp(`(?<=[^\\s>(])<sup>${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</sup>`),
        `[^${label}]`,
      );
    const text = d.text.replace(footnoteStart, '').trim();
    footnotes.push({ kind: 'footnote', label, text, line: d.line });
    repairs.push({
      lang,
      line: d.line,
      rule: 'footnote',
      detail: `footnote ${label} moved out of the body to the notes (mark on line ${owner.line})`,
    });
  });
  return { body, footnotes };
}

/**
 * A paragraph cut by a page break (or by footnotes printed between its halves) is joined again: when the
 * first half does not end a sentence and the second continues it (starts in lower case, or the first half
 * stops on a comma or mid-phrase). In a text whose paragraphs end without full stops, only a lower-case
 * start counts.
 */
function joinPageBreaks(body: Draft[], lang: Locale, repairs: Repair[]): Draft[] {
  const prose = body.filter((d) => d.kind === 'paragraph' && d.text.split(/\s+/).length >= 5);
  const punctuated = prose.filter((d) => terminal.test(d.text)).length >= prose.length / 2;
  const out: Draft[] = [];
  for (const d of body) {
    const before = out.at(-1);
    const joinable =
      before &&
      (before.kind === 'paragraph' || before.kind === 'list-item') &&
      d.kind === 'paragraph' &&
      !before.entry &&
      !d.entry &&
      // A block opening with a superscript mark or a bracket starts an entry of its own (an affiliation, the e-mails).
      !/^(<sup>|\()/.test(d.text);
    if (before && joinable && !terminal.test(before.text)) {
      const hyphen = /\p{L}-$/u.test(before.text) && startsLower.test(d.text);
      const midPhrase =
        punctuated &&
        (/[,(–—]$/.test(before.text) ||
          (/\p{L}$/u.test(before.text) && (before.text.split(/\s+/).length >= 12 || /\p{L}, \S/u.test(before.text))));
      if (hyphen || startsLower.test(d.text) || midPhrase) {
        if (hyphen) {
          const word = `${before.text.match(/\p{L}+-$/u)![0]}${d.text.match(/^\S+/)![0]}`;
          before.text = before.text.slice(0, -1) + d.text;
          repairs.push({
            lang,
            line: d.line,
            rule: 'hyphenation',
            detail: `«${word}» → «${word.replace('-', '')}» (across a page break)`,
          });
        } else before.text = `${before.text} ${d.text}`;
        repairs.push({
          lang,
          line: d.line,
          rule: 'page-break',
          detail: `paragraph split by a page break joined: «${excerpt(before.text.slice(0, before.text.length - d.text.length).trimEnd())}» + «${excerpt(d.text, 'start')}»`,
        });
        continue;
      }
    }
    out.push(d);
  }
  return out;
}

/**
 * The first line of a text, short and without a full stop, is its title. When the line under it follows
 * without a blank line (a headline and its standfirst), the title is set apart from it.
 */
function markTitle(body: Draft[], lang: Locale, repairs: Repair[]): void {
  const first = body[0];
  if (!first || first.kind !== 'paragraph' || first.entry) return;
  const [line, ...rest] = first.text.split('\n');
  const words = line!.split(/\s+/).length;
  if (terminal.test(line!) || words < 2 || words > 20 || /^©|<sup>/.test(line!)) return;
  if (rest.length) body.splice(1, 0, { kind: 'paragraph', text: rest.join('\n'), line: first.line + 1 });
  first.kind = 'heading';
  first.depth = 1;
  first.text = line!;
  repairs.push({ lang, line: first.line, rule: 'heading', detail: `first line taken as the title: «${line}»` });
}

/** Cleans one language version's paragraphs into blocks; returns the repairs made. */
export function structure(paragraphs: RawParagraph[], lang: Locale): { body: Block[]; footnotes: Block[]; repairs: Repair[] } {
  const repairs: Repair[] = [];
  let drafts = toDrafts(paragraphs, lang, repairs);
  drafts = markHeadings(drafts, lang, repairs);
  drafts = restoreBullets(drafts, lang, repairs);
  const moved = moveFootnotes(drafts, lang, repairs);
  const body = joinPageBreaks(moved.body, lang, repairs);
  markTitle(body, lang, repairs);
  // Without Markdown headings in the file, a first block set in capitals is the title (level 1).
  if (body[0]?.kind === 'heading' && !paragraphs.some((p) => headingLine.test(p.lines[0]!.text))) body[0].depth = 1;
  const clean = ({ candidate: _c, ...block }: Draft): Block => block;
  return { body: body.map(clean), footnotes: moved.footnotes, repairs: repairs.sort((a, b) => a.line - b.line) };
}
