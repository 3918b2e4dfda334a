/**
 * What the importer works with: blocks of cleaned text, the repairs that made them, and the decisions it
 * leaves to the editor. Pure data; every step of the importer takes and returns these.
 */
import type { Locale } from '../i18n/locales';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'footnote';

/** One block of a language version, as the Markdown draft will hold it. */
export interface Block {
  kind: BlockKind;
  /** Heading level (1–6), for headings. */
  depth?: number;
  /** List marker as written ("-", "1."), for list items. */
  marker?: string;
  /** Footnote label ("1", "*"), for footnotes. */
  label?: string;
  /** Markdown inline text, nothing reworded; line breaks the source keeps are "\n". */
  text: string;
  /** Line in the raw file where the block starts. */
  line: number;
}

/** The kinds of extraction damage the importer repairs (and nothing else). */
export type RepairRule =
  'chrome' | 'hyphenation' | 'line-wrap' | 'page-break' | 'footnote' | 'heading' | 'bullets' | 'escape' | 'language';

/** One repair, listed in the review so the editor can check it against the original. */
export interface Repair {
  lang: Locale;
  /** Line in the raw file. */
  line: number;
  rule: RepairRule;
  detail: string;
}

/** A raw paragraph: consecutive non-blank lines of the input, with their line numbers. */
export interface RawParagraph {
  lines: Array<{ text: string; line: number }>;
}

/** A language version after cleaning: the body in reading order, footnotes set apart. */
export interface CleanVersion {
  lang: Locale;
  body: Block[];
  footnotes: Block[];
  repairs: Repair[];
  /** Dates read from page chrome before it was dropped (e.g. the publication date). */
  chromeDates: string[];
}
