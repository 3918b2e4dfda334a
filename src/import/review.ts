/**
 * The review the importer writes for the editor (`imports/<id>.review.md`): the decisions left, the
 * alignment with the doubtful pairs first, every repair made, and the numbers to sort into figures.
 */
import type { ImportResult } from './index';
import type { LedgerNumber } from '../derive/ledger';
import { plain, type Unit } from './pair';

/** What the editor has to do about a problem the content gate reports for a field of the draft source file. */
const fieldHints: Array<[RegExp, string]> = [
  [/field "kind"/, 'choose what sort of document it is: report-chapter, news-story, ministry-statement or journal-article'],
  [/field "label\./, 'write our short name for the source (cards, menus, citations) in kk, ru and en'],
  [/field "summary\./, 'write our one- or two-sentence description of the source in kk, ru and en'],
  [/field "published"/, 'give the publication date as YYYY, YYYY-MM or YYYY-MM-DD'],
  [/field "coverage/, 'give the years the data describe: "coverage": { "from": 2023, "to": 2024 }'],
  [/field "versions\.[a-z]+\.role"/, 'say whether each language version is the "original" or a "translation"'],
  [/field "title"/, 'copy the title exactly as each language version states it'],
  [
    /field "labels\.[^"]+": section /,
    'name each section in our own words in every language its heading lacks (content/README.md, "Section labels")',
  ],
  [
    /has no provenance/,
    'add a line to content/originals/README.md saying where this file came from (site, address, date you copied it)',
  ],
  [
    /is a (heading|paragraph|list item|footnote) here/,
    'the versions disagree on what this block is: make both the same kind, or fix the pairing',
  ],
];

/** One line per decision; problems that share a hint (label.kk, label.ru, label.en) are listed under it once. */
export function decisions(problems: string[], units: Unit[], source = '<source>', listNumbers = false): string[] {
  const out: string[] = [];
  const hinted = new Map<string, string[]>();
  // Numbers the ledger rule finds unaccounted for are the checklist of section 4, not one decision each.
  const numbers = listNumbers ? [] : problems.filter((p) => /is neither a figure nor in the ledger/.test(p));
  if (numbers.length)
    out.push(
      `${numbers.length} number${numbers.length === 1 ? '' : 's'} to sort into figures or the ledger of numbers (section 4 of the review)`,
    );
  for (const problem of problems.filter((p) => !numbers.includes(p))) {
    const hint = fieldHints.find(([pattern]) => pattern.test(problem))?.[1];
    const key = hint && `${problem.split(' › ')[0]}\n${hint}`;
    if (key) hinted.set(key, [...(hinted.get(key) ?? []), problem]);
    else out.push(problem);
  }
  for (const [key, list] of hinted) {
    const hint = key.split('\n')[1]!;
    // "content/sources/x.json › entry "x" › field "label.kk": …" → file and fields, then what to do.
    const where = list.map((p) => p.slice(0, p.indexOf(': ')).split(' › '));
    const fields = [...new Set(where.filter((w) => w.length > 1).map((w) => w.at(-1)!.replace(/^field /, '')))].join(', ');
    out.push(`${where[0]![0]}${fields ? ` › ${fields}` : ''}: ${hint}`);
  }
  for (const unit of units) for (const note of unit.notes) out.push(`\`${unit.id}\`: ${note.replace('<source>', source)}`);
  return out;
}

const cell = (text: string | undefined, width = 90) => {
  if (!text) return '—';
  const flat = plain(text).replace(/\|/g, '\\|');
  return flat.length > width ? `${flat.slice(0, width)}…` : flat;
};

/**
 * `borrowed`: our section labels the importer drafted from other sources (content/sections/), each to be
 * checked: the same id may name a different part in another kind of document.
 */
export function reviewMarkdown(
  result: ImportResult,
  problems: string[],
  unsorted: LedgerNumber[],
  borrowed: ReadonlyArray<{ section: string; lang: string; from: string }> = [],
): string {
  const todo = decisions(problems, result.units, result.source);
  const paired = result.units.filter((u) => Object.keys(u.blocks).length > 1 || u.confidence !== null);
  const byConfidence = [...paired].sort((a, b) => (a.confidence ?? 1) - (b.confidence ?? 1));
  const doubtful = byConfidence.filter((u) => (u.confidence ?? 1) < 0.5 || u.notes.length);
  const lines: string[] = [
    `# Import review: ${result.source}`,
    '',
    'Work through this list, then run `npm run import -- --check ' + result.source + '` until it says the content passes.',
    '',
    `## 1. Decisions left to you (${todo.length})`,
    '',
    ...(todo.length ? todo.map((t) => `- [ ] ${t}`) : ['None: the drafts pass the content gate.']),
    ...(borrowed.length
      ? [
          `- [ ] check our section labels drafted in \`content/sections/${result.source}.json\` from other sources: ${borrowed.map((b) => `${b.section} (${b.lang}, from ${b.from})`).join(', ')}`,
        ]
      : []),
    '',
    `## 2. Alignment: ${doubtful.length} doubtful pair${doubtful.length === 1 ? '' : 's'} first`,
    '',
    'Each row is one segment id: the blocks the aligner paired across the languages. Check the doubtful ones',
    'against the originals; a wrong pair is fixed by moving the `{#id}` markers in the drafts.',
    '',
    `| id | confidence | ${result.langs.join(' | ')} |`,
    `| --- | --- | ${result.langs.map(() => '---').join(' | ')} |`,
    ...byConfidence.map(
      (u) =>
        `| ${doubtful.includes(u) ? '⚠ ' : ''}\`${u.id}\` | ${u.confidence?.toFixed(2) ?? '—'} | ${result.langs.map((l) => cell(u.blocks[l]?.text)).join(' | ')} |`,
    ),
    '',
    `## 3. Repairs made (${result.repairs.length}): check them against the original`,
    '',
    ...result.repairs.map((r) => `- ${r.lang}, line ${r.line} (${r.rule}): ${r.detail}`),
    '',
    `## 4. Numbers to sort (${unsorted.length})`,
    '',
    'Every number of the new texts that is not a date or a law number. The build requires each to be either a figure',
    '(`content/figures/' + result.source + '.json`, saying what it counts) or an entry of the ledger of numbers',
    '(`content/ledger/' + result.source + '.json`, with its reason: "same-as" a figure, "no-period", "individual"…).',
    '',
    ...unsorted.map((n) => {
      const sentence = result.numbers.find((s) => s.segment === n.segment && s.lang === n.lang && s.sentence.includes(n.text));
      return `- [ ] \`${n.segment}\` (${n.lang}) **${n.text}**: «${sentence?.sentence ?? n.context}»`;
    }),
    '',
  ];
  return lines.join('\n');
}
