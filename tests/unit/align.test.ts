import { describe, expect, it } from 'vitest';
import { alignSequences, type Bead } from '../../src/align/align';
import { anchorsOf, compareAnchors, numberKey } from '../../src/align/anchors';

const pairs = (beads: Bead[]) => beads.map((b) => [b.a, b.b]);

const ru = [
  'Правительство выделило 218 360 тенге на работу приютов в 2022 году.',
  'Полиция возбудила 34 уголовных дела по статье 128.',
  'МОМ и USAID провели тренинги для судей и прокуроров из разных регионов страны, а также для сотрудников миграционной полиции.',
  'Эксперты отметили: «жертвы по-прежнему боятся обращаться в полицию».',
];
const kk = [
  'Үкімет 2022 жылы баспаналардың жұмысына 218 360 теңге бөлді.',
  '128-бап бойынша полиция 34 қылмыстық іс қозғады.',
  'ХКҰ және USAID елдің әр өңірінен келген судьялар мен прокурорларға, сондай-ақ көші-қон полициясының қызметкерлеріне тренингтер өткізді.',
  'Сарапшылар атап өтті: «құрбандар әлі де полицияға жүгінуден қорқады».',
];

describe('numberKey and anchors', () => {
  it('reads numbers the same way in every language', () => {
    expect(numberKey('218 360', 'ru')).toBe('218360');
    expect(numberKey('218,360', 'en')).toBe('218360');
    expect(numberKey('1,2', 'ru')).toBe('1.2');
    expect(numberKey('1.2', 'en')).toBe('1.2');
    expect(numberKey('22.07.2025', 'kk')).toBe('22.07.2025');
  });
  it('finds Latin names in a Cyrillic text and in English', () => {
    const a = anchorsOf('МОМ и USAID, а также L.N. Gumilyov University', 'ru');
    expect(a.latin).toEqual(['usaid', 'l', 'n', 'gumilyov', 'university'].filter((w) => w.length > 1));
    const b = anchorsOf('IOM and USAID trained judges at Gumilyov University.', 'en');
    expect(compareAnchors(a, b, 'ru', 'en').score).toBeGreaterThan(0);
  });
  it('scores disagreeing numbers below agreeing ones', () => {
    const same = compareAnchors(anchorsOf('34 дела в 2022 году'), anchorsOf('2022 жылы 34 іс'));
    const different = compareAnchors(anchorsOf('34 дела в 2022 году'), anchorsOf('2021 жылы 17 іс'));
    expect(same.score).toBeGreaterThan(different.score);
    expect(same.agreement).toBe(1);
    expect(different.agreement).toBe(0);
  });
});

describe('alignSequences', () => {
  it('aligns 1:1 when sentences correspond, with high confidence', () => {
    const beads = alignSequences(ru, kk, { langA: 'ru', langB: 'kk' });
    expect(pairs(beads)).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], [3]],
    ]);
    for (const bead of beads) expect(bead.confidence).toBeGreaterThan(0.5);
  });

  it('finds a 1:2 bead: one sentence translated as two', () => {
    const split = [kk[0]!, 'Полиция 128-бап бойынша істер қозғады.', 'Барлығы 34 қылмыстық іс тіркелді.', kk[2]!, kk[3]!];
    const beads = alignSequences(ru, split, { langA: 'ru', langB: 'kk' });
    expect(pairs(beads)).toEqual([
      [[0], [0]],
      [[1], [1, 2]],
      [[2], [3]],
      [[3], [4]],
    ]);
  });

  it('finds a 2:1 bead: two sentences translated as one', () => {
    const joined = [
      ru[0]!,
      ru[1]!,
      'МОМ провела тренинги для судей и прокуроров из разных регионов страны.',
      'Кроме того, USAID обучило сотрудников миграционной полиции.',
      ru[3]!,
    ];
    const beads = alignSequences(joined, kk, { langA: 'ru', langB: 'kk' });
    expect(pairs(beads)).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2, 3], [2]],
      [[4], [3]],
    ]);
  });

  it('leaves a sentence without counterpart as 1:0, with low confidence', () => {
    const extra = [
      ru[0]!,
      ru[1]!,
      'Примечание редакции: данные за 2019 год не опубликованы, см. сноску 7 и приложение B к отчёту.',
      ru[2]!,
      ru[3]!,
    ];
    const beads = alignSequences(extra, kk, { langA: 'ru', langB: 'kk' });
    expect(pairs(beads)).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], []],
      [[3], [2]],
      [[4], [3]],
    ]);
    expect(beads[2]!.confidence).toBeLessThan(0.5);
  });

  it('marks a pairing whose lengths and numbers disagree as low confidence', () => {
    const beads = alignSequences(
      ['В 2019 году было 5 дел.'],
      ['2021 жылы 17 қылмыстық іс тіркелді, оның ішінде 9 іс сотқа жіберілді, ал қалған істер тоқтатылды немесе әлі тергелуде.'],
    );
    // Paired or left apart, nothing here is a confident match.
    expect(beads.length).toBeGreaterThan(0);
    for (const bead of beads) expect(bead.confidence).toBeLessThan(0.5);
  });

  it('aligns paragraphs as well as sentences, and covers both inputs in order', () => {
    const paraRu = [ru.slice(0, 2).join(' '), ru[2]!, ru[3]!];
    const paraEn = [
      'The government allocated 218,360 tenge to shelters in 2022. Police opened 34 criminal cases under article 128.',
      'IOM and USAID trained judges and prosecutors from the regions, and officers of the migration police.',
      'Experts noted: “victims are still afraid to go to the police”.',
    ];
    const beads = alignSequences(paraRu, paraEn, { langA: 'ru', langB: 'en' });
    expect(pairs(beads)).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
  });

  it('handles empty sides', () => {
    expect(alignSequences([], [])).toEqual([]);
    expect(pairs(alignSequences(['Один.'], []))).toEqual([[[0], []]]);
    expect(pairs(alignSequences([], ['Бір.', 'Екі.']))).toEqual([
      [[], [0]],
      [[], [1]],
    ]);
  });

  it('every bead has a confidence between 0 and 1', () => {
    const beads = alignSequences(ru, [...kk].reverse());
    expect(beads.flatMap((b) => b.a)).toEqual([0, 1, 2, 3]);
    expect(beads.flatMap((b) => b.b)).toEqual([0, 1, 2, 3]);
    for (const b of beads) {
      expect(b.confidence).toBeGreaterThanOrEqual(0);
      expect(b.confidence).toBeLessThanOrEqual(1);
    }
  });
});
