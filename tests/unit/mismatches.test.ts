import { describe, expect, it } from 'vitest';
import { findMismatches } from '../../src/derive/mismatches';
import type { TextEntry } from '../../src/schemas/text';

const segment = (id: string, text: string) => ({
  id,
  kind: 'paragraph' as const,
  section: 'front',
  text,
  html: text,
  sentences: [{ text, html: text }],
  line: 1,
});
const text = (lang: 'kk' | 'ru' | 'en', segments: Array<[string, string]>, source = 'tip-2023'): TextEntry => ({
  source: source as TextEntry['source'],
  lang,
  absent: [],
  segments: segments.map(([id, t]) => segment(id, t)),
});

describe('findMismatches', () => {
  it('reports nothing when every version states the same numbers', () => {
    expect(
      findMismatches([
        text('ru', [['p-1', 'Полиция начала расследования по 26 случаям (по сравнению с 20 в 2021 году).']]),
        text('kk', [['p-1', 'Полиция 2021 жылғы 20 жағдаймен салыстырғанда 26 тергеу бастады.']]),
      ]),
    ).toEqual([]);
  });

  it('reports a number one version drops and one it changes', () => {
    expect(
      findMismatches([
        text('ru', [['p-1', 'выявило 24 жертвы, из них 5 детей']]),
        text('kk', [['p-1', '42 құрбанды анықтады, оның 5-і бала']]),
      ]),
    ).toEqual([
      { source: 'tip-2023', segment: 'p-1', value: 24, presentIn: ['ru'], missingIn: ['kk'] },
      { source: 'tip-2023', segment: 'p-1', value: 42, presentIn: ['kk'], missingIn: ['ru'] },
    ]);
  });

  it('accepts a number written as a word in another version', () => {
    expect(
      findMismatches([text('en', [['p-1', 'Eleven individuals were detained']]), text('ru', [['p-1', 'Задержаны 11 человек']])]),
    ).toEqual([]);
  });

  it('compares only segments two versions share, and only within a source', () => {
    expect(
      findMismatches([
        text('ru', [
          ['p-1', '26'],
          ['p-2', '300'],
        ]),
        text('kk', [['p-1', '26']]),
        text('en', [['p-9', '7']], 'mvd-2022'),
      ]),
    ).toEqual([]);
  });

  it('compares segments that exist only in a later language version', () => {
    expect(
      findMismatches([
        text('en', [['p-1', '26']]),
        text('ru', [
          ['p-1', '26'],
          ['p-2', 'задержаны 12 человек'],
        ]),
        text('kk', [
          ['p-1', '26'],
          ['p-2', '21 адам ұсталды'],
        ]),
      ]),
    ).toEqual([
      { source: 'tip-2023', segment: 'p-2', value: 12, presentIn: ['ru'], missingIn: ['kk'] },
      { source: 'tip-2023', segment: 'p-2', value: 21, presentIn: ['kk'], missingIn: ['ru'] },
    ]);
  });
});
