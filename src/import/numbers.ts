/**
 * The checklist of numbers: every sentence of the imported text that states a number, with the segment it
 * is in, so the editor sorts each into a figure (content/figures/) or the ledger of numbers, or dismisses it.
 * Sentences and numbers are read by the language layer, the same one the reader and the build use.
 */
import type { Locale } from '../i18n/locales';
import { extractNumbers } from '../lang/numbers';
import { splitSentences } from '../lang/sentences';
import type { Unit } from './pair';
import { plain } from './pair';

export interface NumberItem {
  segment: string;
  lang: Locale;
  /** The values read, in the order the reader finds them (digits first, then number words). */
  values: number[];
  sentence: string;
}

export function numberChecklist(units: Unit[], langs: readonly Locale[]): NumberItem[] {
  const items: NumberItem[] = [];
  for (const unit of units)
    for (const lang of langs) {
      const block = unit.blocks[lang];
      if (!block || block.kind === 'heading') continue;
      // Superscript marks and footnote references are not quantities.
      const text = plain(block.text.replace(/<sup>[^<]*<\/sup>|\[\^[^\]]+\]/g, ''));
      for (const sentence of splitSentences(text, lang)) {
        const values = extractNumbers(sentence, lang);
        if (values.length) items.push({ segment: unit.id, lang, values: [...new Set(values)], sentence });
      }
    }
  return items;
}
