import { describe, expect, it } from 'vitest';
import { sentenceSpans, splitSentences } from '../../src/lang/sentences';

describe('splitSentences: the hazards of these texts', () => {
  it('breaks before a Kazakh sentence that begins with a number', () => {
    expect(splitSentences('Іс сотқа жіберілді. 2022 жылы 34 іс тіркелді. 134-бап бойынша жаза берілді.', 'kk')).toEqual([
      'Іс сотқа жіберілді.',
      '2022 жылы 34 іс тіркелді.',
      '134-бап бойынша жаза берілді.',
    ]);
  });

  it('does not break after initials or abbreviations', () => {
    expect(splitSentences('Профессор ЕНУ им. Л.Н. Гумилева, ул. К. Сатпаева, 2. Затем ушли.', 'ru')).toEqual([
      'Профессор ЕНУ им. Л.Н. Гумилева, ул. К. Сатпаева, 2.',
      'Затем ушли.',
    ]);
    expect(
      splitSentences('Professor at L.N.Gumilyov Eurasian National University, 2, K. Satpaev Street. Next one.', 'en'),
    ).toEqual(['Professor at L.N.Gumilyov Eurasian National University, 2, K. Satpaev Street.', 'Next one.']);
    expect(splitSentences('Тастанов А.М., Балтабаев К.Ж., Куандыков Б.Ж. Қазақстандағы адам саудасы.', 'kk')).toHaveLength(1);
    expect(splitSentences('Ответственность по ст. 128 и п. 2 ч. 3 ст. 125 УК РК. Далее.', 'ru')).toHaveLength(2);
  });

  it('reads "г." as a city before a name and as a year after a number', () => {
    expect(splitSentences('Центр «Алтын Орда» в г. Алматы. Он открыт в 2022 г. Правительство его финансирует.', 'ru')).toEqual([
      'Центр «Алтын Орда» в г. Алматы.',
      'Он открыт в 2022 г.',
      'Правительство его финансирует.',
    ]);
  });

  it('keeps "т.д." as a sentence end when a sentence follows', () => {
    expect(splitSentences('Органы для трансплантации и т.д. Ввести отдельную статью.', 'ru')).toHaveLength(2);
  });

  it('keeps numbers with spaces, commas and dates inside the sentence', () => {
    expect(
      splitSentences('Выделено 218 360 тенге, или 1,2 миллиона. Получено 22.07.2025, принято 31.03.2026. Далее.', 'ru'),
    ).toEqual(['Выделено 218 360 тенге, или 1,2 миллиона.', 'Получено 22.07.2025, принято 31.03.2026.', 'Далее.']);
    expect(splitSentences('The government allocated 218,360 tenge ($1.2 million). Next.', 'en')).toHaveLength(2);
  });

  it('does not break inside «…» or “…” quotations', () => {
    expect(splitSentences('Он сказал: «Стоп. Иди домой». Потом ушел.', 'ru')).toEqual([
      'Он сказал: «Стоп. Иди домой».',
      'Потом ушел.',
    ]);
    expect(splitSentences('They wrote: “Stop. Go home.” Then left.', 'en')).toEqual([
      'They wrote: “Stop. Go home.”',
      'Then left.',
    ]);
  });

  it('keeps a stray ". ." with the sentence before it', () => {
    expect(splitSentences('Жертвы остались бездомными. .  НПО продолжали работу.', 'ru')).toEqual([
      'Жертвы остались бездомными. .',
      'НПО продолжали работу.',
    ]);
  });

  it('keeps a long semicolon sentence whole', () => {
    const text =
      'Ответственность установлена: ст. 116 УК РК «Принуждение к изъятию органов»; ст. 128 УК РК «Торговля людьми»; ст. 135 УК РК «Торговля несовершеннолетними». Далее.';
    expect(splitSentences(text, 'ru')).toHaveLength(2);
  });

  it('keeps a footnote marker with its sentence', () => {
    // "[^1]" renders as its label right after the word.
    expect(splitSentences('Жертвы получили помощь1. В 2022 году помощь продолжилась.', 'ru')).toEqual([
      'Жертвы получили помощь1.',
      'В 2022 году помощь продолжилась.',
    ]);
    expect(splitSentences('Жертвы получили помощь. 12', 'ru')).toEqual(['Жертвы получили помощь. 12']);
  });

  it('ends a sentence at a line break, unless a page break split it', () => {
    expect(splitSentences('25 маусымда баяндама таныстырылды\nОнда баға берілген\nБиыл 20-рет жарық көріп отыр', 'kk')).toEqual([
      '25 маусымда баяндама таныстырылды',
      'Онда баға берілген',
      'Биыл 20-рет жарық көріп отыр',
    ]);
    expect(splitSentences('Правительство выделило средства на\nработу приютов. Далее.', 'ru')).toEqual([
      'Правительство выделило средства на\nработу приютов.',
      'Далее.',
    ]);
  });

  it('returns ranges of the text without surrounding spaces', () => {
    const text = '  Бірінші сөйлем.  Екінші сөйлем.  ';
    expect(sentenceSpans(text, 'kk').map((s) => text.slice(s.start, s.end))).toEqual(['Бірінші сөйлем.', 'Екінші сөйлем.']);
  });
});

describe('splitSentences: labels and references', () => {
  it('never breaks inside an address', () => {
    expect(
      splitSentences('Закон // URL: https://online.zakon.kz/Document/?doc_id=35934799 (дата обращения: 22.04.2025).', 'ru'),
    ).toHaveLength(1);
  });
  it('keeps a run-in label with its sentence and initials after a surname', () => {
    expect(splitSentences('Abstract. Human trafficking is a crime. It harms.', 'en')).toEqual([
      'Abstract. Human trafficking is a crime.',
      'It harms.',
    ]);
    expect(splitSentences('Turlybek Sh. O rezultatah raboty // Rezhim dostupa.', 'en')).toHaveLength(1);
    expect(splitSentences('1A. Baitursynuly Kostanay Regional University, Kostanay, Kazakhstan', 'en')).toHaveLength(1);
  });
});
