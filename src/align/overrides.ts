/**
 * Editors' sentence alignments (content/alignments/) matched against the texts: each sentence beginning
 * must begin the next sentence of its language version, and every sentence must be placed.
 */
import type { Locale } from '../i18n/locales';
import type { Alignment } from '../schemas/alignment';
import type { UnitOverride } from './units';

const normal = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Resolves an override to sentence indices. `sentences` holds each language version's sentences of the
 * segment. Returns the units, or the problems (field path and message) when it no longer fits the text.
 */
export function resolveOverride(
  alignment: Pick<Alignment, 'segment' | 'units'>,
  sentences: Partial<Record<Locale, readonly string[]>>,
): { units: UnitOverride; problems: Array<{ field: Array<string | number>; message: string }> } {
  const problems: Array<{ field: Array<string | number>; message: string }> = [];
  const next: Partial<Record<Locale, number>> = {};
  const units: UnitOverride = alignment.units.map((unit, u) => {
    const resolved: Partial<Record<Locale, number[]>> = {};
    for (const [lang, starts] of Object.entries(unit) as Array<[Locale, string[]]>) {
      const list = sentences[lang];
      if (!list) {
        problems.push({ field: ['units', u, lang], message: `segment "${alignment.segment}" has no ${lang} version` });
        continue;
      }
      resolved[lang] = starts.map((start, k) => {
        const i = next[lang] ?? 0;
        next[lang] = i + 1;
        const sentence = list[i];
        if (sentence === undefined)
          problems.push({
            field: ['units', u, lang, k],
            message: `"${start}" names sentence ${i + 1} of the ${lang} version of "${alignment.segment}", which has only ${list.length}; the text changed: update the override`,
          });
        else if (!normal(sentence).startsWith(normal(start)))
          problems.push({
            field: ['units', u, lang, k],
            message: `"${start}" does not begin sentence ${i + 1} of the ${lang} version of "${alignment.segment}" («${sentence.slice(0, 60)}…»); the text or its sentence breaks changed: update the override`,
          });
        return i;
      });
    }
    return resolved;
  });
  for (const [lang, list] of Object.entries(sentences) as Array<[Locale, readonly string[]]>) {
    const placed = next[lang] ?? 0;
    if (placed < list.length)
      problems.push({
        field: ['units'],
        message: `the ${lang} version of "${alignment.segment}" has ${list.length} sentences but the override places ${placed}; sentence ${placed + 1} («${list[placed]!.slice(0, 60)}…») is in no unit`,
      });
  }
  return { units, problems };
}
