/**
 * Recommendation ids are permalinks: they come from the data, never from positions, so re-ordering
 * the files (or the entries in them) changes no id, number or page.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load';
import { recommendationRecords } from '../../src/derive/exports';
import { recommendationById } from '../../src/derive/recommendations';

const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(path.join(tmpdir(), 'rec-order-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const site = new URL('https://example.org');

describe('recommendation ids', async () => {
  const original = await loadCorpus(root);
  cpSync(path.join(root, 'content'), path.join(work, 'content'), { recursive: true });
  const dir = path.join(work, 'content', 'recommendations');
  for (const name of readdirSync(dir)) {
    const entries = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as unknown[];
    writeFileSync(path.join(dir, name), JSON.stringify(entries.reverse()));
  }
  const reordered = await loadCorpus(work);

  it('has recommendations to test', () => {
    expect(original.corpus.recommendations.length).toBeGreaterThan(0);
  });

  it('are unchanged when the entries are re-ordered', () => {
    expect(reordered.problems).toEqual([]);
    const key = (c: typeof original.corpus) =>
      c.recommendations.map((r) => `${r.id}|${r.number}|${r.segment}|${r.text.ru ?? r.text.en}`).sort();
    expect(key(reordered.corpus)).toEqual(key(original.corpus));
    expect(recommendationRecords(reordered.corpus, site)).toEqual(recommendationRecords(original.corpus, site));
    for (const rec of original.corpus.recommendations)
      expect(recommendationById(reordered.corpus, rec.id)?.text).toEqual(rec.text);
  });

  it('start with their source id, so a permalink names where it comes from', () => {
    for (const rec of original.corpus.recommendations) expect(rec.id.startsWith(`${rec.source}-`), rec.id).toBe(true);
  });
});
