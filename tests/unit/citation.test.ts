import { describe, expect, it } from 'vitest';
import { apa, gost, withToday } from '../../src/derive/citation';
import { useTranslations } from '../../src/i18n';
import type { Located } from '../../src/schemas/corpus';
import type { Source } from '../../src/schemas/source';

const journal: Located<Source> = {
  id: 'journal-2026',
  file: 'content/sources/journal-2026.json',
  kind: 'journal-article',
  title: {
    ru: 'Торговля людьми в Казахстане: понятие, проблема и пути решения',
    en: 'Trafficking in persons in Kazakhstan: concept, problem, and solutions',
  },
  label: { kk: 'Журнал 2026', ru: 'Журнал 2026', en: 'Journal 2026' },
  summary: { kk: '.', ru: '.', en: '.' },
  authors: [
    { ru: 'Тастанов А.М.', en: 'Tastanov A.M.' },
    { ru: 'Балтабаев К.Ж.', en: 'Baltabaev K.Zh.' },
  ],
  publisher: null,
  published: '2026',
  coverage: { from: 2009, to: 2025 },
  versions: { ru: { role: 'original' }, en: { role: 'translation' } },
  journal: {
    name: { ru: 'Вестник Института законодательства и правовой информации Республики Казахстан', en: 'Bulletin' },
    volume: 81,
    issue: 1,
    pages: '167–175',
    doi: '10.52026/2788-5291_2026_81_1_167',
  },
};
const report: Located<Source> = {
  ...journal,
  id: 'tip-2023',
  kind: 'report-chapter',
  title: { ru: 'Отчет о торговле людьми 2023' },
  authors: [{ ru: 'Государственный департамент США', en: 'U.S. Department of State' }],
  publisher: { ru: 'Посольство США в Казахстане', en: 'U.S. Embassy in Kazakhstan' },
  published: '2023-06-30',
  versions: { ru: { role: 'translation', url: 'https://kz.usembassy.gov/ru/x/' } },
};
delete (report as Partial<Source>).journal;
const accessed = new Date(Date.UTC(2026, 10, 22));

describe('GOST R 7.0.5 citation', () => {
  it('cites a journal article with volume, issue, pages, DOI, version and segment', () => {
    expect(
      gost({
        source: journal,
        lang: 'ru',
        section: 'Заключение',
        segment: 'conclusion-2',
        permalink: 'https://site/ru/sources/journal-2026/#conclusion-2',
        accessed,
        t: useTranslations('ru'),
      }),
    ).toBe(
      'Тастанов А.М., Балтабаев К.Ж. Торговля людьми в Казахстане: понятие, проблема и пути решения // Вестник Института законодательства и правовой информации Республики Казахстан. – 2026. – Т. 81, № 1. – С. 167–175. – DOI 10.52026/2788-5291_2026_81_1_167. – версия на языке «русский», раздел «Заключение», сегмент conclusion-2. – URL: https://site/ru/sources/journal-2026/#conclusion-2 (дата обращения: 22.11.2026).',
    );
  });
  it('cites a web report with its responsibility and the published version’s URL', () => {
    expect(
      gost({
        source: report,
        lang: 'ru',
        section: 'ЗАЩИТА',
        segment: 'protection-2',
        permalink: 'https://site/x',
        accessed,
        t: useTranslations('ru'),
      }),
    ).toBe(
      'Отчет о торговле людьми 2023 [Электронный ресурс] / Государственный департамент США; Посольство США в Казахстане. – 2023. – версия на языке «русский», раздел «ЗАЩИТА», сегмент protection-2. – URL: https://kz.usembassy.gov/ru/x/ (дата обращения: 22.11.2026).',
    );
  });
});

describe('APA citation', () => {
  it('gives authors (as the quoted version names them), date, title with locator, and URL', () => {
    expect(
      apa({
        source: report,
        lang: 'ru',
        section: 'ЗАЩИТА',
        segment: 'protection-2',
        permalink: 'https://site/x',
        accessed,
        t: useTranslations('en'),
      }),
    ).toBe(
      'Государственный департамент США. (2023, June 30). Отчет о торговле людьми 2023 [Russian version, section «ЗАЩИТА», segment protection-2]. Посольство США в Казахстане. https://kz.usembassy.gov/ru/x/',
    );
  });
  it('cites a journal article with its DOI', () => {
    expect(
      apa({ source: journal, lang: 'en', segment: 'abstract', permalink: 'https://site/x', accessed, t: useTranslations('en') }),
    ).toBe(
      'Tastanov A.M., Baltabaev K.Zh. (2026). Trafficking in persons in Kazakhstan: concept, problem, and solutions [English version, segment abstract]. Bulletin, 81(1), 167–175. https://doi.org/10.52026/2788-5291_2026_81_1_167',
    );
  });
});

describe('the "accessed" date', () => {
  it('is the page date in the page, and today in a copied citation', () => {
    const citation = 'Title. – 2023. – Segment p-1, p-1. – URL: https://example.org/1.1.2023 (accessed: 01.05.2026).';
    const copied = withToday(citation, '01.05.2026', new Date(2026, 10, 23, 12));
    expect(copied).toBe('Title. – 2023. – Segment p-1, p-1. – URL: https://example.org/1.1.2023 (accessed: 23.11.2026).');
    expect(withToday(citation, undefined, new Date(2026, 10, 23))).toBe(citation);
  });
});
