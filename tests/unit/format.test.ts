import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { apaDate, formatDate, formatMessage, formatNumber, gostDate, quoted, trimAtWord } from '../../src/i18n/format';
import { countedThings } from '../../src/schemas/figure';

describe('plurals by Intl.PluralRules', () => {
  const cases = '{count, plural, one {# дело} few {# дела} many {# дел} other {# дела}}';
  it('agrees Russian nouns with their number', () => {
    expect([1, 3, 4, 5, 11, 21, 23, 103, 1.5].map((count) => formatMessage(cases, { count }, 'ru'))).toEqual([
      '1 дело',
      '3 дела',
      '4 дела',
      '5 дел',
      '11 дел',
      '21 дело',
      '23 дела',
      '103 дела',
      '1,5 дела',
    ]);
  });
  it('agrees every unit in every language, from the dictionaries', () => {
    const ru = useTranslations('ru');
    const en = useTranslations('en');
    const kk = useTranslations('kk');
    expect(ru('count.years', { count: 4 })).toBe('4 года');
    expect(ru('count.people', { count: 2 })).toBe('2 человека');
    expect(en('count.people', { count: 1 })).toBe('1 person');
    expect(en('count.cases', { count: 1 })).toBe('1 case');
    expect(en('count.cases', { count: 1000 })).toBe('1,000 cases');
    // Kazakh nouns stay singular after a numeral.
    expect(kk('count.cases', { count: 23 })).toBe('23 іс');
    for (const t of [ru, en, kk])
      for (const unit of countedThings)
        for (const count of [1, 2, 5, 21, 1.5]) expect(t(`count.${unit}`, { count })).not.toMatch(/[{}#]/);
  });
  it('lets an exact match win and fills other placeholders', () => {
    const msg = '{n, plural, =0 {none} one {# item} other {# items}} in {where}';
    expect(formatMessage(msg, { n: 0, where: 'x' }, 'en')).toBe('none in x');
    expect(formatMessage(msg, { n: 2, where: 'x' }, 'en')).toBe('2 items in x');
    expect(formatMessage('{a} and {b}', { a: 1 }, 'en')).toBe('1 and {b}');
  });
  it('rejects a plural without "other"', () => {
    expect(() => formatMessage('{n, plural, one {x}}', { n: 1 }, 'en')).toThrow(/other/);
  });
});

describe('numbers and dates by Intl', () => {
  it('groups digits the locale’s way', () => {
    // ICU groups with a (narrow) no-break space, so a number never wraps.
    expect(formatNumber(12345.5, 'ru')).toMatch(/^12[\u00a0\u202f]345,5$/);
    expect(formatNumber(12345.5, 'kk')).toMatch(/^12[\u00a0\u202f]345,5$/);
    expect(formatNumber(12345.5, 'en')).toBe('12,345.5');
  });
  it('writes partial dates with the precision they have', () => {
    expect(formatDate('2026', 'ru')).toBe('2026');
    expect(formatDate('2022-11', 'ru')).toBe('ноябрь 2022 г.');
    expect(formatDate('2022-11', 'en')).toBe('November 2022');
    expect(formatDate('2023-06-30', 'ru')).toBe('30 июня 2023 г.');
    expect(formatDate('2023-06-30', 'kk')).toBe('2023 ж. 30 маусым');
    expect(formatDate('2023-06-30', 'en')).toBe('30 June 2023');
  });
  it('dates APA references in the citation’s language', () => {
    expect(apaDate('2023-06-30', 'en')).toBe('2023, June 30');
    expect(apaDate('2023-06-30', 'ru')).toBe('2023, 30 июня');
    expect(apaDate('2023-06-30', 'kk')).toBe('2023, 30 маусым');
    expect(apaDate('2020-06', 'kk')).toBe('2020, маусым');
    expect(apaDate('2026', 'ru')).toBe('2026');
    expect(gostDate(new Date(Date.UTC(2026, 10, 2)))).toBe('02.11.2026');
  });
  it('quotes in the locale’s marks', () => {
    expect(quoted('ЗАЩИТА', 'kk')).toBe('«ЗАЩИТА»');
    expect(quoted('ЗАЩИТА', 'en')).toBe('“ЗАЩИТА”');
  });
});

describe('preview text', () => {
  it('cuts at a word boundary before the limit, with an ellipsis', () => {
    const text = 'Правительство выявило 24 жертвы торговли людьми по сравнению с 20 жертвами, выявленными в 2021 году. '.repeat(
      3,
    );
    const cut = trimAtWord(text, 160);
    expect(cut.length).toBeLessThanOrEqual(161);
    expect(cut.endsWith('…')).toBe(true);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
    expect(text[cut.length - 1]).toMatch(/[\s,]/);
  });
  it('keeps a text that fits', () => {
    expect(trimAtWord('Short  text.', 160)).toBe('Short text.');
  });
});
