/**
 * The recommendation tracker: the status rule (derived, never typed), the filters and the export of a
 * selection, on hand-made cases and on the real corpus.
 */
import { describe, expect, it } from 'vitest';
import { loadValidCorpus } from '../../src/corpus/load';
import { recommendationRecords } from '../../src/derive/exports';
import { recommendationsCsvOf } from '../../src/derive/rec-csv';
import { filtersQuery, matches, matchesQuery, readFilters, type FilterItem } from '../../src/derive/rec-filters';
import { repeatLinks, similarRecommendations, statusOf } from '../../src/derive/recommendations';
import { deriveStatus, statusHistory, verdict, type Evidence } from '../../src/derive/status';

const root = new URL('../..', import.meta.url).pathname;
const ev = (relation: Evidence['relation'], source: string, date: string): Evidence => ({ relation, source, date });

describe('status rule', () => {
  it('gives each combination of relations its verdict', () => {
    expect(verdict(new Set(['reports-action']))).toBe('action-reported');
    expect(verdict(new Set(['reports-action', 'repeats']))).toBe('action-still-called-for');
    expect(verdict(new Set(['reports-action', 'contradicts']))).toBe('conflicting');
    expect(verdict(new Set(['reports-action', 'repeats', 'contradicts']))).toBe('conflicting');
    expect(verdict(new Set(['contradicts']))).toBe('contradicted');
    expect(verdict(new Set(['contradicts', 'repeats']))).toBe('contradicted');
    expect(verdict(new Set(['repeats']))).toBe('called-for-again');
    expect(verdict(new Set())).toBe('no-evidence');
  });

  it('takes the most recent source with evidence and keeps the earlier ones as history', () => {
    const evidence = [
      ev('reports-action', 'journal', '2026'),
      ev('contradicts', 'tip', '2023-06'),
      ev('repeats', 'journal', '2026'),
    ];
    expect(statusHistory(evidence)).toEqual([
      { status: 'contradicted', date: '2023-06', sources: ['tip'], relations: ['contradicts'] },
      { status: 'action-still-called-for', date: '2026', sources: ['journal'], relations: ['reports-action', 'repeats'] },
    ]);
    expect(deriveStatus(evidence, [{ source: 'tip', date: '2023-06' }]).status).toBe('action-still-called-for');
  });

  it('says "no later evidence", dated by the sources checked, or undated when none is later', () => {
    expect(
      deriveStatus(
        [],
        [
          { source: 'journal', date: '2026' },
          { source: 'tip', date: '2023-06' },
        ],
      ),
    ).toEqual({
      status: 'no-evidence',
      date: '2026',
      sources: ['tip', 'journal'],
      relations: [],
    });
    expect(deriveStatus([], [])).toEqual({ status: 'no-evidence', date: null, sources: [], relations: [] });
  });

  it('never says "implemented"', async () => {
    const corpus = await loadValidCorpus(root);
    for (const rec of corpus.recommendations) expect(statusOf(corpus, rec).current.status).not.toMatch(/implement/);
  });

  it('derives the statuses of the real corpus from their evidence', async () => {
    const corpus = await loadValidCorpus(root);
    const status = (id: string) =>
      statusOf(
        corpus,
        corpus.recommendations.find((r) => r.id === id)!,
      ).current;
    expect(status('mvd-2022-c1')).toMatchObject({ status: 'conflicting', sources: ['tip-2023'] });
    expect(status('tip-2023-r4')).toMatchObject({ status: 'action-still-called-for', date: '2026', sources: ['journal-2026'] });
    expect(status('tip-2023-r2')).toMatchObject({ status: 'no-evidence', sources: ['journal-2026'] });
    expect(status('journal-2026-r1')).toMatchObject({ status: 'no-evidence', date: null, sources: [] });
    expect(
      statusOf(
        corpus,
        corpus.recommendations.find((r) => r.id === 'mvd-2022-c3')!,
      ).history.map((h) => h.sources[0]),
    ).toEqual(['tip-2023', 'journal-2026']);
  });
});

describe('tracker filters', () => {
  const item: FilterItem = {
    facets: { theme: ['training', 'prosecution'], group: [], source: ['tip-2023'], year: ['2023'], status: ['no-evidence'] },
    text: 'Обучать сотрудников правоохранительных органов · Құқық қорғау органдарының қызметкерлерін',
  };

  it('round-trip through the address, dropping empty values', () => {
    const filters = { theme: 'training', group: 'victims', q: 'инспектор труда' };
    expect(readFilters(filtersQuery(filters))).toEqual(filters);
    expect(readFilters('?theme=&q=%20%20&status=no-evidence')).toEqual({ status: 'no-evidence' });
    expect(filtersQuery({})).toBe('');
  });

  it('match an item with several themes on any of them, and need every chosen facet', () => {
    expect(matches(item, {})).toBe(true);
    expect(matches(item, { theme: 'prosecution' })).toBe(true);
    expect(matches(item, { theme: 'training', source: 'tip-2023', year: '2023' })).toBe(true);
    expect(matches(item, { theme: 'training', source: 'journal-2026' })).toBe(false);
    expect(matches(item, { group: 'victims' })).toBe(false);
  });

  it('search every word, in any case, with Kazakh typed on a Russian keyboard', () => {
    expect(matchesQuery(item.text, 'ОБУЧАТЬ органов')).toBe(true);
    expect(matchesQuery(item.text, 'кукык коргау')).toBe(true);
    expect(matchesQuery(item.text, 'обучать судей')).toBe(false);
    expect(matches(item, { theme: 'training', q: 'сотрудников' })).toBe(true);
  });

  it('find every training recommendation with the training theme', async () => {
    const corpus = await loadValidCorpus(root);
    const training = corpus.recommendations.filter((r) =>
      matches({ facets: { theme: r.themes }, text: '' }, { theme: 'training' }),
    );
    expect(training.map((r) => r.id)).toEqual(
      expect.arrayContaining(['tip-2023-r5', 'tip-2023-r6', 'tip-2023-r8', 'journal-2026-r7']),
    );
  });
});

describe('repeats and similar recommendations', async () => {
  const corpus = await loadValidCorpus(root);
  it('link a recommendation to the later one that repeats it', () => {
    expect(repeatLinks(corpus)).toContainEqual({ from: 'tip-2023-r3', to: 'journal-2026-r6' });
    expect(repeatLinks(corpus)).toContainEqual({ from: 'tip-2023-r5', to: 'journal-2026-r7' });
  });
  it('list repeats first, both ways, and only items from other sources', () => {
    const rec = corpus.recommendations.find((r) => r.id === 'journal-2026-r7')!;
    const similar = similarRecommendations(corpus, rec);
    expect(similar[0]).toMatchObject({ rec: { id: 'tip-2023-r5' }, repeats: true });
    expect(similar.every((s) => s.rec.source !== rec.source)).toBe(true);
  });
});

describe('export of a selection', async () => {
  const corpus = await loadValidCorpus(root);
  const records = recommendationRecords(corpus, new URL('https://example.org'));
  it('gives CSV rows for exactly the records chosen, with the new fields', () => {
    const chosen = records.filter((r) => r.themes.includes('training'));
    const csv = recommendationsCsvOf(chosen);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toContain('themes,groups,by,addressee,responsible,action,status,status_date,status_sources');
    expect(lines.filter((l) => /^(tip|journal|mvd)-/.test(l)).map((l) => l.split(',')[0])).toEqual(chosen.map((r) => r.id));
    expect(csv).toContain('labour-inspection+training+victim-identification');
  });
});
