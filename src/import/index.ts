/**
 * The importer, without the file system: raw text in (one or more files, each holding one or more
 * languages), proposed content out. `cli.ts` reads and writes the files and runs the content gate.
 *
 * raw text → paragraphs → page chrome dropped → languages told apart (a file may hold several)
 *   → blocks (headings, lists, footnotes; line wraps, hyphens and page breaks repaired)
 *   → units paired across languages by the aligner → ids → drafts, review and the checklist of numbers.
 */
import type { Locale } from '../i18n/locales';
import { dropChrome, rawParagraphs } from './chrome';
import { readDates } from './dates';
import { sourceDraft, textMarkdown } from './draft';
import { splitLanguages } from './languages';
import { numberChecklist, type NumberItem } from './numbers';
import { pairVersions, type Unit } from './pair';
import { structure } from './structure';
import type { CleanVersion, RawParagraph, Repair } from './types';

/** One file given on the command line: its name, the language(s) it holds and its text. */
export interface ImportInput {
  name: string;
  langs: Locale[];
  raw: string;
}

export interface ImportResult {
  source: string;
  langs: Locale[];
  units: Unit[];
  repairs: Repair[];
  /** Markdown drafts by language: `content/texts/<source>/<lang>.md`. */
  texts: Partial<Record<Locale, string>>;
  /** Draft of `content/sources/<source>.json`. */
  sourceJson: Record<string, unknown>;
  numbers: NumberItem[];
}

/** Lines `from`–`to` of a file, for the review. */
function span(paragraphs: RawParagraph[]): string {
  const first = paragraphs[0]!.lines[0]!.line;
  const last = paragraphs.at(-1)!.lines.at(-1)!.line;
  return first === last ? `line ${first}` : `lines ${first}–${last}`;
}

function cleanVersions(inputs: ImportInput[]): { versions: CleanVersion[]; repairs: Repair[] } {
  const versions: CleanVersion[] = [];
  const repairs: Repair[] = [];
  for (const input of inputs) {
    const chrome = dropChrome(rawParagraphs(input.raw), input.langs[0]!);
    repairs.push(...chrome.repairs);
    const assigned = splitLanguages(chrome.paragraphs, input.langs);
    for (const lang of input.langs) {
      const paragraphs = chrome.paragraphs.filter((_, i) => assigned[i] === lang);
      if (input.langs.length > 1) {
        // Report each run of paragraphs read as this language, so the split can be checked at a glance.
        let run: RawParagraph[] = [];
        chrome.paragraphs.forEach((p, i) => {
          if (assigned[i] === lang) run.push(p);
          if ((assigned[i] !== lang || i === chrome.paragraphs.length - 1) && run.length) {
            repairs.push({
              lang,
              line: run[0]!.lines[0]!.line,
              rule: 'language',
              detail: `${input.name} ${span(run)} read as ${lang}`,
            });
            run = [];
          }
        });
      }
      if (!paragraphs.length) continue;
      const structured = structure(paragraphs, lang);
      repairs.push(...structured.repairs);
      versions.push({
        lang,
        body: structured.body,
        footnotes: structured.footnotes,
        repairs: structured.repairs,
        chromeDates: chrome.dates,
      });
    }
  }
  return { versions, repairs };
}

/** Imports one source from its raw files; pure, so it can be tested on strings. */
export function importSource(source: string, inputs: ImportInput[]): ImportResult {
  const { versions, repairs } = cleanVersions(inputs);
  if (!versions.length) throw new Error('the files hold no text');
  const langs = versions.map((v) => v.lang);
  const units = pairVersions(versions, repairs);
  const published =
    versions.flatMap((v) => v.chromeDates)[0] ??
    versions.flatMap((v) => v.body.slice(0, 5).flatMap((b) => readDates(b.text)))[0] ??
    null;
  return {
    source,
    langs,
    units,
    repairs: repairs.sort((a, b) => a.lang.localeCompare(b.lang) || a.line - b.line),
    texts: Object.fromEntries(langs.map((lang) => [lang, textMarkdown(source, lang, units)])),
    sourceJson: sourceDraft(units, langs, published),
    numbers: numberChecklist(units, langs),
  };
}
