/**
 * Source ids are open (any slug, no list in the schema): a new source needs only its
 * content/sources/<id>.json, and anything that names a source without one fails with a message saying so.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load';

const fixture = new URL('../fixtures/valid', import.meta.url).pathname;
const work = mkdtempSync(path.join(tmpdir(), 'sources-open-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('open source ids', () => {
  it('accepts a new source id with no schema edit', async () => {
    // The valid fixture with its source renamed everywhere (file names, front matter, ids): still valid.
    const dir = path.join(work, 'renamed');
    cpSync(fixture, dir, { recursive: true });
    for (const name of readdirSync(dir, { recursive: true }).map(String).sort().reverse()) {
      const file = path.join(dir, name);
      if (statSync(file).isFile()) writeFileSync(file, readFileSync(file, 'utf8').replaceAll('tip-2023', 'tip-2099'));
      if (path.basename(name).includes('tip-2023'))
        renameSync(file, path.join(path.dirname(file), path.basename(name).replace('tip-2023', 'tip-2099')));
    }
    const { corpus, problems } = await loadCorpus(dir);
    expect(problems).toEqual([]);
    expect(corpus.sources.map((s) => s.id)).toEqual(['tip-2099']);
  });

  it('reports texts, figures and recommendations of a source that has no content/sources file', async () => {
    const dir = path.join(work, 'missing');
    cpSync(fixture, dir, { recursive: true });
    rmSync(path.join(dir, 'content/sources/tip-2023.json'));
    const { problems } = await loadCorpus(dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        'content/texts/tip-2023/kk.md › entry "tip-2023/kk" › field "source": no source "tip-2023" in content/sources/',
        'content/figures/tip-2023.json › entry "tip-2023-investigations-2022" › field "source": no source "tip-2023" in content/sources/',
      ]),
    );
  });
});
