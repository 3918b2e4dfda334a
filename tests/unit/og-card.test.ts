import { describe, expect, it } from 'vitest';
import { loadValidCorpus } from '../../src/corpus/load';
import { locales } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n';
import { CARD_HEIGHT, CARD_WIDTH, renderCard, type CardText } from '../../src/og/card';
import { recommendationCard, sourceCard } from '../../src/og/cards';
import { preferredQuote } from '../../src/derive/findings';

const corpus = await loadValidCorpus(new URL('../..', import.meta.url).pathname);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const base: CardText = {
  eyebrow: 'x',
  title: 'x',
  source: 'x',
  year: '2023',
  languagesLabel: 'x',
  languages: ['x'],
  site: 'x',
};

describe('share cards', () => {
  it('renders a 1200×630 PNG', async () => {
    const png = await renderCard({ ...base, title: 'Құрбандарды анықтау' });
    expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
  });

  it('draws every Kazakh letter (a missing glyph would draw the same box for all of them)', async () => {
    const letters = [...'әғқңөұүһіӘҒҚҢӨҰҮҺІ'];
    const images = await Promise.all(letters.map((l) => renderCard({ ...base, title: l.repeat(3) })));
    const distinct = new Set(images.map((png) => Buffer.from(png).toString('base64')));
    expect(distinct.size).toBe(letters.length);
  });

  it('a recommendation card quotes its own words and lists the versions held', () => {
    for (const locale of locales) {
      const t = useTranslations(locale);
      for (const rec of corpus.recommendations) {
        const card = recommendationCard(corpus, rec, locale);
        const own = preferredQuote(rec.text, locale).text.replace(/\s+/g, ' ').trim();
        // Verbatim, only shortened at a word (the ellipsis marks the cut).
        expect(own.startsWith(card.title.replace(/…$/, '').trimEnd())).toBe(true);
        expect(card.languages).toEqual(locales.filter((l) => rec.text[l]).map((l) => t(`lang.${l}`)));
        const source = corpus.sources.find((s) => s.id === rec.source)!;
        expect(card.source).toBe(source.label[locale]);
        expect(card.year).toBe(source.published.slice(0, 4));
      }
    }
  });

  it('a source card names the source in the page language and lists the versions held', () => {
    for (const locale of locales) {
      for (const source of corpus.sources) {
        const card = sourceCard(source, locale);
        expect(card.title).toBe(source.title[locale] ?? source.label[locale]);
        expect(card.languages).toHaveLength(Object.keys(source.versions).length);
        expect(card.year).toBe(source.published.slice(0, 4));
      }
    }
  });
});
