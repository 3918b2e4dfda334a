/**
 * Malformed content fails with a message naming the file, the entry and the field.
 * Each case breaks one thing in a copy of tests/fixtures/valid and expects exactly these messages.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load';

const fixture = new URL('../fixtures/valid', import.meta.url).pathname;
const work = mkdtempSync(path.join(tmpdir(), 'content-errors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Edit = (text: string) => string;
interface Case {
  name: string;
  file: string;
  edit: Edit;
  expected: string[];
}

const json =
  (change: (data: any) => void): Edit =>
  (text) => {
    const data = JSON.parse(text);
    change(data);
    return JSON.stringify(data);
  };

const cases: Case[] = [
  {
    name: 'invalid JSON',
    file: 'sources/tip-2023.json',
    edit: (t) => t.replace('"kind"', 'kind'),
    expected: [expect.stringMatching(/^content\/sources\/tip-2023\.json: is not valid JSON: /)] as unknown as string[],
  },
  {
    name: 'unknown source kind',
    file: 'sources/tip-2023.json',
    edit: json((d) => (d.kind = 'blog-post')),
    expected: [
      'content/sources/tip-2023.json › entry "tip-2023" › field "kind": Invalid option: expected one of "report-chapter"|"news-story"|"ministry-statement"|"journal-article"',
    ],
  },
  {
    name: 'impossible date',
    file: 'sources/tip-2023.json',
    edit: json((d) => (d.published = '2023-02-30')),
    expected: ['content/sources/tip-2023.json › entry "tip-2023" › field "published": is not a real calendar date'],
  },
  {
    name: 'UI text missing a language',
    file: 'sources/tip-2023.json',
    edit: json((d) => delete d.label.kk),
    expected: [
      'content/sources/tip-2023.json › entry "tip-2023" › field "label.kk": Invalid input: expected string, received undefined',
    ],
  },
  {
    name: 'listed version without a text file',
    file: 'sources/tip-2023.json',
    edit: json((d) => (d.versions.en = { role: 'translation' })),
    expected: [
      'content/sources/tip-2023.json › entry "tip-2023" › field "versions.en": lists a "en" version but content/texts/tip-2023/en.md does not exist',
    ],
  },
  {
    name: 'tier points to a missing segment',
    file: 'sources/tip-2023.json',
    edit: json((d) => (d.tier.segment = 'tier-2')),
    expected: [
      'content/sources/tip-2023.json › entry "tip-2023" › field "tier.segment": segment "tier-2" does not exist in any text of tip-2023',
    ],
  },
  {
    name: 'unknown language code',
    file: 'texts/tip-2023/kk.md',
    edit: (t) => t.replace('lang: kk', 'lang: kz'),
    expected: [
      'content/texts/tip-2023/kk.md › entry "tip-2023/kk" › field "lang": "kz" is not a language of this site (use kk, ru, en)',
    ],
  },
  {
    name: 'language does not match the file name',
    file: 'texts/tip-2023/kk.md',
    edit: (t) => t.replace('lang: kk', 'lang: ru'),
    expected: ['content/texts/tip-2023/kk.md › entry "tip-2023/kk" › field "lang": front matter "lang" must match the file name'],
  },
  {
    name: 'block without a segment id',
    file: 'texts/tip-2023/kk.md',
    edit: (t) => t.replace(' {#protection-1}', ''),
    expected: ['content/texts/tip-2023/kk.md:12 › entry "tip-2023/kk": paragraph has no segment id: end it with {#some-id}'],
  },
  {
    name: 'segment id used twice',
    file: 'texts/tip-2023/ru.md',
    edit: (t) => t.replace('{#recommendation-1}', '{#protection-1}'),
    expected: [
      'content/texts/tip-2023/ru.md:14 › entry "tip-2023/ru": segment id "protection-1" is used twice (first on line 12)',
    ],
  },
  {
    name: 'segment id not kebab-case',
    file: 'texts/tip-2023/ru.md',
    edit: (t) => t.replace('{#title}', '{#Title_1}'),
    expected: [
      'content/texts/tip-2023/ru.md:6 › entry "tip-2023/ru": segment id "Title_1" must be lowercase kebab-case, e.g. "protection-3"',
    ],
  },
  {
    name: 'declared absent but present',
    file: 'texts/tip-2023/kk.md',
    edit: (t) => t.replace('lang: kk', 'lang: kk\nabsent: [tier]'),
    expected: [
      'content/texts/tip-2023/kk.md › entry "tip-2023/kk" › field "absent.0": "tier" is declared absent but this version has it',
    ],
  },
  {
    name: 'segment kind differs between languages',
    file: 'texts/tip-2023/kk.md',
    edit: (t) => t.replace('## Қазақстан (2-деңгей)', 'Қазақстан (2-деңгей)'),
    expected: [
      'content/texts/tip-2023/kk.md › entry "tip-2023/kk" › field "segments.tier": is a paragraph here (line 8) but a heading in the ru version (line 8)',
      'content/texts/tip-2023/ru.md › entry "tip-2023/ru" › field "segments.tier": is a heading here (line 8) but a paragraph in the kk version (line 8)',
    ],
  },
  {
    name: 'footnote reference without a definition',
    file: 'texts/tip-2023/ru.md',
    edit: (t) => t.replace('году.[^1]', 'году.[^2]'),
    expected: ['content/texts/tip-2023/ru.md:12 › entry "tip-2023/ru": footnote reference [^2] has no footnote definition'],
  },
  {
    name: 'glossary entry referring to an unknown entry',
    file: 'glossary/victim.json',
    edit: json((d) => (d.see = ['refuge'])),
    expected: ['content/glossary/victim.json › entry "victim" › field "see.0": no glossary entry "refuge" in content/glossary/'],
  },
  {
    name: 'glossary form quoting a source',
    file: 'glossary/shelter.json',
    edit: json((d) => (d.forms.ru = ['«приют»'])),
    expected: ['content/glossary/shelter.json › entry "shelter" › field "forms.ru.0": a glossary form has no sentence punctuation or quotes'],
  },
  {
    name: 'glossary form naming two terms',
    file: 'glossary/shelter.json',
    edit: json((d) => d.forms.ru.push('жертвы')),
    expected: [
      'content/glossary/victim.json › entry "victim" › field "forms.ru.0": "жертва" is already a form of glossary entry "shelter" (ru); a form names one term',
    ],
  },
  {
    name: 'glossary form that is a sentence',
    file: 'glossary/shelter.json',
    edit: json((d) => (d.forms.en = ['Shelters were funded by the government in 2022.'])),
    expected: [
      'content/glossary/shelter.json › entry "shelter" › field "forms.en.0": a glossary form is a term of at most six words, not a sentence',
    ],
  },
  {
    name: 'figure of an unknown metric',
    file: 'figures/tip-2023.json',
    edit: json((d) => (d[0].metric = 'investigation')),
    expected: [
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "metric": no metric "investigation" in content/metrics/',
    ],
  },
  {
    name: 'figure quote not verbatim',
    file: 'figures/tip-2023.json',
    edit: json((d) => (d[0].quotes.ru = 'расследования по 26 делам')),
    expected: [
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "quotes.ru": quote does not occur verbatim in tip-2023 (ru) segment "protection-1": «расследования по 26 делам»',
    ],
  },
  {
    name: 'figure value not stated by its quote',
    file: 'figures/tip-2023.json',
    edit: json((d) => (d[0].value = 20)),
    expected: [
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "value": 20 cannot be read from the ru quote «расследования по 26 случаям»',
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "value": 20 cannot be read from the kk quote «26 адам саудасы бойынша тергеу»',
    ],
  },
  {
    name: 'figure period runs backwards',
    file: 'figures/tip-2023.json',
    edit: json((d) => (d[0].period = '2022/2021')),
    expected: [
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "period": interval must run forwards',
    ],
  },
  {
    name: 'figure id used twice',
    file: 'figures/tip-2023.json',
    edit: json((d) => d.push({ ...d[0] })),
    expected: [
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "id": id "tip-2023-investigations-2022" is already used in content/figures/tip-2023.json',
    ],
  },
  {
    name: 'recommendation with an unknown theme',
    file: 'recommendations/tip-2023.json',
    edit: json((d) => (d[0].theme = 'statistics')),
    expected: [
      'content/recommendations/tip-2023.json › entry "tip-2023-r1" › field "theme": no theme "statistics" in content/themes/',
    ],
  },
  {
    name: 'recommendation missing a language the source states it in',
    file: 'recommendations/tip-2023.json',
    edit: json((d) => delete d[0].text.kk),
    expected: [
      'content/recommendations/tip-2023.json › entry "tip-2023-r1" › field "text.kk": the kk version states this segment, so the recommendation needs its kk text',
    ],
  },
  {
    name: 'recommendation text not verbatim',
    file: 'recommendations/tip-2023.json',
    edit: json((d) => (d[0].text.ru = 'Создать единую систему сбора данных.')),
    expected: [
      'content/recommendations/tip-2023.json › entry "tip-2023-r1" › field "text.ru": quote does not occur verbatim in tip-2023 (ru) segment "recommendation-1": «Создать единую систему сбора данных.»',
    ],
  },
  {
    name: 'follow-up quote not in its segment',
    file: 'recommendations/tip-2023.json',
    edit: json(
      (d) =>
        (d[0].followUps = [
          {
            relation: 'repeats',
            source: 'tip-2023',
            segment: 'protection-1',
            quotes: { ru: 'сбора данных' },
            note: { kk: 'к', ru: 'р', en: 'e' },
          },
        ]),
    ),
    expected: [
      'content/recommendations/tip-2023.json › entry "tip-2023-r1" › field "followUps.0.quotes.ru": quote does not occur verbatim in tip-2023 (ru) segment "protection-1": «сбора данных»',
    ],
  },
  {
    name: 'unknown field (a typo) in a recommendation',
    file: 'recommendations/tip-2023.json',
    edit: json((d) => (d[0].segmnet = 'x')),
    expected: ['content/recommendations/tip-2023.json › entry "tip-2023-r1": Unrecognized key: "segmnet"'],
  },
];

function breakFixture(c: Case, index: number): string {
  const dir = path.join(work, String(index));
  cpSync(fixture, dir, { recursive: true });
  const file = path.join(dir, 'content', c.file);
  writeFileSync(file, c.edit(readFileSync(file, 'utf8')));
  return dir;
}

describe('content errors', () => {
  it('the untouched fixture is valid', async () => {
    expect((await loadCorpus(fixture)).problems).toEqual([]);
  });

  it('has at least 15 malformed cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  cases.forEach((c, index) => {
    it(c.name, async () => {
      const { problems } = await loadCorpus(breakFixture(c, index));
      expect(problems).toEqual(c.expected);
    });
  });

  it('keeps every valid entry when one entry is broken', async () => {
    const { corpus } = await loadCorpus(breakFixture(cases[1]!, 999));
    expect(corpus.sources).toEqual([]);
    expect(corpus.texts.map((t) => t.id).sort()).toEqual(['tip-2023/kk', 'tip-2023/ru']);
    expect(corpus.figures.map((f) => f.id)).toEqual(['tip-2023-investigations-2022']);
  });
});
