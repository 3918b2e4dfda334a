/** Every language version of a source has the same segment ids, unless it declares them absent. */
import type { Rule } from './types';

export const alignment: Rule = (corpus, report) => {
  const bySource = Map.groupBy(corpus.texts, (text) => text.source);
  for (const versions of bySource.values()) {
    if (versions.length < 2) continue;
    const allIds = new Set(versions.flatMap((text) => text.segments.map((s) => s.id)));
    for (const text of versions) {
      const own = new Map(text.segments.map((s) => [s.id, s]));
      const declared = new Set(text.absent);
      // A broken sibling's ids are unknown, so "no other version has it" cannot be said.
      const siblingBroken = [...corpus.broken.texts].some((id) => id.startsWith(`${text.source}/`));
      const otherIds = new Set(versions.filter((v) => v !== text).flatMap((v) => v.segments.flatMap((s) => [s.id, s.section])));
      for (const id of allIds) {
        const segment = own.get(id);
        if (segment) {
          const other = versions
            .map((v) => ({ lang: v.lang, s: v.segments.find((s) => s.id === id) }))
            .find((v) => v.s && v.s.kind !== segment.kind);
          if (other)
            report(
              text,
              ['segments', id],
              `is a ${segment.kind} here (line ${segment.line}) but a ${other.s!.kind} in the ${other.lang} version (line ${other.s!.line})`,
            );
          continue;
        }
        const sectionOfId = versions.flatMap((v) => v.segments).find((s) => s.id === id)!.section;
        if (!declared.has(id) && !declared.has(sectionOfId))
          report(
            text,
            ['segments', id],
            `segment "${id}" exists in another language version but not here; add its translation or list "${id}" under "absent"`,
          );
      }
      text.absent.forEach((id, k) => {
        if (own.has(id)) report(text, ['absent', k], `"${id}" is declared absent but this version has it`);
        else if (!otherIds.has(id) && !siblingBroken)
          report(
            text,
            ['absent', k],
            `"${id}" is declared absent but no other language version has a segment or section with that id`,
          );
      });
    }
  }
};
