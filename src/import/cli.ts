/**
 * `npm run import -- <source-id> <lang>=<file> [<lang>=<file> …] [--force]`
 * `npm run import -- --check <source-id>`
 *
 * Reads the raw files, proposes the drafts, checks them with the content gate (in a scratch copy of
 * content/, so a failing draft never breaks the real one before it is written), writes them and the review.
 * Existing content is never replaced without --force.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCorpus } from '../corpus/load';
import { numberLedger, type LedgerNumber } from '../derive/ledger';
import { locales, type Locale } from '../i18n/locales';
import { slugPattern } from '../schemas/common';
import { splitFrontmatter } from '../corpus/segments';
import { conversionOf, type Conversion } from './fidelity';
import { importSource, type ImportInput, type ImportResult } from './index';
import { draftSectionLabels } from './labels';
import type { SectionLabel } from '../schemas/section';
import { decisions, reviewMarkdown } from './review';

const usage = `Usage:
  npm run import -- <source-id> <lang>=<file> [<lang>=<file> …] [--force]
  npm run import -- --check <source-id>
  npm run import -- --rename <source-id> <old-id> <new-id>

  <source-id>  the new source's id, lowercase kebab-case, e.g. tip-2024 (it becomes part of every address)
  <lang>       kk, ru or en; a file holding several languages: ru,kk,en=<file>
  --force      replace drafts or content that already exist
  --check      after editing, run the content gate again and list what is still to decide
  --rename     rename a segment id, and a section's numbered ids with it (protection-2 → assistance-2),
               in every language version, in the figures, recommendations and events of the source,
               and in its section labels

Example:
  npm run import -- tip-2024 kk=content/originals/tip-2024.kk.txt ru=content/originals/tip-2024.ru.txt`;

interface Args {
  source: string;
  files: Array<{ langs: Locale[]; file: string }>;
  force: boolean;
  check: boolean;
  rename?: [string, string];
}

function parseArgs(argv: string[]): Args | string {
  const force = argv.includes('--force');
  const check = argv.includes('--check');
  const renaming = argv.includes('--rename');
  const unknown = argv.find((a) => a.startsWith('--') && !['--force', '--check', '--rename'].includes(a));
  if (unknown) return `unknown option ${unknown}`;
  const [source, ...rest] = argv.filter((a) => !a.startsWith('--'));
  if (!source) return 'give the source id first';
  if (!slugPattern.test(source)) return `source id "${source}" must be lowercase kebab-case, e.g. "tip-2024"`;
  if (check) return rest.length ? '--check takes only the source id' : { source, files: [], force, check };
  if (renaming) {
    const [from, to] = rest;
    if (rest.length !== 2 || !from || !to) return '--rename takes the source id, the old id and the new id';
    if (!slugPattern.test(to)) return `new id "${to}" must be lowercase kebab-case, e.g. "protection-3"`;
    return { source, files: [], force, check, rename: [from, to] };
  }
  if (!rest.length) return 'give at least one <lang>=<file>';
  const files: Args['files'] = [];
  const seen = new Set<string>();
  for (const arg of rest) {
    const match = /^([a-z,]+)=(.+)$/.exec(arg);
    if (!match) return `"${arg}" is not <lang>=<file>`;
    const langs = match[1]!.split(',');
    for (const lang of langs) {
      if (!(locales as readonly string[]).includes(lang))
        return `"${lang}" is not a language of this site (use ${locales.join(', ')})`;
      if (seen.has(lang)) return `${lang} is given twice`;
      seen.add(lang);
    }
    files.push({ langs: langs as Locale[], file: match[2]! });
  }
  return { source, files, force, check };
}

/**
 * Runs the content gate on content/ with the drafts in place, in a scratch copy; also returns the numbers
 * of the new texts the ledger rule finds unaccounted for (neither a figure, a date or law number, nor a
 * ledger entry): the checklist the editor works through.
 */
async function gate(
  root: string,
  result: ImportResult,
  sourceJson: string,
  sectionsJson: string | null,
): Promise<{ problems: string[]; unsorted: LedgerNumber[] }> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'import-'));
  try {
    await cp(path.join(root, 'content'), path.join(scratch, 'content'), { recursive: true });
    await writeDrafts(scratch, result, sourceJson, sectionsJson);
    const { corpus, problems } = await loadCorpus(scratch);
    return { problems, unsorted: numberLedger(corpus, result.source).filter((n) => !n.accounted) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function targets(root: string, source: string, langs: readonly Locale[]): string[] {
  return [
    ...langs.map((lang) => path.join(root, 'content', 'texts', source, `${lang}.md`)),
    path.join(root, 'content', 'sources', `${source}.json`),
  ];
}

const sectionsFile = (root: string, source: string) => path.join(root, 'content', 'sections', `${source}.json`);

async function writeDrafts(root: string, result: ImportResult, sourceJson: string, sectionsJson: string | null): Promise<void> {
  await mkdir(path.join(root, 'content', 'texts', result.source), { recursive: true });
  for (const [lang, markdown] of Object.entries(result.texts))
    await writeFile(path.join(root, 'content', 'texts', result.source, `${lang}.md`), markdown);
  await writeFile(path.join(root, 'content', 'sources', `${result.source}.json`), sourceJson);
  if (sectionsJson !== null) {
    await mkdir(path.dirname(sectionsFile(root, result.source)), { recursive: true });
    await writeFile(sectionsFile(root, result.source), sectionsJson);
  }
}

/** The section labels of the other sources (content/sections/), to draft the new source's from. */
async function knownLabels(root: string, source: string): Promise<Array<{ id: string; labels: Record<string, SectionLabel> }>> {
  const dir = path.dirname(sectionsFile(root, source));
  const names = existsSync(dir) ? (await readdir(dir)).filter((n) => n.endsWith('.json') && n !== `${source}.json`).sort() : [];
  const known = [];
  for (const name of names)
    try {
      const labels = JSON.parse(await readFile(path.join(dir, name), 'utf8')).labels;
      if (labels && typeof labels === 'object') known.push({ id: name.slice(0, -'.json'.length), labels });
    } catch {
      // A broken file is the content gate's to report, not a source of labels.
    }
  return known;
}

/**
 * Records which original each text was made from and what was dropped (tests/conversions.json), so the
 * fidelity test holds the texts to the original from now on. Returns a message for the user.
 */
async function recordConversions(
  root: string,
  result: ImportResult,
  files: Array<{ full: string; input: ImportInput }>,
): Promise<string[]> {
  const messages: string[] = [];
  const originals = path.join(root, 'content', 'originals') + path.sep;
  const recordFile = path.join(root, 'tests', 'conversions.json');
  const records: Conversion[] = existsSync(recordFile) ? JSON.parse(await readFile(recordFile, 'utf8')) : [];
  for (const { full, input } of files) {
    if (!full.startsWith(originals)) {
      messages.push(
        `${input.name} is not in content/originals/: keep the raw file there (with a line in its README) so the texts can be checked against it`,
      );
      continue;
    }
    const langs = input.langs.filter((lang) => result.texts[lang]);
    const { conversion, changed } = conversionOf(
      path.relative(originals, full),
      langs.map((lang) => `${result.source}/${lang}`),
      input.raw,
      langs.map((lang) => splitFrontmatter(result.texts[lang]!).body),
    );
    if (changed.length) {
      messages.push(
        `the drafts hold words ${input.name} does not (${changed.slice(0, 5).join(', ')}): an importer bug, check those places by hand`,
      );
      continue;
    }
    const at = records.findIndex((r) => r.seed === conversion.seed);
    if (at >= 0 && !records[at]!.texts.every((t) => t.startsWith(`${result.source}/`))) {
      messages.push(`${input.name} is already recorded as the original of ${records[at]!.texts.join(', ')}: not recorded again`);
      continue;
    }
    if (at >= 0) records[at] = conversion;
    else records.push(conversion);
  }
  if (messages.length < files.length) {
    await mkdir(path.dirname(recordFile), { recursive: true });
    await writeFile(recordFile, `${JSON.stringify(records, null, 2)}\n`);
  }
  return messages;
}

function printDecisions(todo: string[]): void {
  if (!todo.length) {
    console.log(
      '\nThe content passes the content gate. Next: figures and recommendations (content/README.md, "Adding a source").',
    );
    return;
  }
  console.log(`\nNot ready yet: ${todo.length} decision${todo.length === 1 ? '' : 's'} left to you:`);
  for (const item of todo) console.log(`  - ${item}`);
}

/** The problems that belong to this source's files, and how many others content/ has. */
function ownProblems(problems: string[], source: string, originals: string[]): { own: string[]; others: number } {
  const own = problems.filter(
    (p) =>
      p.includes(`/${source}.json`) ||
      p.includes(`/${source}/`) ||
      originals.some((name) => p.startsWith(`content/originals/${name}`)),
  );
  return { own, others: problems.length - own.length };
}

function printOthers(others: number): void {
  if (others)
    console.log(
      `\n(${others} other problem${others === 1 ? '' : 's'} in content/, not in this source: npm run test:unit lists them.)`,
    );
}

async function check(root: string, source: string): Promise<number> {
  const recordFile = path.join(root, 'tests', 'conversions.json');
  const records: Conversion[] = existsSync(recordFile) ? JSON.parse(await readFile(recordFile, 'utf8')) : [];
  const originals = records.filter((r) => r.texts.some((t) => t.startsWith(`${source}/`))).map((r) => r.seed);
  const { own, others } = ownProblems((await loadCorpus(root)).problems, source, originals);
  printDecisions(decisions(own, [], source, true));
  printOthers(others);
  return own.length || others ? 1 : 0;
}

/** Renames `from` (and `from-1`, `from-2`… of its section) to `to` in the source's texts and entries. */
async function rename(root: string, source: string, from: string, to: string): Promise<number> {
  const escaped = from.replace(/[-]/g, '\\-');
  const files = [
    ...locales.map((lang) => path.join(root, 'content', 'texts', source, `${lang}.md`)),
    ...['figures', 'recommendations', 'events', 'sections'].map((c) => path.join(root, 'content', c, `${source}.json`)),
  ].filter((file) => existsSync(file));
  const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
  const clash = new RegExp(`\\{#${to.replace(/[-]/g, '\\-')}(-\\d+)?\\}`);
  if (texts.some((text) => clash.test(text))) {
    console.error(`"${to}" is already used in ${source}: choose another id`);
    return 1;
  }
  const marker = new RegExp(`\\{#${escaped}(-\\d+)?\\}`, 'g');
  const listed = new RegExp(`(?<=^absent: \\[(?:[^\\]]*[ ,])?)${escaped}(-\\d+)?(?=[,\\]])`, 'gm');
  const segment = new RegExp(`("segment": ")${escaped}(-\\d+)?(")`, 'g');
  // A section's label is keyed by the section's id (content/sections/<source>.json).
  const labelKey = new RegExp(`"${escaped}"(?=\\s*:\\s*\\{)`, 'g');
  let count = 0;
  for (const [i, file] of files.entries()) {
    const text = texts[i]!;
    const renamed = text
      .replace(marker, (_, n = '') => (count++, `{#${to}${n}}`))
      .replace(listed, (_, n = '') => `${to}${n}`)
      .replace(segment, (_, open: string, n = '', close: string) => `${open}${to}${n}${close}`)
      .replace(file.endsWith(path.join('sections', `${source}.json`)) ? labelKey : /$^/g, `"${to}"`);
    if (renamed !== text) await writeFile(file, renamed);
  }
  if (!count) {
    console.error(`No segment "${from}" in content/texts/${source}/`);
    return 1;
  }
  console.log(`Renamed ${count} segment marker${count === 1 ? '' : 's'} from "${from}" to "${to}" in ${source}.`);
  return 0;
}

export async function main(argv: string[], root: string): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(`${args}\n\n${usage}`);
    return 2;
  }
  if (args.check) return check(root, args.source);
  if (args.rename) return rename(root, args.source, ...args.rename);

  const langs = args.files.flatMap((f) => f.langs);
  const existing = targets(root, args.source, langs).filter((file) => existsSync(file));
  if (existing.length && !args.force) {
    console.error(
      `Not replacing what exists (add --force to replace it):\n${existing.map((f) => `  ${path.relative(root, f)}`).join('\n')}`,
    );
    return 1;
  }
  // Paths as the user typed them, from where they typed them (npm runs scripts from the project root).
  const from = process.env.INIT_CWD ?? process.cwd();
  const files: Array<{ full: string; input: ImportInput }> = [];
  for (const { langs: fileLangs, file } of args.files) {
    const full = path.resolve(from, file);
    if (!existsSync(full)) {
      console.error(`No file ${file} (looked for ${full})`);
      return 1;
    }
    files.push({ full, input: { name: path.basename(file), langs: fileLangs, raw: await readFile(full, 'utf8') } });
  }

  const result = importSource(
    args.source,
    files.map((f) => f.input),
  );
  const sourceJson = `${JSON.stringify(result.sourceJson, null, 2)}\n`;
  // Our labels for sections a language lacks, where other sources already label the same section.
  const drafted = draftSectionLabels(result.texts, await knownLabels(root, args.source));
  const keepLabels = existsSync(sectionsFile(root, args.source)) && !args.force;
  const sectionsJson =
    keepLabels || !Object.keys(drafted.labels).length ? null : `${JSON.stringify({ labels: drafted.labels }, null, 2)}\n`;
  const checked = await gate(root, result, sourceJson, sectionsJson);
  const { own: problems, others } = ownProblems(
    checked.problems,
    args.source,
    files.map((f) => f.input.name),
  );
  await writeDrafts(root, result, sourceJson, sectionsJson);
  const reviewFile = path.join(root, 'imports', `${args.source}.review.md`);
  await mkdir(path.dirname(reviewFile), { recursive: true });
  await writeFile(reviewFile, reviewMarkdown(result, problems, checked.unsorted, sectionsJson ? drafted.borrowed : []));
  const warnings = await recordConversions(root, result, files);

  const multi = result.units.filter((u) => Object.keys(u.blocks).length > 1);
  const doubtful = result.units.filter((u) => (u.confidence ?? 1) < 0.5 || u.notes.length);
  console.log(`Imported ${args.source}:`);
  for (const file of targets(root, args.source, result.langs)) console.log(`  wrote ${path.relative(root, file)}`);
  if (sectionsJson)
    console.log(`  wrote ${path.relative(root, sectionsFile(root, args.source))} (section labels drafted from other sources)`);
  else if (keepLabels)
    console.log(`  kept ${path.relative(root, sectionsFile(root, args.source))} (add --force to draft it again)`);
  console.log(`  wrote ${path.relative(root, reviewFile)}  ← read this next`);
  for (const lang of result.langs) console.log(`  ${lang}: ${result.units.filter((u) => u.blocks[lang]).length} segments`);
  if (result.langs.length > 1) console.log(`  ${multi.length} segments paired across languages, ${doubtful.length} doubtful`);
  console.log(`  ${result.repairs.length} repairs listed, ${checked.unsorted.length} numbers to sort into figures or the ledger`);
  for (const warning of warnings) console.log(`  ! ${warning}`);
  printDecisions(decisions(problems, result.units, result.source));
  printOthers(others);
  return 0;
}
