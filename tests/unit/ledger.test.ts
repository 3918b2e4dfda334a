import { describe, expect, it } from 'vitest';
import { numberLedger } from '../../src/derive/ledger';
import { nonQuantitySpans } from '../../src/lang/non-quantities';
import type { Locale } from '../../src/i18n/locales';
import type { Corpus } from '../../src/schemas/corpus';
import { figureFixture } from './helpers/figure';

const reasonsOf = (text: string, lang: Locale) => nonQuantitySpans(text, lang).map((s) => [text.slice(s.start, s.end), s.reason]);

describe('numbers that are not quantities, recognised by their words', () => {
  it('reads years and day-month dates as dates, in each language', () => {
    expect(reasonsOf('по сравнению с 20 случаями в 2021 году', 'ru')).toEqual([['2021 году', 'date']]);
    expect(reasonsOf('2021 жылғы 20 жағдаймен', 'kk')).toEqual([['2021 жылғы', 'date']]);
    expect(reasonsOf('за 2024-2025 гг. примерно 200', 'ru')).toEqual([['2024-2025 гг.', 'date']]);
    expect(reasonsOf('25 маусымда АҚШ', 'kk')).toEqual([['25 маусымда', 'date']]);
    expect(reasonsOf('Так, 5 июля 2024 года', 'ru').map(([t]) => t)).toEqual(['2024 года', 'июля 2024', '5 июля']);
    expect(reasonsOf('there were 103 such cases in 2021', 'en')).toEqual([['in 2021', 'date']]);
  });
  it('reads article numbers as law, and bracketed references as references', () => {
    expect(reasonsOf('в соответствии со статьями 128, 134 и 308 Уголовного кодекса', 'ru')).toEqual([
      ['статьями 128, 134 и 308', 'law'],
    ]);
    expect(reasonsOf('п. 2 ч. 3 ст. 125 УК РК', 'ru')).toEqual([['п. 2 ч. 3 ст. 125', 'law']]);
    expect(reasonsOf('кодекстің 128, 134 және 308-баптарына', 'kk')).toEqual([['128, 134 және 308-баптарына', 'law']]);
    expect(reasonsOf('Articles 128 and 135', 'en')).toEqual([['Articles 128 and 135', 'law']]);
    expect(reasonsOf('фактов торговли людьми [2]. Это', 'ru')).toEqual([['[2]', 'reference']]);
  });
  it('leaves counts alone, even next to a year or a month-like word', () => {
    expect(reasonsOf('выявило 24 жертвы', 'ru')).toEqual([]);
    expect(reasonsOf('от четырех до 15 лет', 'ru')).toEqual([]);
    expect(reasonsOf('5 маленьких', 'ru')).toEqual([]);
    expect(reasonsOf('№ 7', 'ru')).toEqual([]);
  });
});

const text = (lang: Locale, segment: string, body: string) => ({
  id: `tip-2023/${lang}`,
  file: `content/texts/tip-2023/${lang}.md`,
  source: 'tip-2023' as const,
  lang,
  absent: [],
  segments: [{ id: segment, section: 's', kind: 'paragraph', line: 3, text: body, html: body }],
});
const corpus = (over: Partial<Corpus> = {}) =>
  ({
    texts: [text('ru', 'p-1', 'Полиция начала 26 расследований в 2022 году, по сравнению с 20; Уровень 2.')],
    figures: [
      figureFixture({
        id: 'tip-2023-investigations-2022',
        file: 'f.json',
        segment: 'p-1',
        quotes: { ru: 'начала 26 расследований' },
      }),
    ],
    ledger: [
      {
        id: 'tier',
        file: 'l.json',
        source: 'tip-2023',
        segment: 'p-1',
        words: { ru: 'Уровень 2' },
        reason: 'ordinal',
        figures: [],
      },
    ],
    ...over,
  }) as unknown as Corpus;

describe('the ledger of numbers', () => {
  it('accounts for each number by a figure, a recognised date, or a ledger entry, and leaves the rest unaccounted', () => {
    const rows = numberLedger(corpus(), 'tip-2023').map((n) => [n.text, n.accounted?.by ?? null]);
    expect(rows).toEqual([
      ['26', 'figure'],
      ['2022', 'auto'],
      ['20', null],
      ['2', 'ledger'],
    ]);
  });
  it('does not let a figure account for another number of its quote', () => {
    const c = corpus();
    c.figures[0]!.quotes = { ru: 'Полиция начала 26 расследований в 2022 году, по сравнению с 20' };
    c.figures[0]!.valueText = { ru: 'начала 26' };
    const twenty = numberLedger(c, 'tip-2023').find((n) => n.text === '20')!;
    expect(twenty.accounted).toBeNull();
  });
  it('does not let a figure account for a number it does not state (value 27, text 26)', () => {
    const c = corpus();
    c.figures[0]!.value = 27;
    expect(numberLedger(c, 'tip-2023').find((n) => n.text === '26')!.accounted).toBeNull();
  });
  it('lets a whole-segment entry (no words) account for every number of the segment', () => {
    const c = corpus({
      ledger: [{ id: 'all', file: 'l.json', source: 'tip-2023', segment: 'p-1', reason: 'bibliographic', figures: [] }] as never,
    });
    expect(numberLedger(c, 'tip-2023').filter((n) => !n.accounted)).toEqual([]);
  });
  it('leaves out the Kazakh article «бір»', () => {
    const c = corpus({ texts: [text('kk', 'p-1', 'Бұл бір мәселе.')] as never, figures: [], ledger: [] });
    expect(numberLedger(c, 'tip-2023')).toEqual([]);
  });
});
