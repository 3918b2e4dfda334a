/**
 * Our section labels (content/sections/) name a section for a reader whose language the source's heading
 * lacks: in search titles, passage names and the table of contents. The source's own heading wins where
 * it exists, and a citation always quotes it.
 */
import { describe, expect, it } from 'vitest';
import { loadValidCorpus } from '../../src/corpus/load';
import { dictionaries, useTranslations } from '../../src/i18n';
import { locales } from '../../src/i18n/locales';
import { namePassages, passageTitle, sectionLabelsOf } from '../../src/derive/passages';
import { tableOfContents, type Row } from '../../src/derive/reader';
import { searchCatalogue } from '../../src/search/catalogue';
import { sayer, titleOf, type Catalogue } from '../../src/search/render';
import type { Hit } from '../../src/search/engine';
import { draftSectionLabels } from '../../src/import/labels';

const row = (id: string, kind: Row['kind'], section: string, texts: Record<string, string>, depth?: number): Row => ({
  id,
  kind,
  section,
  ...(depth ? { depth } : {}),
  cells: Object.fromEntries(
    Object.entries(texts).map(([l, text]) => [
      l,
      { id, kind, section, ...(depth ? { depth } : {}), text, html: text, sentences: [] },
    ]),
  ),
  units: [],
});
const rows: Row[] = [
  row('title', 'heading', 'title', { kk: 'Есеп', ru: 'Отчёт' }, 1),
  row('prosecution', 'heading', 'prosecution', { kk: 'ҚУДАЛАУ', ru: 'СУДЕБНОЕ ПРЕСЛЕДОВАНИЕ' }, 2),
  row('prosecution-1', 'paragraph', 'prosecution', { kk: 'А.', ru: 'А.' }),
  row('prosecution-2', 'paragraph', 'prosecution', { kk: 'Б.', ru: 'Б.' }),
  row('introduction', 'heading', 'introduction', { ru: 'Введение:' }, 3),
  row('introduction-1', 'paragraph', 'introduction', { ru: 'В.' }),
];
const labels = { prosecution: { en: 'Prosecution' }, introduction: { kk: 'Кіріспе', en: 'Introduction' } };

describe('passage names with our section labels', () => {
  it('names a section by our label where the reader’s language has no heading, marked as ours', () => {
    const name = namePassages(rows, useTranslations('en'), labels);
    expect(name('prosecution-2', ['en', 'ru', 'kk']).section).toEqual({ text: 'Prosecution', lang: 'en', ours: true });
    expect(passageTitle(name('prosecution-2', ['en', 'ru', 'kk']))).toBe('Prosecution, paragraph 2');
    expect(passageTitle(name('prosecution', ['en', 'ru', 'kk']))).toBe('Prosecution');
    expect(passageTitle(namePassages(rows, useTranslations('kk'), labels)('introduction-1', ['kk', 'ru', 'en']))).toBe(
      'Кіріспе, 1-абзац',
    );
  });
  it('keeps the source’s own heading where the reader’s language has one', () => {
    const ru = namePassages(rows, useTranslations('ru'), labels);
    expect(ru('prosecution-1', ['ru', 'kk', 'en']).section).toEqual({ text: 'СУДЕБНОЕ ПРЕСЛЕДОВАНИЕ', lang: 'ru' });
    expect(passageTitle(ru('introduction-1', ['ru', 'kk', 'en']))).toBe('Введение, абзац 1');
  });
  it('quotes only the source without labels (citations), falling back to a heading it has', () => {
    const quoted = namePassages(rows, useTranslations('en'));
    expect(quoted('prosecution-2', ['en', 'ru']).section).toEqual({ text: 'СУДЕБНОЕ ПРЕСЛЕДОВАНИЕ', lang: 'ru' });
  });
  it('lists our label in the contents, the source’s heading beside it; the title heading keeps its text', () => {
    const toc = tableOfContents(rows, ['en', 'kk', 'ru'], labels);
    expect(toc).toEqual([
      { id: 'title', depth: 1, text: 'Есеп', lang: 'kk' },
      { id: 'prosecution', depth: 2, text: 'Prosecution', lang: 'en', ours: true, heading: { text: 'ҚУДАЛАУ', lang: 'kk' } },
      { id: 'introduction', depth: 3, text: 'Introduction', lang: 'en', ours: true, heading: { text: 'Введение', lang: 'ru' } },
    ]);
    expect(tableOfContents(rows, ['ru', 'kk'], labels).map((e) => [e.text, e.ours])).toEqual([
      ['Отчёт', undefined],
      ['СУДЕБНОЕ ПРЕСЛЕДОВАНИЕ', undefined],
      // The reader's own language: the heading as written, its colon included.
      ['Введение:', undefined],
    ]);
  });
});

const hit = (over: Partial<Hit>): Hit => ({
  url: '/kk/sources/tip-2023/#prosecution-2',
  unit: '/sources/tip-2023/#prosecution-2',
  kind: 'segment',
  lang: 'kk',
  source: 'tip-2023',
  section: 'prosecution',
  position: 12,
  sentences: [],
  text: 'Б.',
  positions: [],
  matched: {},
  langs: [],
  score: 1,
  terms: [],
  ...over,
});
const catalogue = (over: Partial<Catalogue> = {}): Catalogue => ({
  sources: { 'tip-2023': 'TIP 2023 report: Kazakhstan' },
  sections: { 'tip-2023': { prosecution: { kk: 'ҚУДАЛАУ', ru: 'СУДЕБНОЕ ПРЕСЛЕДОВАНИЕ' } } },
  labels: { 'tip-2023': { prosecution: 'Prosecution' } },
  places: { '/sources/tip-2023/#prosecution-2': 'paragraph 2' },
  titles: {},
  versions: { 'tip-2023': ['kk', 'ru'] },
  ...over,
});

describe('search result titles (titleOf)', () => {
  const say = sayer(dictionaries.en);
  it('names a Kazakh hit’s section by our English label for an English reader, in English', () => {
    expect(titleOf(hit({}), catalogue(), 'en', say)).toEqual({
      text: 'TIP 2023 report: Kazakhstan · Prosecution · paragraph 2',
      lang: 'en',
    });
  });
  it('prefers the source’s heading in the reader’s language to any label', () => {
    const ru = catalogue({ labels: { 'tip-2023': { prosecution: 'Уголовное преследование' } }, places: {} });
    expect(titleOf(hit({}), ru, 'ru', sayer(dictionaries.ru))).toEqual({
      text: 'TIP 2023 report: Kazakhstan · СУДЕБНОЕ ПРЕСЛЕДОВАНИЕ · ¶ 12',
      lang: 'ru',
    });
  });
  it('falls back to the hit’s own heading, marked with its language, when there is no label', () => {
    expect(titleOf(hit({}), catalogue({ labels: {} }), 'en', say)).toEqual({
      text: 'TIP 2023 report: Kazakhstan · ҚУДАЛАУ · paragraph 2',
      lang: 'kk',
    });
  });
  it('titles a figure by its own title, untouched by labels', () => {
    const figure = hit({ kind: 'figure', unit: '/en/findings/metrics/investigations/', section: undefined });
    expect(
      titleOf(figure, catalogue({ titles: { '/en/findings/metrics/investigations/': 'Investigations 2022: 26' } }), 'en', say),
    ).toEqual({
      text: 'Investigations 2022: 26',
    });
  });
});

describe('the real corpus', async () => {
  const corpus = await loadValidCorpus(new URL('../..', import.meta.url).pathname);
  it('gives the search page our label only in a language a heading lacks', () => {
    for (const locale of locales) {
      const { labels, sections } = searchCatalogue(corpus, locale, useTranslations(locale));
      for (const [source, bySection] of Object.entries(labels))
        for (const [section, label] of Object.entries(bySection)) {
          expect(sections[source]![section]![locale], `${source} ${section} ${locale}`).toBeUndefined();
          expect(label).toBe(sectionLabelsOf(corpus, source)[section]![locale]);
        }
    }
    expect(searchCatalogue(corpus, 'en', useTranslations('en')).labels['tip-2023']).toEqual({
      tier: 'Kazakhstan: Tier 2',
      recommendations: 'Prioritized Recommendations',
      prosecution: 'Prosecution',
      protection: 'Protection',
      prevention: 'Prevention',
      profile: 'Trafficking Profile',
    });
    expect(searchCatalogue(corpus, 'ru', useTranslations('ru')).labels['tip-2023']).toBeUndefined();
    expect(searchCatalogue(corpus, 'kk', useTranslations('kk')).labels['journal-2026']?.introduction).toBe('Кіріспе');
  });
});

describe('the importer drafts section labels from other sources', () => {
  const md = (lang: string, body: string) => `---\nsource: tip-2024\nlang: ${lang}\n---\n\n${body}\n`;
  const texts = {
    kk: md('kk', '# Есеп {#title}\n\n## ҚОРҒАУ {#protection}\n\nА. {#protection-1}\n\n## БАСҚА {#other}\n\nБ. {#other-1}'),
    ru: md('ru', '# Отчёт {#title}\n\n## ЗАЩИТА {#protection}\n\nА. {#protection-1}\n\n## ДРУГОЕ {#other}\n\nБ. {#other-1}'),
  };
  it('labels a section in the languages its heading lacks, where another source labels the same id', () => {
    const known = [
      { id: 'journal-2026', labels: { introduction: { en: 'Introduction' } } },
      { id: 'tip-2023', labels: { protection: { kk: 'Құрбандарды қорғау', ru: 'Защита жертв', en: 'Protection' } } },
    ];
    expect(draftSectionLabels(texts, known)).toEqual({
      labels: { protection: { en: 'Protection' } },
      borrowed: [{ section: 'protection', lang: 'en', from: 'tip-2023' }],
    });
  });
  it('drafts nothing it cannot borrow (the gate then names each missing label)', () => {
    expect(draftSectionLabels(texts, [])).toEqual({ labels: {}, borrowed: [] });
  });
});
