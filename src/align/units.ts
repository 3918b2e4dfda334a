/**
 * Sentence units of one aligned segment: the segment's sentences in every language version, grouped so
 * that each unit holds a sentence (or two, for 1:2 beads) and its counterparts. Every other language is
 * aligned to a pivot (the first language, the original where there is one) and the beads are joined.
 */
import type { Locale } from '../i18n/locales';
import { alignSequences } from './align';

export interface SentenceUnit {
  /** Durable, readable id and permalink: `<segment id>-s<n>`, n from 1 in reading order. */
  id: string;
  /** Indices of the unit's sentences in each language's sentence list. */
  sentences: Partial<Record<Locale, number[]>>;
  /** The weakest bead's confidence (1 when the unit needed no alignment). */
  confidence: number;
  /** Set when an editor's override fixed this unit. */
  override?: true;
}

/** Editor's override for a segment: the units in order, each as the sentences' indices per language. */
export type UnitOverride = Array<Partial<Record<Locale, number[]>>>;

export function unitId(segment: string, n: number): string {
  return `${segment}-s${n}`;
}

/**
 * Groups sentences into units. `texts` lists each language's sentences, pivot first.
 */
export function sentenceUnits(
  segment: string,
  texts: Array<{ lang: Locale; sentences: readonly string[] }>,
  override?: UnitOverride,
): SentenceUnit[] {
  if (override) return override.map((sentences, i) => ({ id: unitId(segment, i + 1), sentences, confidence: 1, override: true }));
  const [pivot, ...others] = texts;
  if (!pivot) return [];
  // Union–find over (language, sentence) pairs.
  const key = (lang: Locale, i: number) => `${lang}:${i}`;
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(k, root);
    return root;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  for (const { lang, sentences } of texts) sentences.forEach((_, i) => parent.set(key(lang, i), key(lang, i)));
  const confidence = new Map<string, number>();
  const beadsConfidence: Array<{ members: string[]; confidence: number }> = [];
  for (const other of others) {
    const single = pivot.sentences.length === 1 && other.sentences.length === 1;
    const beads = single
      ? [{ a: [0], b: [0], confidence: 1 }]
      : alignSequences(pivot.sentences, other.sentences, { langA: pivot.lang, langB: other.lang });
    for (const bead of beads) {
      const members = [...bead.a.map((i) => key(pivot.lang, i)), ...bead.b.map((i) => key(other.lang, i))];
      members.slice(1).forEach((m) => union(members[0]!, m));
      beadsConfidence.push({ members, confidence: bead.confidence });
    }
  }
  for (const { members, confidence: c } of beadsConfidence) {
    const root = find(members[0]!);
    confidence.set(root, Math.min(confidence.get(root) ?? 1, c));
  }

  // Order: by the first pivot sentence; a unit without one goes right after the unit that precedes it.
  const groups = new Map<string, { sentences: Partial<Record<Locale, number[]>>; order: number }>();
  for (const { lang, sentences } of texts) {
    let previousOrder = -1;
    sentences.forEach((_, i) => {
      const root = find(key(lang, i));
      let group = groups.get(root);
      if (!group) groups.set(root, (group = { sentences: {}, order: Infinity }));
      (group.sentences[lang] ??= []).push(i);
      if (lang === pivot.lang) group.order = Math.min(group.order, i);
      else if (group.order === Infinity) group.order = previousOrder + 0.5 + i / 1000;
      previousOrder = Math.floor(group.order);
    });
  }
  return [...groups.entries()]
    .sort((a, b) => a[1].order - b[1].order)
    .map(([root, group], i) => ({
      id: unitId(segment, i + 1),
      sentences: group.sentences,
      confidence: Math.round((confidence.get(root) ?? 1) * 100) / 100,
    }));
}
