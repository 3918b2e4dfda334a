/**
 * The drafts the importer proposes: `content/texts/<id>/<lang>.md` per language and
 * `content/sources/<id>.json`, with what the text itself states filled in and the rest left empty for the
 * editor (the content gate then names each empty field).
 */
import type { Locale } from '../i18n/locales';
import type { Unit } from './pair';
import { plain } from './pair';
import type { Block } from './types';

/**
 * Ids this language lacks: a whole section by its heading's id, otherwise one by one (the content gate
 * accepts both).
 */
export function absentIds(units: Unit[], lang: Locale): string[] {
  const bySection = Map.groupBy(units, (u) => u.section);
  const absent: string[] = [];
  for (const [section, members] of bySection) {
    const missing = members.filter((u) => !u.blocks[lang]);
    if (missing.length === 0) continue;
    if (missing.length === members.length) absent.push(section);
    else absent.push(...missing.map((u) => u.id));
  }
  return absent;
}

function indent(text: string, width: number): string {
  return text.replace(/\n/g, `\n${' '.repeat(width)}`);
}

function blockMarkdown(block: Block, id: string): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.depth ?? 2)} ${block.text} {#${id}}`;
    case 'list-item': {
      const marker = block.marker ?? '-';
      return `${marker} ${indent(block.text, marker.length + 1)} {#${id}}`;
    }
    case 'footnote':
      return `[^${block.label}]: ${indent(block.text, 4)} {#${id}}`;
    default:
      return `${block.text} {#${id}}`;
  }
}

/** The Markdown text of one language version: front matter, then every unit this language has. */
export function textMarkdown(source: string, lang: Locale, units: Unit[]): string {
  const absent = absentIds(units, lang);
  const parts: string[] = [];
  let previous: Block | undefined;
  for (const unit of units) {
    const block = unit.blocks[lang];
    if (!block) continue;
    // List items of one list follow each other directly; every other block is set off by a blank line.
    const sameList = previous?.kind === 'list-item' && block.kind === 'list-item';
    parts.push(`${sameList ? '\n' : '\n\n'}${blockMarkdown(block, unit.id)}`);
    previous = block;
  }
  const front = `---\nsource: ${source}\nlang: ${lang}\nabsent: [${absent.join(', ')}]\n---\n`;
  return `${front}${parts.join('')}\n`;
}

/** The draft source file: titles and date as the text states them; what only an editor knows left empty. */
export function sourceDraft(units: Unit[], langs: Locale[], published: string | null): Record<string, unknown> {
  const title = units.find((u) => u.id === 'title');
  return {
    kind: '',
    title: Object.fromEntries(langs.flatMap((lang) => (title?.blocks[lang] ? [[lang, plain(title.blocks[lang]!.text)]] : []))),
    label: { kk: '', ru: '', en: '' },
    summary: { kk: '', ru: '', en: '' },
    authors: [],
    publisher: null,
    published: published ?? '',
    coverage: { from: null, to: null },
    versions: Object.fromEntries(langs.map((lang) => [lang, { role: '' }])),
  };
}
