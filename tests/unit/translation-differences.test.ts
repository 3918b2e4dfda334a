import { describe, expect, it } from 'vitest';
import { findUnitSlips, translationDifferences } from '../../src/derive/translation-differences';
import type { Corpus } from '../../src/schemas/corpus';
import type { TextEntry } from '../../src/schemas/text';

const text = (lang: 'kk' | 'ru' | 'en', segments: Array<[string, string]>, source = 'tip-2023') =>
  ({
    id: `${source}/${lang}`,
    file: `content/texts/${source}/${lang}.md`,
    source,
    lang,
    absent: [],
    segments: segments.map(([id, t]) => ({ id, kind: 'paragraph', section: 'front', text: t, html: t, sentences: [], line: 1 })),
  }) as unknown as TextEntry & { id: string; file: string };

describe('number-word slips between translations', () => {
  it('catches kk «15 жасқа» (age) against ru «15 лет» (years)', () => {
    const slips = findUnitSlips([
      text('ru', [['p-1', 'наказание может быть увеличено до 15 лет за торговлю взрослыми']]),
      text('kk', [['p-1', 'жаза ересектермен сауда жасағаны үшін 15 жасқа дейін ұлғайтылуы мүмкін']]),
    ]);
    expect(slips.map((s) => [s.segment, s.value, s.versions.map((v) => [v.lang, v.unit, v.wording.number])])).toEqual([
      [
        'p-1',
        15,
        [
          ['ru', 'years', '15'],
          ['kk', 'age', '15'],
        ],
      ],
    ]);
  });
  it('does not flag years against years, or months against months', () => {
    expect(
      findUnitSlips([
        text('ru', [['p-1', 'получили сроки от четырех до 15 лет, один получил три месяца']]),
        text('kk', [['p-1', 'төрт жылдан 15 жылға дейін жаза алды, біреуі үш айға']]),
      ]),
    ).toEqual([]);
  });
});

describe('translation differences, ready to show', () => {
  const corpus = (ledger: unknown[] = []) =>
    ({
      texts: [
        text('ru', [['bio', 'улица К. Сатпаева, 2, 010008, Астана']], 'journal-2026'),
        text('kk', [['bio', 'Қ. Сәтбаев көшесі, 2, 020008, Астана']], 'journal-2026'),
      ],
      figures: [],
      ledger,
    }) as unknown as Corpus;

  it('keeps a postcode as written, and apart from statistics once the ledger calls it an address', () => {
    const plain = translationDifferences(corpus());
    expect(plain.map((d) => [d.written, d.statistic])).toEqual([
      ['010008', true],
      ['020008', true],
    ]);
    const listed = translationDifferences(
      corpus([{ id: 'bio', file: 'l.json', source: 'journal-2026', segment: 'bio', reason: 'address', figures: [] }]),
    );
    expect(listed.map((d) => [d.written, d.statistic])).toEqual([
      ['010008', false],
      ['020008', false],
    ]);
  });
  it('gives every version its wording with the number marked where it is stated', () => {
    const [first] = translationDifferences(corpus());
    expect(first!.wordings.map((w) => [w.lang, w.number])).toEqual([
      ['ru', '010008'],
      ['kk', '020008'],
    ]);
    expect(first!.wordings[0]!.before + first!.wordings[0]!.number + first!.wordings[0]!.after).toBe(
      'улица К. Сатпаева, 2, 010008, Астана',
    );
  });
});
