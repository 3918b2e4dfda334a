import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveOverride } from '../../src/align/overrides';
import { sentenceUnits } from '../../src/align/units';
import { loadCorpus } from '../../src/corpus/load';
import { heldLanguages, overridesOf, rowsOf, textsOf } from '../../src/derive/reader';

describe('sentenceUnits', () => {
  it('joins the beads of each language with the pivot into one unit', () => {
    const units = sentenceUnits('p-1', [
      {
        lang: 'ru',
        sentences: [
          'Полиция начала 26 расследований в 2022 году.',
          'Суды рассмотрели 6 дел и вынесли по ним 6 обвинительных приговоров.',
        ],
      },
      {
        lang: 'kk',
        sentences: ['Полиция 2022 жылы 26 тергеу бастады.', 'Соттар 6 істі қарап, олар бойынша 6 айыптау үкімін шығарды.'],
      },
      {
        lang: 'en',
        sentences: [
          'Police began 26 investigations in 2022.',
          'Courts heard 6 cases.',
          'They handed down 6 convictions in them.',
        ],
      },
    ]);
    expect(units.map((u) => u.id)).toEqual(['p-1-s1', 'p-1-s2']);
    expect(units[1]!.sentences).toEqual({ ru: [1], kk: [1], en: [1, 2] });
  });
});

describe('resolveOverride', () => {
  const sentences = { ru: ['Первое предложение.', 'Второе предложение.'], kk: ['Бірінші сөйлем мен екінші сөйлем.'] };
  it('turns sentence beginnings into indices', () => {
    const { units, problems } = resolveOverride(
      { segment: 'p-1', units: [{ ru: ['Первое', 'Второе'], kk: ['Бірінші'] }] },
      sentences,
    );
    expect(problems).toEqual([]);
    expect(units).toEqual([{ ru: [0, 1], kk: [0] }]);
  });
  it('fails, naming the field, when the text no longer matches or a sentence is left out', () => {
    const { problems } = resolveOverride({ segment: 'p-1', units: [{ ru: ['Первый'], kk: ['Бірінші'] }] }, sentences);
    expect(problems).toEqual([
      {
        field: ['units', 0, 'ru', 0],
        message:
          '"Первый" does not begin sentence 1 of the ru version of "p-1" («Первое предложение.…»); the text or its sentence breaks changed: update the override',
      },
      {
        field: ['units'],
        message:
          'the ru version of "p-1" has 2 sentences but the override places 1; sentence 2 («Второе предложение.…») is in no unit',
      },
    ]);
  });
});

describe('the corpus in sentence units', async () => {
  const { corpus, problems } = await loadCorpus(process.cwd());
  it('loads', () => expect(problems).toEqual([]));
  for (const source of corpus.sources) {
    const rows = rowsOf(textsOf(corpus, source.id), heldLanguages(source), overridesOf(corpus, source.id));
    it(`${source.id}: every sentence of every version is in exactly one unit, ids unique`, () => {
      const ids = new Set<string>();
      for (const row of rows) {
        for (const unit of row.units) {
          expect(ids.has(unit.id), unit.id).toBe(false);
          ids.add(unit.id);
        }
        for (const [lang, segment] of Object.entries(row.cells)) {
          const placed = row.units.flatMap((u) => u.sentences[lang as 'kk' | 'ru' | 'en'] ?? []).sort((a, b) => a - b);
          expect(placed, `${row.id} ${lang}`).toEqual(segment!.sentences.map((_, i) => i));
        }
      }
    });
    it(`${source.id}: rows in more than one language hold at most 20 units (the :target rules in global.css)`, () => {
      const css = readFileSync('src/styles/global.css', 'utf8');
      for (const row of rows.filter((r) => Object.keys(r.cells).length > 1)) {
        expect(row.units.length, row.id).toBeLessThanOrEqual(20);
        expect(css).toContain(`[data-sentence$='-s${row.units.length}']`);
      }
    });
  }
});
