import { describe, expect, it } from 'vitest';
import { apa, gost, knownOriginal, reportedDocument, withToday } from '../../src/derive/citation';
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

/** The 2020 story: a Kazakh news story about the TIP report, publisher and address unknown. */
const story: Located<Source> = {
  ...journal,
  id: 'tip-2020',
  kind: 'news-story',
  title: { kk: 'Қазақстан үкіметі адам саудасымен күреске қажетті дәрежеде күш салмайды' },
  authors: [],
  publisher: null,
  published: '2020-06',
  versions: { kk: { role: 'original' } },
  original: { lang: 'en', title: '2020 Trafficking in Persons Report: Kazakhstan', url: 'https://www.state.gov/x/' },
};
delete (story as Partial<Source>).journal;
/** The 2022 ministry statement, as an English news story reported it: no author, publisher or address. */
const statement: Located<Source> = {
  ...story,
  id: 'mvd-2022',
  kind: 'ministry-statement',
  title: { en: 'Kazakhstan to put more effort into fight against human trafficking' },
  published: '2022-11',
  versions: { en: { role: 'original' } },
};
delete (statement as Partial<Source>).original;
const input = (source: Located<Source>, lang: 'kk' | 'ru' | 'en', locale: 'kk' | 'ru' | 'en', rest: object = {}) => ({
  source,
  lang,
  locale,
  place: useTranslations(locale)('passage.paragraph', { n: 9 }),
  permalink: `https://site/${locale}/sources/${source.id}/#para-7`,
  accessed,
  t: useTranslations(locale),
  ...rest,
});

describe('GOST R 7.0.5 citation', () => {
  it('cites a journal article with volume, issue, pages, DOI, version, section and paragraph', () => {
    expect(gost(input(journal, 'ru', 'ru', { section: 'Заключение', place: 'абзац 2' }))).toBe(
      'Тастанов А.М., Балтабаев К.Ж. Торговля людьми в Казахстане: понятие, проблема и пути решения // Вестник Института законодательства и правовой информации Республики Казахстан. – 2026. – Т. 81, № 1. – С. 167–175. – DOI 10.52026/2788-5291_2026_81_1_167. – версия на русском языке, раздел «Заключение», абзац 2. – Цит. по: Торговля людьми в Казахстане: источники в сопоставлении. URL: https://site/ru/sources/journal-2026/#para-7 (дата обращения: 22.11.2026).',
    );
  });
  it('cites a web report with its responsibility, the published version’s URL and its original', () => {
    expect(gost(input(report, 'ru', 'ru', { section: 'ЗАЩИТА', place: 'абзац 2' }))).toBe(
      'Отчет о торговле людьми 2023 [Электронный ресурс] / Государственный департамент США; Посольство США в Казахстане. – 2023. – версия на русском языке, раздел «ЗАЩИТА», абзац 2. – URL: https://kz.usembassy.gov/ru/x/ (дата обращения: 22.11.2026).',
    );
  });
  it('cites a ministry statement reported by a news story: title once, no section, this site named as where it is quoted from', () => {
    const text = gost(input(statement, 'en', 'ru'));
    expect(text).toBe(
      'Kazakhstan to put more effort into fight against human trafficking [Электронный ресурс]. – 2022. – версия на английском языке, абзац 9. – Цит. по: Торговля людьми в Казахстане: источники в сопоставлении. URL: https://site/ru/sources/mvd-2022/#para-7 (дата обращения: 22.11.2026).',
    );
    expect(text.split('Kazakhstan to put more effort').length).toBe(2);
  });
  it('cites a news story with an unknown publisher without inventing one, and without the report it covers as its original', () => {
    expect(gost(input(story, 'kk', 'kk'))).toBe(
      'Қазақстан үкіметі адам саудасымен күреске қажетті дәрежеде күш салмайды [Электрондық ресурс]. – 2020. – қазақ тіліндегі нұсқа, 9-абзац. – Мәтін алынған жер: Қазақстандағы адам саудасы: дереккөздерді салыстыру. URL: https://site/kk/sources/tip-2020/#para-7 (қаралған күні: 22.11.2026).',
    );
  });
});

describe('APA citation', () => {
  it('gives authors (as the quoted version names them), the date in the reader’s language, title with locator, and URL', () => {
    expect(apa(input(report, 'ru', 'en', { section: 'ЗАЩИТА', place: 'paragraph 2' }))).toBe(
      'Государственный департамент США. (2023, June 30). Отчет о торговле людьми 2023 [Russian version, section “ЗАЩИТА”, paragraph 2]. Посольство США в Казахстане. https://kz.usembassy.gov/ru/x/',
    );
    expect(apa(input(report, 'ru', 'ru', { section: 'ЗАЩИТА', place: 'абзац 2' }))).toContain('(2023, 30 июня)');
    expect(apa(input(report, 'ru', 'kk', { section: 'ЗАЩИТА', place: '2-абзац' }))).toContain('(2023, 30 маусым)');
  });
  it('cites a journal article with its authors surname first and its DOI', () => {
    expect(apa(input(journal, 'en', 'en', { place: 'paragraph 1' }))).toBe(
      'Tastanov, A. M., & Baltabaev, K. Zh. (2026). Trafficking in persons in Kazakhstan: concept, problem, and solutions [English version, paragraph 1]. Bulletin, 81(1), 167–175. https://doi.org/10.52026/2788-5291_2026_81_1_167',
    );
  });
  it('puts the title in the author position once when no author is known', () => {
    expect(apa(input(statement, 'en', 'en'))).toBe(
      'Kazakhstan to put more effort into fight against human trafficking [English version, paragraph 9]. (2022, November). Quoted from: Trafficking in Persons in Kazakhstan: the sources side by side. https://site/en/sources/mvd-2022/#para-7',
    );
    expect(apa(input(story, 'kk', 'ru'))).toContain('(2020, июнь)');
  });
  it('names a translation’s original, and never a story’s subject as its original', () => {
    const kkReport = { ...report, versions: { kk: { role: 'translation' as const } }, title: { kk: 'Есеп' } };
    kkReport.original = { lang: 'en', title: '2023 TIP Report', url: 'https://www.state.gov/y/' };
    expect(apa(input(kkReport, 'kk', 'en'))).toContain('(Original: 2023 TIP Report, https://www.state.gov/y/)');
    expect(knownOriginal(story)).toBeUndefined();
    expect(reportedDocument(story)?.title).toBe('2020 Trafficking in Persons Report: Kazakhstan');
    expect(apa(input(story, 'kk', 'en'))).not.toContain('state.gov');
    expect(gost(input(story, 'kk', 'en'))).not.toContain('state.gov');
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
