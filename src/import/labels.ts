/**
 * Our section labels for a new source, drafted from the labels other sources already have
 * (`content/sections/`): a TIP chapter's "Prosecution" is our label whichever edition it heads. Only a
 * section whose heading a language lacks gets one, and only where another source labels the same section
 * id in that language; the rest is left to the editor (the content gate names each missing label).
 */
import { parseText } from '../corpus/segments';
import { locales, type Locale } from '../i18n/locales';
import type { SectionLabel } from '../schemas/section';

export interface LabelDraft {
  /** Labels by section id, only in the languages its heading lacks. */
  labels: Record<string, SectionLabel>;
  /** Where each drafted label came from, for the review. */
  borrowed: Array<{ section: string; lang: Locale; from: string }>;
}

/** `texts`: the drafts' Markdown by language; `known`: other sources' label files (id = source id). */
export function draftSectionLabels(
  texts: Partial<Record<Locale, string>>,
  known: ReadonlyArray<{ id: string; labels: Record<string, SectionLabel> }>,
): LabelDraft {
  const ids = new Map<Locale, Set<string>>();
  const sections: string[] = [];
  for (const lang of locales) {
    const markdown = texts[lang];
    if (markdown === undefined) continue;
    const segments = parseText(markdown).segments;
    ids.set(lang, new Set(segments.map((s) => s.id)));
    // The title heading (depth 1) names the document, not a section.
    for (const s of segments) if (s.kind === 'heading' && (s.depth ?? 2) > 1 && !sections.includes(s.id)) sections.push(s.id);
  }
  const draft: LabelDraft = { labels: {}, borrowed: [] };
  for (const section of sections)
    for (const lang of locales) {
      if (ids.get(lang)?.has(section)) continue;
      const from = known.find((k) => k.labels[section]?.[lang]);
      if (!from) continue;
      (draft.labels[section] ??= {})[lang] = from.labels[section]![lang]!;
      draft.borrowed.push({ section, lang, from: from.id });
    }
  return draft;
}
