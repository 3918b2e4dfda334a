/**
 * Malformed content fails with a message naming the file, the entry and the field.
 * Each case breaks one thing in a copy of tests/fixtures/valid and expects exactly these messages.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  /** The file to edit (relative to content/); a new file is created from an empty one. */
  file: string;
  edit: Edit;
  expected: string[];
}

/** Replaces the first occurrence and fails loudly when the fixture no longer has it. */
const swap =
  (from: string, to: string): Edit =>
  (text) => {
    if (!text.includes(from)) throw new Error(`fixture has no ${JSON.stringify(from)}`);
    return text.replace(from, to);
  };

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
    expected: ['content/sources/tip-2023.json:2:3: is not valid JSON: unexpected character "k" (U+006B)'],
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
    expected: [
      'content/glossary/shelter.json › entry "shelter" › field "forms.ru.0": a glossary form has no sentence punctuation or quotes',
    ],
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
    name: "figure value is the period's year (20 → 2021)",
    file: 'figures/tip-2023.json',
    edit: json((d) => {
      d[0].value = 2021;
      d[0].period = '2021';
      d[0].quotes = { ru: 'с 20 в 2021 году' };
    }),
    expected: [
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "value": 2021 cannot be read from the ru quote «с 20 в 2021 году»',
      'content/texts/tip-2023/kk.md:12 › entry "tip-2023/kk" › field "segments.protection-1": the number «26» in «…жылғы 20 жағдаймен салыстырғанда 26 адам саудасы бойынша тергеу бастады.1» is neither a figure nor in the ledger; add a figure, or an entry with its reason to content/ledger/tip-2023.json',
      'content/texts/tip-2023/ru.md:12 › entry "tip-2023/ru" › field "segments.protection-1": the number «26» in «Полиция начала расследования по 26 случаям торговли людьми по сравнению…» is neither a figure nor in the ledger; add a figure, or an entry with its reason to content/ledger/tip-2023.json',
    ],
  },
  {
    name: 'figure value off by one',
    file: 'figures/tip-2023.json',
    edit: json((d) => (d[0].value = 27)),
    expected: [
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "value": 27 cannot be read from the ru quote «расследования по 26 случаям»',
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "value": 27 cannot be read from the kk quote «26 адам саудасы бойынша тергеу»',
    ],
  },
  {
    name: 'figure quote states several numbers and no value words',
    file: 'figures/tip-2023.json',
    edit: json((d) => (d[0].quotes.ru = 'по 26 случаям торговли людьми по сравнению с 20')),
    expected: [
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "value": the ru quote «по 26 случаям торговли людьми по сравнению с 20» states other numbers too (26, 20); give the exact words that state 26 in "valueText.ru"',
    ],
  },
  {
    name: 'figure value words not in the quote',
    file: 'figures/tip-2023.json',
    edit: json((d) => (d[0].valueText = { ru: 'по 62 случаям' })),
    expected: [
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "valueText.ru": the value words «по 62 случаям» do not occur in the ru quote «расследования по 26 случаям»',
    ],
  },
  {
    name: 'figure value words for a language without a quote',
    file: 'figures/tip-2023.json',
    edit: json((d) => (d[0].valueText = { en: '26 cases' })),
    expected: [
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "valueText.en": there is no en quote for these value words to occur in',
    ],
  },
  {
    name: 'figure period neither stated nor covered',
    file: 'figures/tip-2023.json',
    edit: json((d) => (d[0].period = '2019')),
    expected: [
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "period": 2019 is neither stated in segment "protection-1" nor inside the years tip-2023 covers (2021–2022)',
    ],
  },
  {
    name: 'figure counts what its metric does not',
    file: 'figures/tip-2023.json',
    edit: json((d) => (d[0].counts = 'people')),
    expected: [
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "counts": counts "people" but metric "investigations" counts "cases"; use another metric, "not-stated", or add "people" to the metric\'s "alsoCounts" if sources count it under this name',
    ],
  },
  {
    name: 'figure counts an unknown thing',
    file: 'figures/tip-2023.json',
    edit: json((d) => (d[0].counts = 'victims')),
    expected: [
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "counts": Invalid option: expected one of "cases"|"people"|"offences"|"years"|"kzt"|"usd"|"operations"|"inspections"|"facilities"|"per-thousand"|"cases-opened"|"not-stated"',
    ],
  },
  {
    name: 'figure with a bare minimum tag',
    file: 'figures/tip-2023.json',
    edit: json((d) => (d[0].breakdown = ['minimum'])),
    expected: [
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "breakdown.0": Invalid option: expected one of "sex-trafficking"|"forced-labour"|"unspecified-form"|"organ-removal"|"citizens"|"foreigners"|"children"|"adults"|"women"|"men"|"aggravated"',
    ],
  },
  {
    name: 'figure part-year without its date',
    file: 'figures/tip-2023.json',
    edit: json((d) => (d[0].coverage = 'part-year')),
    expected: [
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "to": a "part-year" figure needs "to": the date its count runs to (YYYY-MM or YYYY-MM-DD; the year itself when the date is not stated)',
    ],
  },
  {
    name: 'figure date "to" outside its period',
    file: 'figures/tip-2023.json',
    edit: json((d) => {
      d[0].coverage = 'part-year';
      d[0].to = '2023-05';
    }),
    expected: [
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "to": "2023-05" must be a date inside the period 2022 (YYYY-MM or YYYY-MM-DD; the year itself when the date is not stated)',
    ],
  },
  {
    name: 'figure "to" on a whole year',
    file: 'figures/tip-2023.json',
    edit: json((d) => (d[0].to = '2022-05')),
    expected: [
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "to": "to" is only for "part-year" coverage (this figure\'s coverage is "year")',
    ],
  },
  {
    name: 'figure month coverage on a year',
    file: 'figures/tip-2023.json',
    edit: json((d) => (d[0].coverage = 'month')),
    expected: [
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "coverage": "month" needs a period of one month (YYYY-MM), not "2022"',
    ],
  },
  {
    name: 'figure several-years coverage on one year',
    file: 'figures/tip-2023.json',
    edit: json((d) => (d[0].coverage = 'years')),
    expected: [
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "coverage": "years" needs a period of several years (YYYY/YYYY), not "2022"',
    ],
  },
  {
    name: 'figure scope without a language',
    file: 'figures/tip-2023.json',
    edit: json((d) => (d[0].scope = { id: 'shymkent-network', label: { ru: 'одна сеть', en: 'one network' } })),
    expected: [
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "scope.label.kk": Invalid input: expected string, received undefined',
    ],
  },
  {
    name: 'figure range without its population',
    file: 'figures/tip-2023.json',
    edit: json((d) => (d[0].range = { bound: 'lower' })),
    expected: [
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "range.of": Invalid input: expected object, received undefined',
    ],
  },
  {
    name: 'figure part of an unknown figure',
    file: 'figures/tip-2023.json',
    edit: json((d) => (d[0].partOf = 'tip-2023-investigations-2020')),
    expected: [
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "partOf": no figure "tip-2023-investigations-2020" (a part must name the id of its total)',
    ],
  },
  {
    name: 'figure part of itself',
    file: 'figures/tip-2023.json',
    edit: json((d) => (d[0].partOf = 'tip-2023-investigations-2022')),
    expected: [
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "partOf": a figure cannot be a part of itself',
    ],
  },
  {
    name: 'figure part larger than, and from another period than, its total',
    file: 'figures/tip-2023.json',
    edit: json((d) => {
      d[1].partOf = d[0].id;
      d[0].partOf = d[1].id;
    }),
    expected: [
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "partOf": "tip-2023-investigations-2021" covers 2021 but this part covers 2022; a part must cover its total\'s period',
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "partOf": 26 is more than its total "tip-2023-investigations-2021" (20)',
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "partOf": "partOf" runs in a circle (tip-2023-investigations-2022 → tip-2023-investigations-2021 → tip-2023-investigations-2022)',
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2021" › field "partOf": "tip-2023-investigations-2022" covers 2022 but this part covers 2021; a part must cover its total\'s period',
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2021" › field "partOf": "partOf" runs in a circle (tip-2023-investigations-2021 → tip-2023-investigations-2022 → tip-2023-investigations-2021)',
    ],
  },
  {
    name: 'figure dating not a known kind',
    file: 'figures/tip-2023.json',
    edit: json((d) => (d[0].dating = 'judgment')),
    expected: [
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "dating": Invalid option: expected one of "number"|"event"',
    ],
  },
  {
    name: 'a number neither a figure nor in the ledger',
    file: 'ledger/tip-2023.json',
    edit: json((d) => d.pop()),
    expected: [
      'content/texts/tip-2023/kk.md:8 › entry "tip-2023/kk" › field "segments.tier": the number «2» in «Қазақстан (2-деңгей)» is neither a figure nor in the ledger; add a figure, or an entry with its reason to content/ledger/tip-2023.json',
      'content/texts/tip-2023/ru.md:8 › entry "tip-2023/ru" › field "segments.tier": the number «2» in «КАЗАХСТАН (Уровень 2)» is neither a figure nor in the ledger; add a figure, or an entry with its reason to content/ledger/tip-2023.json',
    ],
  },
  {
    name: 'ledger words not verbatim',
    file: 'ledger/tip-2023.json',
    edit: json((d) => (d[1].words.ru = 'Уровень 3')),
    expected: [
      'content/ledger/tip-2023.json › entry "tier-2" › field "words.ru": «Уровень 3» does not occur verbatim in tip-2023 (ru) segment "tier"',
      'content/texts/tip-2023/ru.md:8 › entry "tip-2023/ru" › field "segments.tier": the number «2» in «КАЗАХСТАН (Уровень 2)» is neither a figure nor in the ledger; add a figure, or an entry with its reason to content/ledger/tip-2023.json',
    ],
  },
  {
    name: 'ledger words that state no number',
    file: 'ledger/tip-2023.json',
    edit: json((d) => (d[1].words.kk = 'деңгей')),
    expected: [
      'content/ledger/tip-2023.json › entry "tier-2" › field "words.kk": «деңгей» states no number',
      'content/texts/tip-2023/kk.md:8 › entry "tip-2023/kk" › field "segments.tier": the number «2» in «Қазақстан (2-деңгей)» is neither a figure nor in the ledger; add a figure, or an entry with its reason to content/ledger/tip-2023.json',
    ],
  },
  {
    name: 'ledger entry in a missing segment',
    file: 'ledger/tip-2023.json',
    edit: json((d) => (d[0].segment = 'title-2')),
    expected: [
      'content/ledger/tip-2023.json › entry "title-2023" › field "segment": segment "title-2" does not exist in any text of tip-2023',
      'content/texts/tip-2023/ru.md:6 › entry "tip-2023/ru" › field "segments.title": the number «2023» in «Отчет о торговле людьми 2023» is neither a figure nor in the ledger; add a figure, or an entry with its reason to content/ledger/tip-2023.json',
    ],
  },
  {
    name: 'ledger entry with an unknown reason',
    file: 'ledger/tip-2023.json',
    edit: json((d) => (d[1].reason = 'rating')),
    expected: [
      'content/ledger/tip-2023.json › entry "tier-2" › field "reason": Invalid option: expected one of "date"|"law"|"address"|"bibliographic"|"ordinal"|"same-as"|"no-period"|"contradicts"|"translation-differs"|"duration"|"individual"|"out-of-scope"|"not-a-quantity"',
    ],
  },
  {
    name: 'ledger entry that contradicts no named figure',
    file: 'ledger/tip-2023.json',
    edit: json((d) => (d[1].reason = 'contradicts')),
    expected: [
      'content/ledger/tip-2023.json › entry "tier-2" › field "figures": a "contradicts" entry must name the figure(s) it is about',
    ],
  },
  {
    name: 'ledger entry naming an unknown figure',
    file: 'ledger/tip-2023.json',
    edit: json((d) => {
      d[1].reason = 'same-as';
      d[1].figures = ['tip-2023-tier'];
    }),
    expected: ['content/ledger/tip-2023.json › entry "tier-2" › field "figures.0": no figure "tip-2023-tier"'],
  },
  {
    name: 'recommendation with an unknown theme',
    file: 'recommendations/tip-2023.json',
    edit: json((d) => d[0].themes.push('statistics')),
    expected: [
      'content/recommendations/tip-2023.json › entry "tip-2023-r1" › field "themes.1": no theme "statistics" in content/themes/',
    ],
  },
  {
    name: 'recommendation without a theme',
    file: 'recommendations/tip-2023.json',
    edit: json((d) => (d[0].themes = [])),
    expected: ['content/recommendations/tip-2023.json › entry "tip-2023-r1" › field "themes": needs at least one theme'],
  },
  {
    name: 'recommendation listing a theme twice',
    file: 'recommendations/tip-2023.json',
    edit: json((d) => (d[0].themes = ['data', 'data'])),
    expected: ['content/recommendations/tip-2023.json › entry "tip-2023-r1" › field "themes": lists the same theme twice'],
  },
  {
    name: 'recommendation with an unknown group',
    file: 'recommendations/tip-2023.json',
    edit: json((d) => (d[0].groups = ['victims', 'elderly'])),
    expected: [
      'content/recommendations/tip-2023.json › entry "tip-2023-r1" › field "groups.1": no group "elderly" in content/groups/',
    ],
  },
  {
    name: 'recommendation by an unknown body, to an unknown addressee',
    file: 'recommendations/tip-2023.json',
    edit: json((d) => {
      d[0].by = 'united-nations';
      d[0].addressee = 'parliament';
    }),
    expected: [
      'content/recommendations/tip-2023.json › entry "tip-2023-r1" › field "by": no body "united-nations" in content/bodies/',
      'content/recommendations/tip-2023.json › entry "tip-2023-r1" › field "addressee": no body "parliament" in content/bodies/',
    ],
  },
  {
    name: 'recommendation with an action category off the scale',
    file: 'recommendations/tip-2023.json',
    edit: json((d) => (d[0].action = 6)),
    expected: [
      'content/recommendations/tip-2023.json › entry "tip-2023-r1" › field "action": must be an action category from 1 to 5',
    ],
  },
  {
    name: 'recommendation cycle missing a language',
    file: 'recommendations/tip-2023.json',
    edit: json((d) => delete d[0].cycle.kk),
    expected: [
      'content/recommendations/tip-2023.json › entry "tip-2023-r1" › field "cycle.kk": Invalid input: expected string, received undefined',
    ],
  },
  {
    name: 'responsible body unknown, its words not in the source',
    file: 'recommendations/tip-2023.json',
    edit: json(
      (d) =>
        (d[0].responsible = [
          { body: 'statistics-bureau', source: 'tip-2023', segment: 'recommendation-1', quotes: { ru: 'Бюро статистики' } },
        ]),
    ),
    expected: [
      'content/recommendations/tip-2023.json › entry "tip-2023-r1" › field "responsible.0.body": no body "statistics-bureau" in content/bodies/',
      'content/recommendations/tip-2023.json › entry "tip-2023-r1" › field "responsible.0.quotes.ru": quote does not occur verbatim in tip-2023 (ru) segment "recommendation-1": «Бюро статистики»',
    ],
  },
  {
    name: 'follow-up with a relation that claims too much',
    file: 'recommendations/tip-2023.json',
    edit: json(
      (d) =>
        (d[0].followUps = [
          {
            relation: 'addresses',
            source: 'tip-2023',
            segment: 'protection-1',
            quotes: { ru: 'Полиция начала расследования' },
            note: { kk: 'к', ru: 'р', en: 'e' },
          },
        ]),
    ),
    expected: [
      'content/recommendations/tip-2023.json › entry "tip-2023-r1" › field "followUps.0.relation": Invalid option: expected one of "reports-action"|"repeats"|"contradicts"',
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
    name: 'follow-up from the same source, quote not in its segment',
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
      'content/recommendations/tip-2023.json › entry "tip-2023-r1" › field "followUps.0.source": tip-2023 (published 2023-06-30) is not later than tip-2023 (published 2023-06-30); a follow-up must come from a later source',
      'content/recommendations/tip-2023.json › entry "tip-2023-r1" › field "followUps.0.quotes.ru": quote does not occur verbatim in tip-2023 (ru) segment "protection-1": «сбора данных»',
    ],
  },
  {
    name: 'unknown field (a typo) in a recommendation',
    file: 'recommendations/tip-2023.json',
    edit: json((d) => (d[0].segmnet = 'x')),
    expected: ['content/recommendations/tip-2023.json › entry "tip-2023-r1": Unrecognized key: "segmnet"'],
  },
  // JSON read strictly: duplicate keys, nested objects, addresses.
  {
    name: 'duplicate key in JSON',
    file: 'figures/tip-2023.json',
    edit: swap('"value": 26,', '"value": 26,\n    "value": 2021,'),
    expected: ['content/figures/tip-2023.json:7:5: key "value" appears twice in one object (first on line 6)'],
  },
  {
    name: 'unknown key in a nested object (versions)',
    file: 'sources/tip-2023.json',
    edit: json((d) => (d.versions.ru.link = 'https://example.org/')),
    expected: ['content/sources/tip-2023.json › entry "tip-2023" › field "versions.ru": Unrecognized key: "link"'],
  },
  {
    name: 'unknown key in a nested object (original)',
    file: 'sources/tip-2023.json',
    edit: json((d) => (d.original = { lang: 'en', title: 'Trafficking in Persons Report', ulr: 'https://state.gov/' })),
    expected: ['content/sources/tip-2023.json › entry "tip-2023" › field "original": Unrecognized key: "ulr"'],
  },
  {
    name: 'javascript: address',
    file: 'sources/tip-2023.json',
    edit: json((d) => (d.versions.ru.url = 'javascript:alert(1)')),
    expected: [
      'content/sources/tip-2023.json › entry "tip-2023" › field "versions.ru.url": "javascript:alert(1)" is not a web address: use a full https:// or http:// URL',
    ],
  },
  {
    name: 'unknown language in UI text',
    file: 'sources/tip-2023.json',
    edit: json((d) => (d.label.kz = 'TIP 2023')),
    expected: ['content/sources/tip-2023.json › entry "tip-2023" › field "label": Unrecognized key: "kz"'],
  },
  // Unicode: invisible characters and mixed scripts are errors; decomposed text is normalised.
  {
    name: 'byte order mark in JSON',
    file: 'sources/tip-2023.json',
    edit: (t) => '\ufeff' + t,
    expected: ['content/sources/tip-2023.json:1:1: starts with a byte order mark (U+FEFF), an invisible character: delete it'],
  },
  {
    name: 'byte order mark in Markdown',
    file: 'texts/tip-2023/ru.md',
    edit: (t) => '\ufeff' + t,
    expected: [
      'content/texts/tip-2023/ru.md:1:1 › entry "tip-2023/ru": starts with a byte order mark (U+FEFF), an invisible character: delete it',
    ],
  },
  {
    name: 'zero-width space inside a word',
    file: 'texts/tip-2023/ru.md',
    edit: swap('расследования', 'рассле\u200bдования'),
    expected: [
      'content/texts/tip-2023/ru.md:12:22 › entry "tip-2023/ru": has a zero-width space (U+200B), an invisible character: delete it',
    ],
  },
  {
    name: 'soft hyphen in a quote',
    file: 'figures/tip-2023.json',
    edit: swap('расследования по 26', 'рассле\u00adдования по 26'),
    expected: ['content/figures/tip-2023.json:11:20: has a soft hyphen (U+00AD), an invisible character: delete it'],
  },
  {
    name: 'control character',
    file: 'texts/tip-2023/kk.md',
    edit: swap('Ескертпе.', 'Ескертпе.\u0007'),
    expected: [
      'content/texts/tip-2023/kk.md:16:16 › entry "tip-2023/kk": has a control character (U+0007), an invisible character: delete it',
    ],
  },
  {
    name: 'a Latin letter in a Cyrillic word',
    file: 'texts/tip-2023/kk.md',
    edit: swap('саудасы бойынша тергеу бастады', 'саудасы бойынша тергеу бастадi'),
    expected: [
      'content/texts/tip-2023/kk.md:12:84 › entry "tip-2023/kk": the word "бастадi" mixes Latin and Cyrillic letters: "i" (U+0069) is Latin',
    ],
  },
  // Markdown: what the page would not show as written is an error, with its line.
  {
    name: 'raw <script> in a text',
    file: 'texts/tip-2023/ru.md',
    edit: swap('Примечание.', 'Примечание <script>alert(1)</script>.'),
    expected: [
      'content/texts/tip-2023/ru.md:16 › entry "tip-2023/ru": raw HTML "<script>" is not allowed: only <sup> and <sub>, without attributes',
      'content/texts/tip-2023/ru.md:16 › entry "tip-2023/ru": raw HTML "</script>" is not allowed: only <sup> and <sub>, without attributes',
    ],
  },
  {
    name: 'raw <img onerror> in a text',
    file: 'texts/tip-2023/ru.md',
    edit: swap('Примечание.', 'Примечание <img src=x onerror="alert(1)">.'),
    expected: [
      'content/texts/tip-2023/ru.md:16 › entry "tip-2023/ru": raw HTML "<img src=x onerror=\\"alert(1)\\">" is not allowed: only <sup> and <sub>, without attributes',
    ],
  },
  {
    name: 'javascript: link in a text',
    file: 'texts/tip-2023/ru.md',
    edit: swap('Примечание.', '[Примечание](javascript:alert(1)).'),
    expected: [
      'content/texts/tip-2023/ru.md:16 › entry "tip-2023/ru": link target "javascript:alert(1)" is not allowed: use a full https:, http: or mailto: address',
    ],
  },
  {
    name: 'protocol-relative link in a text',
    file: 'texts/tip-2023/ru.md',
    edit: swap('Примечание.', '[Примечание](//evil.example/).'),
    expected: [
      'content/texts/tip-2023/ru.md:16 › entry "tip-2023/ru": link target "//evil.example/" is not allowed: use a full https:, http: or mailto: address',
    ],
  },
  {
    name: 'image in a text',
    file: 'texts/tip-2023/ru.md',
    edit: swap('Примечание.', 'Примечание ![x](https://example.org/x.png).'),
    expected: ['content/texts/tip-2023/ru.md:16 › entry "tip-2023/ru": images are not supported in texts'],
  },
  {
    name: 'segment id left inside a paragraph',
    file: 'texts/tip-2023/ru.md',
    edit: swap('2021 году.[^1]', '2021 году. {#prosecution-1} Далее.[^1]'),
    expected: [
      'content/texts/tip-2023/ru.md:12 › entry "tip-2023/ru": "{#prosecution-1}" inside the text: a segment id goes only at the very end of its block',
    ],
  },
  // Files and folders: nothing in content/ goes unread.
  {
    name: 'empty list file',
    file: 'figures/tip-2023.json',
    edit: () => '[]\n',
    expected: [
      'content/figures/tip-2023.json: holds no figures: delete the file, or add the entries',
      // With no figures, the numbers they stated are unaccounted for: the ledger says so too.
      'content/texts/tip-2023/kk.md:12 › entry "tip-2023/kk" › field "segments.protection-1": the number «20» in «Полиция 2021 жылғы 20 жағдаймен салыстырғанда 26 адам…» is neither a figure nor in the ledger; add a figure, or an entry with its reason to content/ledger/tip-2023.json',
      'content/texts/tip-2023/kk.md:12 › entry "tip-2023/kk" › field "segments.protection-1": the number «26» in «…жылғы 20 жағдаймен салыстырғанда 26 адам саудасы бойынша тергеу бастады.1» is neither a figure nor in the ledger; add a figure, or an entry with its reason to content/ledger/tip-2023.json',
      'content/texts/tip-2023/ru.md:12 › entry "tip-2023/ru" › field "segments.protection-1": the number «26» in «Полиция начала расследования по 26 случаям торговли людьми по сравнению…» is neither a figure nor in the ledger; add a figure, or an entry with its reason to content/ledger/tip-2023.json',
      'content/texts/tip-2023/ru.md:12 › entry "tip-2023/ru" › field "segments.protection-1": the number «20» in «…торговли людьми по сравнению с 20 в 2021 году.1» is neither a figure nor in the ledger; add a figure, or an entry with its reason to content/ledger/tip-2023.json',
    ],
  },
  {
    name: 'empty file',
    file: 'themes/data.json',
    edit: () => '',
    expected: ['content/themes/data.json: is empty: delete the file, or give it content'],
  },
  {
    name: 'a Markdown file among the figures',
    file: 'figures/notes.md',
    edit: () => '# Notes\n',
    expected: ['content/figures/notes.md: is not where it belongs: content/figures/ holds only <name>.json files'],
  },
  {
    name: 'a text outside its source folder',
    file: 'texts/tip-2023.md',
    edit: () => '---\nsource: tip-2023\nlang: en\n---\n\nText. {#title}\n',
    expected: [
      'content/texts/tip-2023.md: is not where it belongs: content/texts/ holds only content/texts/<source-id>/<lang>.md files',
    ],
  },
  {
    name: 'a misspelt collection folder',
    file: 'figure/tip-2023.json',
    edit: () => '[]\n',
    expected: [
      'content/figure/: is not a known folder (known: sources, texts, metrics, themes, groups, bodies, figures, recommendations, events, ledger, alignments, glossary, sections, originals); rename it, or register the collection in src/schemas/collections.ts',
    ],
  },
  {
    name: 'an original without provenance',
    file: 'originals/tip-2023.ru.txt',
    edit: () => 'Отчет о торговле людьми 2023\n',
    expected: ['content/originals/README.md: is missing: say where each file of content/originals/ came from'],
  },
  {
    name: 'a section without our label in a language its heading lacks',
    file: 'sections/tip-2023.json',
    edit: json((d) => (d.labels.protection = { kk: 'Құрбандарды қорғау' })),
    expected: [
      'content/sections/tip-2023.json › entry "tip-2023" › field "labels.protection.en": section "protection" has no en heading (the kk text has «ҚОРҒАУ»): write our en label for it',
    ],
  },
  {
    name: 'a source without any section labels, although it lacks a language',
    file: 'sections/tip-2023.json',
    edit: json((d) => (d.labels = {})),
    expected: [
      'content/sections/tip-2023.json › entry "tip-2023" › field "labels.tier.en": section "tier" has no en heading (the kk text has «Қазақстан (2-деңгей)»): write our en label for it',
      'content/sections/tip-2023.json › entry "tip-2023" › field "labels.protection.en": section "protection" has no en heading (the kk text has «ҚОРҒАУ»): write our en label for it',
    ],
  },
  {
    name: 'a section label for a section the source does not have',
    file: 'sections/tip-2023.json',
    edit: json((d) => (d.labels.prevention = { en: 'Prevention' })),
    expected: [
      'content/sections/tip-2023.json › entry "tip-2023" › field "labels.prevention": no section "prevention" in content/texts/tip-2023/: a section is named by its heading\'s {#id} (tier, protection)',
    ],
  },
  {
    name: "a section label copied from the source's heading in another language",
    file: 'sections/tip-2023.json',
    edit: json((d) => (d.labels.protection.en = 'ЗАЩИТА')),
    expected: [
      'content/sections/tip-2023.json › entry "tip-2023" › field "labels.protection.en": «ЗАЩИТА»: an English label has no Cyrillic letters',
      'content/sections/tip-2023.json › entry "tip-2023" › field "labels.protection.en": «ЗАЩИТА» is the source\'s own ru heading, not our en label: write the section\'s name in en',
    ],
  },
  {
    name: 'section labels of a source that does not exist',
    file: 'sections/tip-2099.json',
    edit: () => '{ "labels": {} }\n',
    expected: [
      'content/sections/tip-2099.json › entry "tip-2099": no source "tip-2099" in content/sources/ (the file is named by its source id)',
    ],
  },
  {
    name: 'a section label with no language, and a section id that is not an id',
    file: 'sections/tip-2023.json',
    edit: json((d) => ((d.labels.protection = {}), (d.labels.Tier = { en: 'Tier' }))),
    expected: [
      'content/sections/tip-2023.json › entry "tip-2023" › field "labels.protection": needs a label in at least one language',
      'content/sections/tip-2023.json › entry "tip-2023" › field "labels.Tier": "Tier" is not a section id: use the {#id} of the section\'s heading (lowercase kebab-case)',
    ],
  },
];

/** Several files broken at once: every problem is listed in one run, and each only once. */
const together: Array<{ file: string; edit: Edit }> = [
  { file: 'sources/tip-2023.json', edit: json((d) => (d.kind = 'blog-post')) },
  { file: 'figures/tip-2023.json', edit: json((d) => (d[0].quotes.ru = 'расследования по 26 делам')) },
  { file: 'metrics/investigations.json', edit: json((d) => (d.name = null)) },
  { file: 'recommendations/tip-2023.json', edit: json((d) => (d[0].themes = ['statistics'])) },
];

function breakFixture(c: Case | { edits: Array<{ file: string; edit: Edit }> }, index: number): string {
  const dir = path.join(work, String(index));
  cpSync(fixture, dir, { recursive: true });
  for (const { file, edit } of 'edits' in c ? (c.edits as Case[]) : [c]) {
    const target = path.join(dir, 'content', file);
    mkdirSync(path.dirname(target), { recursive: true });
    let text = '';
    try {
      text = readFileSync(target, 'utf8');
    } catch {
      // A new file.
    }
    writeFileSync(target, edit(text));
  }
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

  it('lists every problem of several broken files in one run, each once', async () => {
    const { problems } = await loadCorpus(breakFixture({ edits: together }, 998));
    expect(problems).toEqual([
      'content/sources/tip-2023.json › entry "tip-2023" › field "kind": Invalid option: expected one of "report-chapter"|"news-story"|"ministry-statement"|"journal-article"',
      'content/metrics/investigations.json › entry "investigations" › field "name": Invalid input: expected object, received null',
      'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "quotes.ru": quote does not occur verbatim in tip-2023 (ru) segment "protection-1": «расследования по 26 делам»',
      'content/recommendations/tip-2023.json › entry "tip-2023-r1" › field "themes.0": no theme "statistics" in content/themes/',
    ]);
  });

  it('normalises decomposed Unicode (NFD) to NFC when reading, so quotes still match', async () => {
    const dir = breakFixture({ edits: [{ file: 'texts/tip-2023/kk.md', edit: (t) => t.normalize('NFD') }] }, 997);
    const original = readFileSync(path.join(fixture, 'content/texts/tip-2023/kk.md'), 'utf8');
    expect(readFileSync(path.join(dir, 'content/texts/tip-2023/kk.md'), 'utf8')).not.toEqual(original);
    const { corpus, problems } = await loadCorpus(dir);
    expect(problems).toEqual([]);
    const kk = corpus.texts.find((t) => t.id === 'tip-2023/kk')!;
    expect(kk.segments.find((s) => s.id === 'recommendation-1')!.text).toBe(
      'Деректерді жинаудың орталықтандырылған жүйесін құру.',
    );
  });

  it('keeps every valid entry when one entry is broken', async () => {
    const { corpus } = await loadCorpus(breakFixture(cases[1]!, 999));
    expect(corpus.sources).toEqual([]);
    expect(corpus.texts.map((t) => t.id).sort()).toEqual(['tip-2023/kk', 'tip-2023/ru']);
    expect(corpus.figures.map((f) => f.id)).toEqual(['tip-2023-investigations-2022', 'tip-2023-investigations-2021']);
  });
});
