import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load';
import { figureDictionary, jsonKey, recommendationDictionary, type DictionaryEntry } from '../../src/derive/dictionary';
import { figureCsvHeader, recommendationRecords } from '../../src/derive/exports';
import { figureRecords } from '../../src/derive/findings';
import { recommendationCsvHeader } from '../../src/derive/rec-csv';
import { locales } from '../../src/i18n/locales';

const { corpus, problems } = await loadCorpus(process.cwd());
const language = new RegExp(`_(${locales.join('|')})$`);
const isLanguage = (key: string) => (locales as readonly string[]).includes(key);

/** A CSV column as the dictionary names it: `text_kk` → `text_{lang}`. */
const column = (name: string) => name.replace(language, '_{lang}');

/** Every key path of a JSON value: `responsible[].quotes.{lang}`; an empty list or null ends a path. */
function keyPaths(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.length ? value.flatMap((v) => keyPaths(v, `${path}[]`)) : [`${path}[]`];
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => keyPaths(v, `${path && `${path}.`}${isLanguage(k) ? '{lang}' : k}`));
  return [path];
}

/** Paths the JSON download holds that no entry describes (a null or empty list is described by any entry below it). */
function undescribed(records: readonly unknown[], dictionary: readonly DictionaryEntry[]): string[] {
  const keys = dictionary.map(jsonKey).filter((k): k is string => k !== undefined);
  const described = (path: string) =>
    keys.some(
      (k) => k === path || (path.endsWith('[]') ? k.startsWith(path) : k.startsWith(`${path}.`) || k.startsWith(`${path}[]`)),
    );
  return [...new Set(records.flatMap((r) => keyPaths(r)))].filter((p) => !described(p));
}

describe('the data dictionary (/data/dictionary.json)', () => {
  it('reads the real corpus', () => {
    expect(problems).toEqual([]);
  });

  for (const [name, dictionary, header, records] of [
    ['figures', figureDictionary, figureCsvHeader, () => figureRecords(corpus)],
    ['recommendations', recommendationDictionary, recommendationCsvHeader, () => recommendationRecords(corpus)],
  ] as const) {
    it(`describes every column of ${name}.csv, and no column it does not have`, () => {
      const columns = [...new Set(header.map(column))];
      const described = dictionary.filter((e) => e.only !== 'json').map((e) => e.field);
      expect(columns.filter((c) => !described.includes(c))).toEqual([]);
      expect(described.filter((d) => !columns.includes(d))).toEqual([]);
    });
    it(`describes every key of ${name}.json`, () => {
      const list = records();
      expect(list.length).toBeGreaterThan(0);
      expect(undescribed(list, dictionary)).toEqual([]);
    });
    it(`gives every ${name} entry its meaning in every language`, () => {
      for (const entry of dictionary) for (const l of locales) expect(entry.meaning[l], `${entry.field} ${l}`).toMatch(/\S/);
    });
  }

  it('fails a downloaded field that has no entry', () => {
    const [record] = recommendationRecords(corpus);
    expect(undescribed([{ ...record, reviewer: 'x', text: { ...record!.text, kk: 'y' } }], recommendationDictionary)).toEqual([
      'reviewer',
    ]);
    expect(undescribed([{ followUps: [{ relation: 'repeats', page: 3 }] }], recommendationDictionary)).toEqual([
      'followUps[].page',
    ]);
  });
});
