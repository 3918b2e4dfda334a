/**
 * Our section labels (`content/sections/<source-id>.json`) cover every section a reader would otherwise
 * see named in another language: each section of a source needs our label in every language its heading
 * is missing in. A label names a section the source has, is written in its own language's script, and is
 * not one of the source's headings copied over (that would present the source's words as ours).
 */
import { locales, type Locale } from '../../i18n/locales';
import type { Rule } from './types';

/** The letters a label in each language must (or must not) be written in. */
const script: Record<Locale, { test: RegExp; expect: boolean; hint: string }> = {
  kk: { test: /\p{Script=Cyrillic}/u, expect: true, hint: 'a Kazakh label is written in Cyrillic' },
  ru: { test: /\p{Script=Cyrillic}/u, expect: true, hint: 'a Russian label is written in Cyrillic' },
  en: { test: /\p{Script=Cyrillic}/u, expect: false, hint: 'an English label has no Cyrillic letters' },
};

const folded = (text: string) => text.replace(/[\s:.]+$/u, '').toLocaleLowerCase();

export const sections: Rule = (corpus, report) => {
  const known = new Set([...corpus.sources.map((s) => s.id), ...corpus.broken.sources]);
  for (const entry of corpus.sections)
    if (!known.has(entry.id))
      report(entry, null, `no source "${entry.id}" in content/sources/ (the file is named by its source id)`);

  for (const source of corpus.sources) {
    // A broken file is reported on its own; its sections or headings are not known well enough to judge.
    if (corpus.broken.sections.has(source.id) || locales.some((l) => corpus.broken.texts.has(`${source.id}/${l}`))) continue;
    const entry = corpus.sections.find((e) => e.id === source.id);
    const at = entry ?? { id: source.id, file: `content/sections/${source.id}.json` };
    const labels = entry?.labels ?? {};
    // Each named section's heading, per language version that has it (the title heading names no section).
    const headings = new Map<string, Partial<Record<Locale, string>>>();
    // Ids per language: a version with the id as another kind of block is the texts rule's problem, not a missing heading.
    const ids = new Map<Locale, Set<string>>();
    for (const text of corpus.texts.filter((t) => t.source === source.id))
      for (const segment of text.segments) {
        ids.set(text.lang, (ids.get(text.lang) ?? new Set()).add(segment.id));
        if (segment.kind === 'heading' && (segment.depth ?? 2) > 1) {
          const byLang = headings.get(segment.id) ?? {};
          byLang[text.lang] = segment.text;
          headings.set(segment.id, byLang);
        }
      }

    for (const [id, label] of Object.entries(labels)) {
      const heading = headings.get(id);
      if (!heading) {
        report(
          at,
          ['labels', id],
          `no section "${id}" in content/texts/${source.id}/: a section is named by its heading's {#id} (${[...headings.keys()].join(', ') || 'this source has no section headings'})`,
        );
        continue;
      }
      for (const lang of locales) {
        const text = label[lang];
        if (text === undefined) continue;
        if (script[lang].test.test(text) !== script[lang].expect)
          report(at, ['labels', id, lang], `«${text}»: ${script[lang].hint}`);
        const copied = locales.find((l) => l !== lang && heading[l] !== undefined && folded(heading[l]!) === folded(text));
        if (copied)
          report(
            at,
            ['labels', id, lang],
            `«${text}» is the source's own ${copied} heading, not our ${lang} label: write the section's name in ${lang}`,
          );
      }
    }

    for (const [id, heading] of headings)
      for (const lang of locales)
        if (!ids.get(lang)?.has(id) && labels[id]?.[lang] === undefined) {
          const [shownLang, shown] = Object.entries(heading)[0]!;
          report(
            at,
            ['labels', id, lang],
            `section "${id}" has no ${lang} heading (the ${shownLang} text has «${shown}»): write our ${lang} label for it`,
          );
        }
  }
};
