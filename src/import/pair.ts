/**
 * Pairs the blocks of the language versions into units that share one segment id, using the aligner at
 * paragraph level (numbers, lengths and names as anchors), then names the units from their headings.
 * Footnotes pair by their label. A heading facing a short unpunctuated line in another version makes that
 * line a heading too (a listed repair); anything else the aligner was unsure of is noted for the editor.
 */
import { alignSequences, type Bead } from '../align/align';
import type { Locale } from '../i18n/locales';
import { IdRegistry, slugify } from './ids';
import { anchorKeys, knownPart } from './sections';
import type { Block, BlockKind, CleanVersion, Repair } from './types';

/** Blocks of several languages that are translations of each other: one segment id. */
export interface Unit {
  id: string;
  kind: BlockKind;
  blocks: Partial<Record<Locale, Block>>;
  /** The aligner's confidence in this pairing (0..1); null for footnotes paired by label. */
  confidence: number | null;
  /** Why the editor should look at this unit. */
  notes: string[];
  /** Id of the heading whose section holds this unit (`front` before the first, `notes` for footnotes). */
  section: string;
}

/** Plain text of a block for the aligner: what a reader sees, without Markdown. */
export function plain(markdown: string): string {
  return markdown
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

type Row = Omit<Unit, 'id' | 'kind' | 'section'>;

/** Index pairs of equal keys, as many as possible, in order (longest common subsequence). */
function matchKeys(a: Array<string | null>, b: Array<string | null>): Array<[number, number]> {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i]![j] = a[i] !== null && a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;)
    if (a[i] !== null && a[i] === b[j]) pairs.push([i++, j++]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  return pairs;
}

/**
 * Beads over two versions: known parts (headings, labelled paragraphs) are fixed pairs; the aligner
 * pairs what lies between two of them. Where one side of such a stretch is empty, the other side's
 * blocks are simply absent from that version, which is certain, not doubtful.
 */
function anchoredBeads(pivot: CleanVersion, version: CleanVersion): Bead[] {
  const anchors = matchKeys(anchorKeys(pivot.body), anchorKeys(version.body));
  const beads: Bead[] = [];
  let i = 0;
  let j = 0;
  for (const [ai, bj] of [...anchors, [pivot.body.length, version.body.length] as [number, number]]) {
    const a = pivot.body.slice(i, ai);
    const b = version.body.slice(j, bj);
    if (a.length && b.length)
      for (const bead of alignSequences(
        a.map((x) => plain(x.text)),
        b.map((x) => plain(x.text)),
        { langA: pivot.lang, langB: version.lang },
      ))
        beads.push({ a: bead.a.map((x) => x + i), b: bead.b.map((x) => x + j), confidence: bead.confidence });
    else {
      a.forEach((_, k) => beads.push({ a: [i + k], b: [], confidence: 1 }));
      b.forEach((_, k) => beads.push({ a: [], b: [j + k], confidence: 1 }));
    }
    if (ai < pivot.body.length) beads.push({ a: [ai], b: [bj], confidence: 1 });
    i = ai + 1;
    j = bj + 1;
  }
  return beads;
}

function pairBodies(versions: CleanVersion[]): Row[] {
  const pivot = versions.reduce((best, v) => (v.body.length > best.body.length ? v : best), versions[0]!);
  const rows: Row[] = pivot.body.map((block) => ({
    blocks: { [pivot.lang]: block },
    confidence: versions.length > 1 ? 1 : null,
    notes: [],
  }));
  const inserted = new Map<number, Row[]>();
  const insert = (after: number, row: Row) => inserted.set(after, [...(inserted.get(after) ?? []), row]);
  const lower = (row: Row, confidence: number) => (row.confidence = Math.min(row.confidence ?? 1, confidence));

  for (const version of versions) {
    if (version === pivot) continue;
    let last = -1;
    for (const bead of anchoredBeads(pivot, version)) {
      const [first, second] = bead.a;
      const [own, extra] = bead.b;
      if (first !== undefined && own !== undefined) {
        rows[first]!.blocks[version.lang] = version.body[own]!;
        lower(rows[first]!, bead.confidence);
        if (second !== undefined) {
          lower(rows[second]!, bead.confidence);
          rows[second]!.notes.push(
            `the ${version.lang} paragraph on line ${version.body[own]!.line} matches both this ${pivot.lang} paragraph and the one before: join the two ${pivot.lang} paragraphs, or split the ${version.lang} one`,
          );
        }
        if (extra !== undefined)
          insert(bead.a.at(-1)!, {
            blocks: { [version.lang]: version.body[extra]! },
            confidence: bead.confidence,
            notes: [
              `this ${version.lang} paragraph and the one before both match ${pivot.lang} line ${pivot.body[first]!.line}: join the two ${version.lang} paragraphs, or split the ${pivot.lang} one`,
            ],
          });
      } else if (own !== undefined)
        insert(last, { blocks: { [version.lang]: version.body[own]! }, confidence: bead.confidence, notes: [] });
      else if (first !== undefined) lower(rows[first]!, bead.confidence);
      last = bead.a.at(-1) ?? last;
    }
  }
  return [...(inserted.get(-1) ?? []), ...rows.flatMap((row, i) => [row, ...(inserted.get(i) ?? [])])];
}

const isShortLine = (text: string) =>
  !text.includes('\n') &&
  text.split(/\s+/).length <= 15 &&
  (/^\*\*[^*]+\*\*$/.test(text.trim()) || !/[.!?;,]$/.test(text.trim()));

/** A heading in one language facing a short line in another: that line is the heading, set as such. */
function harmoniseKinds(rows: Row[], repairs: Repair[]): void {
  for (const row of rows) {
    const entries = Object.entries(row.blocks) as Array<[Locale, Block]>;
    const heading = entries.find(([, b]) => b.kind === 'heading');
    if (!heading) continue;
    for (const [lang, block] of entries) {
      if (block.kind === 'heading') continue;
      if (block.kind === 'paragraph' && isShortLine(block.text)) {
        block.kind = 'heading';
        block.depth = heading[1].depth ?? 2;
        repairs.push({
          lang,
          line: block.line,
          rule: 'heading',
          detail: `set as a heading, like its ${heading[0]} counterpart: «${block.text}»`,
        });
      } else
        row.notes.push(
          `a heading in ${heading[0]} (line ${heading[1].line}) faces a ${block.kind} in ${lang} (line ${block.line}): fix the pairing or the kind`,
        );
    }
  }
}

function pairFootnotes(versions: CleanVersion[]): Row[] {
  const labels = [...new Set(versions.flatMap((v) => v.footnotes.map((f) => f.label!)))];
  return labels.map((label) => ({
    blocks: Object.fromEntries(versions.flatMap((v) => v.footnotes.filter((f) => f.label === label).map((f) => [v.lang, f]))),
    confidence: null,
    notes: [],
  }));
}

/** Pairs the versions and gives every unit its id; the repairs of promoted headings go to `repairs`. */
export function pairVersions(versions: CleanVersion[], repairs: Repair[]): Unit[] {
  const rows = pairBodies(versions);
  harmoniseKinds(rows, repairs);
  const ids = new IdRegistry();
  let section = 'front';
  let counter = 0;
  let titled = false;
  const units: Unit[] = rows.map((row) => {
    const blocks = Object.values(row.blocks) as Block[];
    const kind = blocks[0]!.kind;
    const known = blocks.map(knownPart).find(Boolean);
    if (kind === 'heading') {
      // English words read best in an address; else Russian, then Kazakh, transliterated.
      let wanted = known ?? slugify((row.blocks.en ?? row.blocks.ru ?? blocks[0]!).text);
      if (!titled && !known) wanted = 'title';
      else if (!known)
        row.notes.push(
          `id "${wanted}" was made from the heading's words: if it reads badly, rename it now (npm run import -- --rename <source> ${wanted} <new-id>); after publication it never changes`,
        );
      titled = true;
      section = ids.take(wanted);
      counter = 0;
      return { ...row, id: section, kind, section };
    }
    // A labelled paragraph ("**Keywords:** …") is named by its label; others are numbered in their section.
    const id = known && !ids.has(known) ? ids.take(known) : ids.take(`${section}-${++counter}`);
    return { ...row, id, kind, section };
  });
  const notes = pairFootnotes(versions).map((row): Unit => {
    const label = Object.values(row.blocks)[0]!.label!;
    return { ...row, id: ids.take(`fn-${label === '*' ? 'star' : slugify(label)}`), kind: 'footnote', section: 'notes' };
  });
  return [...units, ...notes];
}
