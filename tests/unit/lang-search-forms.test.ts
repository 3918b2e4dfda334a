/** The language layer's search forms: words, digit groups, the Kazakh stemmer, Russian and English stems, the noise guard. */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/lang/tokens';
import { foldKazakh, kazakhIndexForm, stemKazakh } from '../../src/lang/kk';
import { stemRussian } from '../../src/lang/ru';
import { americanSpelling, englishIndexForm } from '../../src/lang/en';
import { indexForm, indexForms, isTermMatch, plausibleIn, queryForm, surfaceForm } from '../../src/lang/index-form';

describe('words', () => {
  it('are whitespace runs without their punctuation; punctuation alone sticks to the word before', () => {
    expect(tokenize('Правительство выявило 24 жертвы – «Казахстан».')).toEqual([
      { text: 'Правительство', bare: 'правительство' },
      { text: 'выявило', bare: 'выявило' },
      { text: '24', bare: '24' },
      { text: 'жертвы –', bare: 'жертвы' },
      { text: '«Казахстан».', bare: 'казахстан' },
    ]);
  });
  it('join digit groups, so 4 920, 4920 and 4,920 are one number', () => {
    expect(tokenize('4 920 проверок').map((t) => t.bare)).toEqual(['4920', 'проверок']);
    expect(tokenize('4920').map((t) => t.bare)).toEqual(['4920']);
    expect(tokenize('4,920 inspections').map((t) => t.bare)).toEqual(['4920', 'inspections']);
    expect(tokenize('1 234 567').map((t) => t.bare)).toEqual(['1234567']);
    // Not thousands: a year and a count, a decimal comma, a group of two.
    expect(tokenize('2021 208 000').map((t) => t.bare)).toEqual(['2021', '208000']);
    expect(tokenize('1,2 миллион').map((t) => t.bare)).toEqual(['1,2', 'миллион']);
    expect(tokenize('24 21').map((t) => t.bare)).toEqual(['24', '21']);
    // Brackets around the number do not break it; a comma or bracket between groups does.
    expect(tokenize('(218 360 долларов)').map((t) => t.bare)).toEqual(['218360', 'долларов']);
    expect(tokenize('(231 330)').map((t) => t.text)).toEqual(['(231 330)']);
    expect(tokenize('в 2022, 101 миллион').map((t) => t.bare)).toEqual(['в', '2022', '101', 'миллион']);
    expect(tokenize('10, 000').map((t) => t.bare)).toEqual(['10', '000']);
    expect(tokenize('10 (000)').map((t) => t.bare)).toEqual(['10', '000']);
  });
  it('keep one token per word, so positions in the index are words of the text', () => {
    const text = 'Үкімет 2022 жылы 101 миллион теңге (218 360 АҚШ доллары) бөлді.';
    expect(indexForms(text, 'kk')).toHaveLength(tokenize(text).length);
    expect(
      tokenize(text)
        .map((t) => t.text)
        .join(' '),
    ).toBe(text);
  });
});

describe('the Kazakh stemmer', () => {
  it('brings «Кореядағы», «Кореяда» and «Корея» to one stem', () => {
    expect(new Set(['Кореядағы', 'Кореяда', 'Корея'].map((w) => kazakhIndexForm(w.toLowerCase())))).toEqual(new Set(['корея']));
  });
  it('brings «құрбандар», «құрбаны» and «құрбандарын» to one stem, typed either way', () => {
    for (const w of ['құрбандар', 'құрбаны', 'құрбандарын', 'курбандарын', 'құрбан'])
      expect(kazakhIndexForm(w), w).toBe('курбан');
  });
  it('strips case after a possessive only after ы/і, and never below four letters', () => {
    expect(stemKazakh('баспана')).toBe('баспана');
    // The accusative after a vowel stays on (-ны could be -н·ы): the query stem still finds it by prefix.
    expect(stemKazakh(foldKazakh('баспананы')).startsWith(stemKazakh('баспана'))).toBe(true);
    expect(stemKazakh('сауда')).toBe('сауда');
    expect(stemKazakh(foldKazakh('саудасы'))).toBe('сауда');
    expect(stemKazakh(foldKazakh('қатарына'))).toBe('катар');
    expect(stemKazakh('ел')).toBe('ел');
  });
  it('folds the nine Kazakh letters to the Russian ones typed for them', () => {
    expect(foldKazakh('Әәғқңөұүһі')).toBe('Аагкноуухи');
  });
});

describe('Russian and English forms', () => {
  it('stem Russian with Snowball', () => {
    expect(stemRussian('жертвами')).toBe('жертв');
    expect(stemRussian('жертвы')).toBe('жертв');
    expect(stemRussian('приютов')).toBe('приют');
    expect(stemRussian('финансирование')).toBe('финансирован');
    expect(stemRussian('торговли')).toBe('торговл');
    expect(stemRussian('корея')).toBe('коре');
  });
  it('keep at least four letters in the index, so «Корее» is indexed as «Корея» is', () => {
    expect(stemRussian('корее')).toBe('кор');
    expect(indexForm('корее', 'ru')).toBe(indexForm('корея', 'ru'));
    expect(indexForm('корея', 'ru').startsWith(queryForm('корее', 'ru'))).toBe(true);
  });
  it('make British and American spelling one before stemming', () => {
    expect(americanSpelling('labourers')).toBe('laborers');
    expect(englishIndexForm('labour')).toBe(englishIndexForm('labor'));
    expect(englishIndexForm('organisations')).toBe(englishIndexForm('organizations'));
    expect(englishIndexForm('victims')).toBe('victim');
    expect(americanSpelling('premise')).toBe('premise');
  });
});

describe('the prefix-noise guard', () => {
  const matches = (indexWord: string, typed: string, lang: 'kk' | 'ru' | 'en') =>
    isTermMatch(indexWord, queryForm(typed, lang), surfaceForm(typed, lang));
  it('keeps forms of the word: «Корее» finds «Кореи», «Корее», «Корея»', () => {
    for (const word of ['кореи', 'корее', 'корея']) expect(matches(indexForm(word, 'ru'), 'корее', 'ru'), word).toBe(true);
  });
  it('drops words that only share a short stem: «Корее» is not «корреспонденции», «права» is not «правительство»', () => {
    expect(matches(indexForm('корреспонденции', 'ru'), 'корее', 'ru')).toBe(false);
    expect(matches(indexForm('правительство', 'ru'), 'права', 'ru')).toBe(false);
  });
  it('keeps a word being typed: «торг» finds «торговля»', () => {
    expect(matches(indexForm('торговля', 'ru'), 'торг', 'ru')).toBe(true);
  });
  it('finds a Kazakh name in a Russian text typed on a Russian keyboard: «Сезим» is «Сезім»', () => {
    expect(matches(indexForm('сезім', 'ru'), 'сезим', 'ru')).toBe(true);
  });
  it('takes a number as itself: 10 is not 101 nor the DOI 10.52026, but is «10-ға»', () => {
    for (const word of ['101', '106', '10.52026', '10,5']) expect(matches(indexForm(word, 'kk'), '10', 'kk'), word).toBe(false);
    expect(matches(indexForm('10', 'ru'), '10', 'ru')).toBe(true);
    expect(matches(indexForm('10-ға', 'kk'), '10', 'kk')).toBe(true);
  });
  it('knows which languages a word can be in', () => {
    expect(['kk', 'ru', 'en'].filter((l) => plausibleIn('korea', l as 'en'))).toEqual(['en']);
    expect(['kk', 'ru', 'en'].filter((l) => plausibleIn('құрбан', l as 'en'))).toEqual(['kk']);
    expect(['kk', 'ru', 'en'].filter((l) => plausibleIn('курбан', l as 'en'))).toEqual(['kk', 'ru']);
    expect(['kk', 'ru', 'en'].filter((l) => plausibleIn('2022', l as 'en'))).toEqual(['kk', 'ru', 'en']);
  });
});
