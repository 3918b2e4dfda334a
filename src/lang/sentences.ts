/**
 * Sentence segmentation for kk, ru and en: ICU's sentence breaks (Intl.Segmenter) corrected by the rules
 * these texts need. Returns character ranges, so the caller can cut rendered HTML at the same places.
 */
import type { Locale } from '../i18n/locales';
import { enSentenceRules } from './en';
import { kkSentenceRules } from './kk';
import { ruSentenceRules } from './ru';

export interface SentenceRules {
  /** Abbreviations (lower case, with their dot) after which a sentence never ends: "ст.", "им.", "no.". */
  abbreviations: readonly string[];
  /** Abbreviations that end no sentence unless they follow a number: "г." (город / год), "ж." (жыл). */
  afterNumberEnds: readonly string[];
}

const rules: Record<Locale, SentenceRules> = { kk: kkSentenceRules, ru: ruSentenceRules, en: enSentenceRules };

/** A sentence as a range of the text: `text.slice(start, end)`, without surrounding spaces. */
export interface Span {
  start: number;
  end: number;
}

const segmenters = new Map<Locale, Intl.Segmenter>();
function segmenter(lang: Locale): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return s;
}

/** The last word before `end` (with its dots), lower-cased: "ст." in "… ст. ". */
function lastToken(text: string, end: number): { token: string; written: string; before: string } {
  const head = text.slice(0, end).trimEnd();
  const match = /(\S+)$/.exec(head);
  const written = (match?.[1] ?? '').replace(/^[«“"(]+/, '');
  const token = written.toLowerCase();
  const before = head.slice(0, head.length - (match?.[1]?.length ?? 0)).trimEnd();
  return { token, written, before };
}

/** Does a sentence end at `end` (the position after its last character), judging by its last word? */
function endsSentence(text: string, end: number, r: SentenceRules): boolean {
  const { token, written, before } = lastToken(text, end);
  // An initial: "К.", "Л.Н.", "K.Zh." (a capital and a dot; a two-letter one only after another initial).
  if (/(^|[.\d])\p{Lu}\.$|\.\p{Lu}\p{Ll}\.$/u.test(written)) return false;
  // A two-letter initial after a surname: "Turlybek Sh.", "Zhulmuhametova Zh.".
  if (/^\p{Lu}\p{Ll}\.$/u.test(written) && /(^|\s)\p{Lu}\p{Ll}+$/u.test(before) && before.split(/\s+/).length === 1) return false;
  if (r.abbreviations.includes(token)) return false;
  if (r.afterNumberEnds.includes(token)) return /\d$/.test(before);
  return true;
}

/** Is `piece` just punctuation, a marker or spaces (". ." after a sentence, a stray footnote number)? */
function isDebris(piece: string): boolean {
  return !/\p{L}/u.test(piece) || /^\s*\d{1,2}\s*$/.test(piece);
}

/** Quotation marks still open at the end of `piece`. */
function openQuotes(piece: string): boolean {
  const count = (re: RegExp) => (piece.match(re) ?? []).length;
  return count(/«/g) > count(/»/g) || count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1;
}

/** Splits one line (no line breaks) into sentence ranges, offsets relative to `offset`. */
function splitLine(line: string, offset: number, lang: Locale): Span[] {
  const r = rules[lang];
  // ICU's breaks, as end positions.
  const ends: number[] = [];
  for (const { index, segment } of segmenter(lang).segment(line)) ends.push(index + segment.length);
  // ICU does not break before a number ("… жалғастырды. 2022 жылы …"): add those breaks.
  for (const m of line.matchAll(/[.!?…][»”"]?(\s+)(?=\d)/gu)) {
    const end = m.index + m[0].length - m[1]!.length;
    const { token } = lastToken(line, end);
    const word = token.replace(/[.!?…»”"]+$/, '');
    if (/^\p{L}{2,}$/u.test(word) && !r.abbreviations.includes(token) && !r.afterNumberEnds.includes(token))
      ends.push(m.index + m[0].length);
  }
  ends.sort((a, b) => a - b);

  const spans: Span[] = [];
  let start = 0;
  for (const [i, end] of ends.entries()) {
    if (end <= start) continue;
    const piece = line.slice(start, end);
    const last = i === ends.length - 1;
    if (!last) {
      // A break with no space after it is inside a token: a URL ("…/?doc_id="), a number, an e-mail address.
      if (!/\s$/.test(piece)) continue;
      // Keep going when the break is a false one: an abbreviation or initial, or inside a quotation.
      const cut = line.slice(0, end).trimEnd().length;
      if (!endsSentence(line, cut, r) || openQuotes(piece)) continue;
      // A run-in label ("**Abstract.** Human trafficking …") opens the sentence it names.
      if (start === 0 && /^\s*\p{L}+\.\s*$/u.test(piece)) continue;
      // The next piece is debris (". ."): it belongs to this sentence.
      const next = ends[i + 1]!;
      if (isDebris(line.slice(end, next))) continue;
    }
    if (isDebris(piece) && spans.length) spans.at(-1)!.end = offset + end;
    else spans.push({ start: offset + start, end: offset + end });
    start = end;
  }
  return spans;
}

/**
 * Sentences of a text, as ranges. A line break ends a sentence (the 2020 news story has one sentence per
 * line, without full stops) unless the next line goes on in lower case: a sentence split by a page break.
 */
export function sentenceSpans(text: string, lang: Locale): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n/g)) {
    const next = text.slice(m.index + 1).trimStart();
    if (/^\p{Ll}/u.test(next)) continue;
    lines.push({ start, end: m.index });
    start = m.index + 1;
  }
  lines.push({ start, end: text.length });
  // A rejoined line break is read as a space (same length, so offsets hold): ICU breaks at every one.
  const spans = lines.flatMap((line) => splitLine(text.slice(line.start, line.end).replace(/\n/g, ' '), line.start, lang));
  // Trim spaces (and the line break inside a rejoined sentence stays as it is).
  return spans
    .map(({ start, end }) => {
      const piece = text.slice(start, end);
      const lead = piece.length - piece.trimStart().length;
      const trail = piece.length - piece.trimEnd().length;
      return { start: start + lead, end: end - trail };
    })
    .filter((s) => s.end > s.start);
}

/** Sentences of a text, as strings. */
export function splitSentences(text: string, lang: Locale): string[] {
  return sentenceSpans(text, lang).map((s) => text.slice(s.start, s.end));
}
