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

  it('shows a postcode one version spells differently as one difference with both spellings', () => {
    const plain = translationDifferences(corpus());
    expect(plain.map((d) => [d.numbers.map((n) => [n.written, n.presentIn, n.missingIn]), d.statistic])).toEqual([
      [
        [
          ['010008', ['ru'], ['kk']],
          ['020008', ['kk'], ['ru']],
        ],
        true,
      ],
    ]);
    const listed = translationDifferences(
      corpus([{ id: 'bio', file: 'l.json', source: 'journal-2026', segment: 'bio', reason: 'address', figures: [] }]),
    );
    expect(listed.map((d) => [d.numbers.map((n) => n.written), d.statistic, d.agreement])).toEqual([
      [['010008', '020008'], false, undefined],
    ]);
  });
  it('gives every version its wording with its own number marked', () => {
    const [first] = translationDifferences(corpus());
    expect(first!.wordings.map((w) => [w.lang, w.number])).toEqual([
      ['ru', '010008'],
      ['kk', '020008'],
    ]);
    expect(first!.wordings[0]!.before + first!.wordings[0]!.number + first!.wordings[0]!.after).toBe(
      'улица К. Сатпаева, 2, 010008, Астана',
    );
  });
  it('keeps numbers apart when the pairing is not one for one', () => {
    const differences = translationDifferences({
      texts: [text('ru', [['p-1', 'в 2022 году 12 дел и 30 человек']]), text('kk', [['p-1', '2022 жылы 13 іс']])],
      figures: [],
      ledger: [],
    } as unknown as Corpus);
    // ru 12 and 30 are both missing in kk, kk 13 in ru: no one number stands for the other.
    expect(differences.map((d) => d.numbers.map((n) => n.value))).toEqual([[12], [13], [30]]);
    expect(differences[0]!.wordings.map((w) => [w.lang, w.number])).toEqual([
      ['ru', '12'],
      ['kk', '13'],
    ]);
  });
  it('says which version agrees with the figure a ledger entry ties the difference to', () => {
    const differences = translationDifferences({
      texts: [
        text('ru', [['protection-2', 'по сравнению со 107 миллионами тенге в 2021 году']]),
        text('kk', [['protection-2', '2021 жылы 10 миллион теңге']]),
      ],
      figures: [
        {
          id: 'funding-2021',
          source: 'tip-2023',
          segment: 'protection-2',
          metric: 'm',
          period: '2021',
          value: 107_000_000,
          quotes: { ru: 'со 107 миллионами тенге' },
        },
      ],
      ledger: [
        {
          id: 'funding-kk',
          file: 'l.json',
          source: 'tip-2023',
          segment: 'protection-2',
          words: { kk: '2021 жылы 10 миллион теңге' },
          reason: 'translation-differs',
          figures: ['funding-2021'],
        },
      ],
    } as unknown as Corpus);
    expect(differences.map((d) => [d.numbers.map((n) => n.value), d.statistic, d.agreement])).toEqual([
      [[10_000_000, 107_000_000], true, { figure: 'funding-2021', agree: ['ru'], differ: ['kk'] }],
    ]);
    // Without the ledger's tie to a figure, the content does not know which version is right.
    const unknown = translationDifferences({
      texts: [
        text('ru', [['protection-2', 'по сравнению со 107 миллионами тенге в 2021 году']]),
        text('kk', [['protection-2', '2021 жылы 10 миллион теңге']]),
      ],
      figures: [],
      ledger: [],
    } as unknown as Corpus);
    expect(unknown.map((d) => d.agreement)).toEqual([undefined]);
  });
});
