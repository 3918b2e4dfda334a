/**
 * Human names for passages, so no machine id ("para-7", "recommendation-1", "title") is ever shown as a
 * title: a passage is named by its section's heading and its place in that section ("PROTECTION,
 * paragraph 2"); a heading by its own text. The document's title heading is not repeated as a section.
 * Where the source has no heading in the first preferred language (the reader's), the section is named by
 * our own label (`content/sections/`), marked `ours`: "Prosecution, paragraph 2" for an English reader of
 * a Kazakh and Russian chapter. Citations quote the source, so they name sections without labels.
 */
import type { Translate } from '../i18n';
import type { Locale } from '../i18n/locales';
import type { Corpus } from '../schemas/corpus';
import type { SectionLabel } from '../schemas/section';
import type { Row } from './reader';

/** Our labels of one source's sections, by section id. */
export type SectionLabels = Readonly<Record<string, SectionLabel>>;

/** A section's name: the source's heading in `lang`, or (`ours`) our label where the source has none in that language. */
export interface SectionName {
  text: string;
  lang: Locale;
  /** True when the text is our editorial label, not the source's words. */
  ours?: boolean;
}

export interface PassageName {
  /** The section's heading or our label (or "Front matter", "Notes"); absent when the section is the whole document. */
  section?: SectionName | undefined;
  /** "paragraph 9", "item 5", "note 2"; empty for a heading. */
  place: string;
  /** The document's title, when the passage is the title heading itself. */
  title?: { text: string; lang: Locale } | undefined;
}

const placeKey = {
  paragraph: 'passage.paragraph',
  'list-item': 'passage.item',
  footnote: 'passage.note',
} as const;

/** Text of a row in the first preferred language that has it. */
function textIn(row: Row, preferred: readonly Locale[]): { text: string; lang: Locale } | undefined {
  const lang = preferred.find((l) => row.cells[l]) ?? (Object.keys(row.cells)[0] as Locale | undefined);
  // A heading's closing colon ("PRIORITIZED RECOMMENDATIONS:") belongs to the page, not to its name.
  return lang ? { text: row.cells[lang]!.text.replace(/[\s:]+$/u, ''), lang } : undefined;
}

/** Our section labels of a source (none when it has every language). */
export function sectionLabelsOf(corpus: Pick<Corpus, 'sections'>, sourceId: string): SectionLabels {
  return corpus.sections.find((s) => s.id === sourceId)?.labels ?? {};
}

/**
 * A heading's name for a reader of `preferred[0]`: the source's own heading in that language, else our
 * label in it, else the heading in the next preferred language the source has.
 */
export function headingName(row: Row, preferred: readonly Locale[], labels: SectionLabels = {}): SectionName | undefined {
  const reader = preferred[0];
  const label = reader && !row.cells[reader] ? labels[row.id]?.[reader] : undefined;
  return label ? { text: label, lang: reader!, ours: true } : textIn(row, preferred);
}

/**
 * Names every row of one source; `preferred` orders the languages a heading's text is taken from, and
 * `labels` name sections in a preferred first language the source lacks (leave them out to quote only the source).
 */
export function namePassages(
  rows: readonly Row[],
  t: Translate,
  labels: SectionLabels = {},
): (id: string, preferred: readonly Locale[]) => PassageName {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordinal = new Map<string, number>();
  const counters = new Map<string, number>();
  for (const row of rows) {
    if (row.kind === 'heading') continue;
    const key = `${row.section}\u0000${row.kind}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    ordinal.set(row.id, n);
  }
  const sectionOf = (row: Row, preferred: readonly Locale[]): PassageName['section'] => {
    if (row.section === 'front') return { text: t('source.front'), lang: preferred[0]! };
    if (row.section === 'notes') return { text: t('source.notes'), lang: preferred[0]! };
    const heading = byId.get(row.section);
    // A top-level heading is the document's title: naming it as the section would only repeat the title.
    if (!heading || heading.id === row.id || (heading.depth ?? 2) <= 1) return undefined;
    return headingName(heading, preferred, labels);
  };
  return (id, preferred) => {
    const row = byId.get(id);
    if (!row) throw new Error(`no passage "${id}"`);
    if (row.kind === 'heading') {
      // A heading names its own section; the title heading names the document, so it is its own place.
      const own = headingName(row, preferred, labels)!;
      return (row.depth ?? 2) > 1 ? { section: own, place: '' } : { section: undefined, place: '', title: own };
    }
    return { section: sectionOf(row, preferred), place: t(placeKey[row.kind], { n: ordinal.get(id)! }) };
  };
}

/** "PROTECTION, paragraph 2" or "paragraph 9" (the title is the source's), as one line. */
export function passageTitle(name: PassageName): string {
  return [name.section?.text, name.place || name.title?.text].filter(Boolean).join(', ');
}
