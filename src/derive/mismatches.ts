/**
 * Translation consistency: the numbers of each aligned segment, compared across its language versions.
 * A mismatch is a finding to show (a translation that drops or changes a figure), not an error.
 */
import type { Locale } from '../i18n/locales';
import type { TextEntry } from '../schemas/text';
import { extractNumbers } from '../lang/numbers';

export interface NumberMismatch {
  source: string;
  segment: string;
  /** The number written in digits in some versions… */
  value: number;
  /** …the versions that state it (as digits or words)… */
  presentIn: Locale[];
  /** …and the versions of the same segment that do not. */
  missingIn: Locale[];
}

/**
 * Only numbers written in digits somewhere are compared, and a version "states" a number in digits
 * or in words: "Eleven" matches "11", while the Kazakh article "бір" (one, a) raises nothing.
 */
export function findMismatches(texts: readonly TextEntry[]): NumberMismatch[] {
  const mismatches: NumberMismatch[] = [];
  const bySource = Map.groupBy(texts, (t) => t.source);
  for (const [source, versions] of bySource) {
    if (versions.length < 2) continue;
    const ids = versions[0]!.segments.map((s) => s.id);
    for (const extra of versions.slice(1).flatMap((v) => v.segments.map((s) => s.id))) if (!ids.includes(extra)) ids.push(extra);
    for (const segment of ids) {
      const present = versions
        .map((v) => ({ lang: v.lang, text: v.segments.find((s) => s.id === segment)?.text }))
        .filter((v): v is { lang: Locale; text: string } => v.text !== undefined);
      if (present.length < 2) continue;
      const digits = new Set(present.flatMap((v) => extractNumbers(v.text, v.lang, { words: false })));
      const stated = new Map(present.map((v) => [v.lang, new Set(extractNumbers(v.text, v.lang))]));
      for (const value of [...digits].sort((a, b) => a - b)) {
        const missingIn = present.filter((v) => !stated.get(v.lang)!.has(value)).map((v) => v.lang);
        if (missingIn.length)
          mismatches.push({
            source,
            segment,
            value,
            presentIn: present.map((v) => v.lang).filter((l) => !missingIn.includes(l)),
            missingIn,
          });
      }
    }
  }
  return mismatches;
}
