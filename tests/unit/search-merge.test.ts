/** Ranking and dedupe of hits into results (a pure function). */
import { describe, expect, it } from 'vitest';
import { mergeAnswers } from '../../src/search/merge';
import type { Hit } from '../../src/search/engine';

const hit = (url: string, lang: 'kk' | 'ru' | 'en', score: number, kind: Hit['kind'] = 'segment'): Hit => ({
  url,
  unit: url.replace(/^\/[a-z]{2}\//, '/'),
  kind,
  lang,
  source: 'tip-2023',
  text: 'x',
  positions: [0],
  matched: {},
  langs: [],
  score,
  terms: [],
  sentences: [],
});

describe('merging hits', () => {
  it('lists a destination once, with the languages that matched, best first', () => {
    const results = mergeAnswers([
      hit('/kk/sources/tip-2023/#protection-2', 'kk', 2),
      hit('/ru/sources/tip-2023/#protection-2', 'ru', 5),
      hit('/ru/sources/tip-2023/#protection-3', 'ru', 3),
    ]);
    expect(results.map((r) => [r.unit, r.langs])).toEqual([
      ['/sources/tip-2023/#protection-2', ['ru', 'kk']],
      ['/sources/tip-2023/#protection-3', ['ru']],
    ]);
    expect(results[0]!.score).toBe(5);
  });
  it('ranks passages of every source and language by their own score, with no cap per source', () => {
    const many = Array.from({ length: 12 }, (_, i) => hit(`/ru/sources/tip-2023/#p-${i}`, 'ru', i));
    const results = mergeAnswers([...many, hit('/en/sources/mvd-2022/#a', 'en', 6.5)]);
    expect(results).toHaveLength(13);
    expect(results.slice(0, 6).map((r) => r.unit)).toEqual([
      '/sources/tip-2023/#p-11',
      '/sources/tip-2023/#p-10',
      '/sources/tip-2023/#p-9',
      '/sources/tip-2023/#p-8',
      '/sources/tip-2023/#p-7',
      '/sources/mvd-2022/#a',
    ]);
  });
  it('keeps the best hit of a language found twice, and puts a source passage before a figure of equal score', () => {
    const results = mergeAnswers([
      hit('/ru/findings/metrics/x/#f', 'ru', 4, 'figure'),
      hit('/ru/sources/tip-2023/#a', 'ru', 4),
      hit('/ru/sources/tip-2023/#a', 'ru', 1),
    ]);
    expect(results.map((r) => r.kind)).toEqual(['segment', 'figure']);
    expect(results[0]!.hits.ru!.score).toBe(4);
  });
});
