import { describe, expect, it } from 'vitest';
import { containsVerbatim, extractNumbers, statesValue, valueProblem } from '../../src/lang/numbers';

describe('extractNumbers', () => {
  it('reads Kazakh and Russian thousands separated by spaces', () => {
    expect(extractNumbers('барлығы 4 920 адам', 'kk')).toContain(4920);
    expect(extractNumbers('выделило 218 360 тенге', 'ru')).toContain(218360);
  });

  it('reads a decimal comma with a word multiplier', () => {
    expect(extractNumbers('около 1,2 миллион человек', 'ru')).toContain(1_200_000);
    expect(extractNumbers('шамамен 1,2 миллион адам', 'kk')).toContain(1_200_000);
    expect(extractNumbers('3,5 млн тенге', 'ru')).toContain(3_500_000);
  });

  it('reads English thousands commas and decimal points', () => {
    expect(extractNumbers('a budget of 1,250,000 tenge and 2.5 million dollars', 'en')).toEqual([1_250_000, 2_500_000]);
  });

  it('does not read an English thousands comma as a decimal in Russian', () => {
    expect(extractNumbers('1,250', 'ru')).toEqual([1.25]);
  });

  it('keeps ordinary numbers, ranges and years apart', () => {
    expect(
      extractNumbers('(23 – за торговлю людьми в целях сексуальной эксплуатации, 3 – за принудительный труд) в 2022 году', 'ru'),
    ).toEqual([23, 3, 2022]);
    expect(extractNumbers('от 7 до 8 лет', 'ru')).toEqual([7, 8]);
  });

  it('reads number words, in their case forms', () => {
    expect(extractNumbers('Eleven individuals were involved', 'en')).toEqual([11]);
    expect(extractNumbers('Төрт адам Оңтүстік Кореяда', 'kk')).toEqual([4]);
    expect(extractNumbers('в течение двух лет', 'ru')).toEqual([2]);
    expect(extractNumbers('трое были жертвами', 'ru')).toEqual([3]);
    expect(extractNumbers('үшеуі мәжбүрлі еңбек', 'kk')).toEqual([3]);
  });

  it('does not read words inside other words', () => {
    expect(extractNumbers('бірқатар талпыныс', 'kk')).toEqual([]);
    expect(extractNumbers('someone', 'en')).toEqual([]);
  });

  it('does not read dates, addresses or DOIs as quantities', () => {
    expect(
      extractNumbers('(дата обращения: 18.07.2025) URL: https://polisia.kz/ru/2024/137 DOI 10.52026/2788-5291_2026', 'ru'),
    ).toEqual([]);
    expect(extractNumbers('(data obrashcheniya: 18.07.2025), e-mail a1@mail.ru', 'en')).toEqual([]);
  });

  it('can leave words out', () => {
    expect(extractNumbers('Eleven individuals, 18 victims', 'en', { words: false })).toEqual([18]);
  });

  it('keeps both readings of an ambiguous space-separated group', () => {
    const found = extractNumbers('жыл сайын 100 200 адам', 'kk');
    expect(found).toContain(100_200);
    expect(found).toContain(100);
    expect(found).toContain(200);
  });
});

describe('quote verification', () => {
  it('accepts a verbatim quote whatever its whitespace', () => {
    expect(containsVerbatim('Полиция начала  расследования\nпо 26 случаям', 'начала расследования по 26')).toBe(true);
  });
  it('rejects a changed word', () => {
    expect(containsVerbatim('Полиция начала расследования по 26 случаям', 'начала расследование по 26')).toBe(false);
  });
  it('is case-sensitive: a quote with a changed capital is not verbatim', () => {
    expect(containsVerbatim('Полиция начала расследования', 'полиция начала')).toBe(false);
    expect(containsVerbatim('The Government increased efforts', 'the government increased')).toBe(false);
  });
  it('checks that the value can be read from the quote', () => {
    expect(statesValue('по 26 случаям', 'ru', 26)).toBe(true);
    expect(statesValue('по 26 случаям', 'ru', 20)).toBe(false);
  });
});

describe('valueProblem: the value must be THE number the quote states', () => {
  const quote = 'по сравнению с 20 случаями в 2021 году';
  it('accepts the only candidate, not counting the period year', () => {
    expect(valueProblem(quote, 'ru', 20, { periodYears: [2021] })).toBeNull();
  });
  it('rejects the period year as the value (20 → 2021)', () => {
    expect(valueProblem(quote, 'ru', 2021, { periodYears: [2021] })).toBe(
      '2021 cannot be read from the ru quote «по сравнению с 20 случаями в 2021 году»',
    );
  });
  it('rejects an off-by-one value', () => {
    expect(valueProblem(quote, 'ru', 21, { periodYears: [2021] })).not.toBeNull();
    expect(valueProblem(quote, 'ru', 19, { periodYears: [2021] })).not.toBeNull();
  });
  it('counts a year that is not the period as another number', () => {
    expect(valueProblem(quote, 'ru', 20, { periodYears: [2022] })).toMatch(/states other numbers too \(20, 2021\)/);
  });
  it('needs the value words when the quote holds several numbers', () => {
    const two = 'с 44 до 110 человек';
    expect(valueProblem(two, 'ru', 110)).toBe(
      'the ru quote «с 44 до 110 человек» states other numbers too (44, 110); give the exact words that state 110 in "valueText.ru"',
    );
    expect(valueProblem(two, 'ru', 110, { valueText: 'до 110 человек' })).toBeNull();
    expect(valueProblem(two, 'ru', 44, { valueText: 'до 110 человек' })).toBe(
      '44 cannot be read from the ru value words «до 110 человек»',
    );
    expect(valueProblem(two, 'ru', 110, { valueText: 'до 111 человек' })).toBe(
      'the value words «до 111 человек» do not occur in the ru quote «с 44 до 110 человек»',
    );
  });
  it('rejects a value stated twice in the value words (which one?)', () => {
    expect(valueProblem('от 4 до 4 лет', 'ru', 4)).not.toBeNull();
  });
  it('reads a grouped number as one candidate', () => {
    expect(valueProblem('(218 360 долларов США)', 'ru', 218360)).toBeNull();
    expect(valueProblem('выделило 1,2 миллиона тенге', 'ru', 1200000)).toBeNull();
  });
});

describe('valueProblem on grouped digits', () => {
  it('does not accept a part of a grouped number', () => {
    expect(valueProblem('(218 360 долларов США)', 'ru', 218)).toBe(
      '218 cannot be read from the ru quote «(218 360 долларов США)»',
    );
  });
});
