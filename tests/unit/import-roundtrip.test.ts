/**
 * Round trip on the real documents: the importer, given the raw 2023 chapter (kk + ru) and the raw journal
 * article (one file, ru + kk + en), must propose the segmentation and alignment of the hand-made files in
 * content/texts, and its output must pass the same fidelity check as the hand-made files.
 *
 * The measure, per source, over every segment of every language version (headings, paragraphs, list items,
 * footnotes), both ways:
 * - a hand-made segment is matched when the importer has a segment in the same language with the same text
 *   (whitespace aside) — the segmentation — and that segment's id pairs it with exactly the same
 *   counterparts: in every other language the hand-made id is present, the importer's id holds the same
 *   text, and where it is absent, the importer's id is absent too — the alignment;
 * - recall = matched hand-made segments / all hand-made segments; precision = importer segments that are
 *   the match of a hand-made one / all importer segments (so extra or broken-up segments count against it).
 * Ids themselves are not compared: the hand-made ones were chosen by an editor (`summary`, `journal`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText, splitFrontmatter } from '../../src/corpus/segments';
import type { Locale } from '../../src/i18n/locales';
import { importSource, type ImportInput } from '../../src/import';
import { conversions, difference, words } from './helpers/fidelity';

const root = new URL('../..', import.meta.url).pathname;
const originals = [`${root}content/originals`, `${root}../shared/seeds`].find((dir) => existsSync(dir));

const cases: Array<{ source: string; files: Array<{ file: string; langs: Locale[] }> }> = [
  {
    source: 'tip-2023',
    files: [
      { file: 'tip-2023.kk.txt', langs: ['kk'] },
      { file: 'tip-2023.ru.txt', langs: ['ru'] },
    ],
  },
  { source: 'journal-2026', files: [{ file: 'journal-2026.ru-kk-en.txt', langs: ['ru', 'kk', 'en'] }] },
  // Not asked for, and passing too. (The English news story, mvd-2022, is not here: its byline and
  // standfirst share lines with breaks the importer keeps, so it scores 81 % recall, 93 % precision.)
  { source: 'tip-2020', files: [{ file: 'tip-2020-news.kk.txt', langs: ['kk'] }] },
];

type Segments = Map<Locale, Array<{ id: string; text: string }>>;

function segmentsOf(texts: Partial<Record<Locale, string>>): Segments {
  const out: Segments = new Map();
  for (const [lang, markdown] of Object.entries(texts) as Array<[Locale, string]>) {
    const parsed = parseText(markdown);
    expect(parsed.problems, `${lang}: the draft parses`).toEqual([]);
    out.set(
      lang,
      parsed.segments.map((s) => ({ id: s.id, text: s.text.replace(/\s+/g, ' ').trim() })),
    );
  }
  return out;
}

/** Matched segments (see the header): each hand-made segment with the importer's id it matches, or null. */
function compare(manual: Segments, imported: Segments) {
  const textOf = (segments: Segments, lang: Locale, id: string) => segments.get(lang)?.find((s) => s.id === id)?.text;
  const langs = [...manual.keys()];
  const results: Array<{ lang: Locale; id: string; match: string | null }> = [];
  for (const lang of langs)
    for (const segment of manual.get(lang)!) {
      const candidate = imported.get(lang)?.find((s) => s.text === segment.text);
      const aligned =
        candidate && langs.every((other) => textOf(manual, other, segment.id) === textOf(imported, other, candidate.id));
      results.push({ lang, id: segment.id, match: aligned ? candidate.id : null });
    }
  const importedCount = [...imported.values()].reduce((n, list) => n + list.length, 0);
  const matched = results.filter((r) => r.match).length;
  return { results, recall: matched / results.length, precision: matched / importedCount };
}

// Generous time: the aligner runs over whole documents, on a machine that may be busy with other tests.
describe.skipIf(!originals)('importer round trip on the real documents', { timeout: 60_000 }, () => {
  for (const { source, files } of cases) {
    describe(source, () => {
      const run = () =>
        importSource(
          source,
          files.map(({ file, langs }): ImportInput => ({ name: file, langs, raw: readFileSync(`${originals}/${file}`, 'utf8') })),
        );
      const manual = () => {
        const texts: Partial<Record<Locale, string>> = {};
        for (const lang of ['kk', 'ru', 'en'] as const) {
          const file = `${root}content/texts/${source}/${lang}.md`;
          if (existsSync(file)) texts[lang] = readFileSync(file, 'utf8');
        }
        return texts;
      };

      it('segments and aligns ≥ 95 % of paragraphs as the hand-made files do (both ways)', () => {
        const { results, recall, precision } = compare(segmentsOf(manual()), segmentsOf(run().texts));
        const missed = results.filter((r) => !r.match).map((r) => `${r.lang}:${r.id}`);
        console.log(
          `${source}: recall ${(recall * 100).toFixed(1)} %, precision ${(precision * 100).toFixed(1)} %; missed ${missed.join(' ') || 'none'}`,
        );
        expect(recall).toBeGreaterThanOrEqual(0.95);
        expect(precision).toBeGreaterThanOrEqual(0.95);
      });

      it('passes the fidelity check: drops exactly the listed chrome, adds only rejoined words', () => {
        const result = run();
        for (const { file } of files) {
          const conversion = conversions.find((c) => c.seed === file)!;
          const langs = conversion.texts.map((t) => t.split('/')[1] as Locale);
          const seedWords = words(readFileSync(`${originals}/${file}`, 'utf8'));
          const importedWords = langs.flatMap((lang) => words(splitFrontmatter(result.texts[lang]!).body));
          const rejoined = conversion.rejoined ?? [];
          expect(difference(seedWords, importedWords).sort(), file).toEqual([...conversion.chrome, ...rejoined.flat()].sort());
          expect(difference(importedWords, seedWords), file).toEqual(rejoined.map((parts) => parts.join('').replace('-', '')));
        }
      });
    });
  }
});
