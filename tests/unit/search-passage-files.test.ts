/**
 * Passage files: what a hit shows, one file per source and language beside Pagefind's index, found
 * through the manifest by Pagefind id (src/search/passage-files.ts, write-index.ts).
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sentenceText } from '../../src/search/excerpt';
import { fileKey, keyIn, keyLanguage, passageFiles, type PassageFile } from '../../src/search/passage-files';
import type { Passage, SearchRecord } from '../../src/search/records';
import { fragmentIds } from '../../src/search/write-index';
import type { Locale } from '../../src/i18n/locales';

const record = (url: string, lang: Locale, passage: Partial<Passage> = {}): SearchRecord => ({
  url,
  content: '',
  language: 'und',
  filters: {},
  lang,
  passage: { unit: url.slice(3), kind: 'segment', source: 'tip-2023', text: url, sentences: [], langs: [], ...passage },
});
const name = (key: string, json: string) => `${key}.${json.length}.json`;

describe('fileKey', () => {
  it('puts a source passage in its source and language, figures and recommendations in their language', () => {
    expect(fileKey('ru', { kind: 'segment', source: 'tip-2023' })).toBe('ru-tip-2023');
    expect(fileKey('kk', { kind: 'figure', source: 'tip-2023' })).toBe('kk-derived');
    expect(fileKey('en', { kind: 'recommendation', source: 'mvd-2022' })).toBe('en-derived');
  });
  it('gives the language of a key, and the same file in another language', () => {
    expect(keyLanguage('ru-tip-2023')).toBe('ru');
    expect(keyIn('ru-tip-2023', 'kk')).toBe('kk-tip-2023');
    expect(keyIn('kk-derived', 'en')).toBe('en-derived');
  });
});

describe('passageFiles', () => {
  const records = [
    record('/ru/sources/tip-2023/#a', 'ru'),
    record('/kk/sources/tip-2023/#a', 'kk'),
    record('/ru/sources/tip-2023/#b', 'ru'),
    record('/ru/findings/metrics/m/#f', 'ru', { kind: 'figure' }),
  ];
  const ids = new Map(records.map((r, i) => [r.url, `und_${i}`]));

  it('groups passages by file, in order, and lists each Pagefind id at its passage', () => {
    const { manifest, files, problems } = passageFiles(records, ids, name);
    expect(problems).toEqual([]);
    expect(Object.keys(manifest.files)).toEqual(['kk-tip-2023', 'ru-derived', 'ru-tip-2023']);
    const ru = manifest.files['ru-tip-2023']!;
    expect(ru.ids).toEqual(['und_0', 'und_2']);
    const file = JSON.parse(files.get(ru.name)!) as PassageFile;
    expect(file.lang).toBe('ru');
    expect(file.passages.map((p) => p.unit)).toEqual(['/sources/tip-2023/#a', '/sources/tip-2023/#b']);
    expect(manifest.files['ru-derived']!.ids).toEqual(['und_3']);
  });

  it('names each file by the function given its key and content', () => {
    const { manifest, files } = passageFiles(records, ids, name);
    for (const [key, { name: file }] of Object.entries(manifest.files)) {
      expect(file.startsWith(`${key}.`)).toBe(true);
      expect(file).toBe(name(key, files.get(file)!));
    }
  });

  it('lists every record Pagefind wrote no fragment for, and keeps the others', () => {
    const partial = new Map([...ids].filter(([url]) => !url.includes('#b') && !url.includes('#f')));
    const { manifest, problems } = passageFiles(records, partial, name);
    expect(problems).toEqual([
      'search index: no Pagefind fragment for the record /ru/sources/tip-2023/#b',
      'search index: no Pagefind fragment for the record /ru/findings/metrics/m/#f',
    ]);
    expect(manifest.files['ru-tip-2023']!.ids).toEqual(['und_0']);
  });
});

describe('fragmentIds', () => {
  const fragment = (json: unknown) => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(json)}`));

  it("reads each fragment's URL, and names the ones it cannot read", () => {
    const { ids, problems } = fragmentIds([
      { path: 'fragment/und_1a2b3c.pf_fragment', content: fragment({ url: '/ru/sources/tip-2023/#a', content: 'x' }) },
      { path: 'fragment/und_4d5e6f.pf_fragment', content: Buffer.from('not gzip') },
      { path: 'fragment/und_777777.pf_fragment', content: fragment({ content: 'no url' }) },
      { path: 'index/und_8.pf_index', content: Buffer.from('ignored') },
    ]);
    expect([...ids]).toEqual([['/ru/sources/tip-2023/#a', 'und_1a2b3c']]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('fragment/und_4d5e6f.pf_fragment');
    expect(problems[1]).toContain('fragment/und_777777.pf_fragment');
  });
});

describe('sentenceText', () => {
  const text = 'One two. Three four five. Six.';
  const sentences = [
    { at: 0, id: 'p-s1' },
    { at: 2, id: 'p-s2' },
    { at: 5, id: 'p-s3' },
  ];
  it('gives the words of an aligned sentence, as written', () => {
    expect(sentenceText(text, sentences, 'p-s2')).toBe('Three four five.');
    expect(sentenceText(text, sentences, 'p-s3')).toBe('Six.');
  });
  it('joins the sentences of one unit (two sentences aligned with one), and knows no other id', () => {
    const joined = [sentences[0]!, { at: 2, id: 'p-s2' }, { at: 5, id: 'p-s2' }];
    expect(sentenceText(text, joined, 'p-s2')).toBe('Three four five. Six.');
    expect(sentenceText(text, sentences, 'p-s9')).toBeNull();
  });
});
