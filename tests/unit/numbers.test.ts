import { describe, expect, it } from 'vitest';
import { containsVerbatim, extractNumbers, statesValue } from '../../src/lang/numbers';

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
  it('checks that the value can be read from the quote', () => {
    expect(statesValue('по 26 случаям', 'ru', 26)).toBe(true);
    expect(statesValue('по 26 случаям', 'ru', 20)).toBe(false);
  });
});
