import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

/** Open Graph cards: the size every major preview uses (Facebook, Telegram, X "summary_large_image"). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardText {
  /** Small line above the title: what the thing is (kind of source, or recommendation number). */
  eyebrow: string;
  /** The main text: a source's name or a recommendation's own words (already cut to length). */
  title: string;
  /** Our description under the title (source cards), already cut to length. */
  summary?: string;
  /** The line at the foot: the source (for a recommendation) or its publisher (for a source); may be empty. */
  source: string;
  /** Year of publication. */
  year: string;
  /** Label for the language versions, e.g. "Languages", and the held versions' names. */
  languagesLabel: string;
  languages: readonly string[];
  site: string;
}

const require = createRequire(import.meta.url);
type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Promise<Font[]> | undefined;
const subsets = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;

/**
 * Noto Sans from @fontsource (woff: satori cannot read woff2). Latin + Cyrillic-ext covers Kazakh
 * (ә ғ қ ң ө ұ ү һ і); plain Cyrillic and Latin-ext fill the rest. Loaded once per build.
 */
function loadFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    subsets.flatMap((subset) =>
      ([400, 700] as const).map(async (weight) => ({
        // One family name per subset: satori picks one font per family and falls back across families.
        name: `Noto Sans ${subset}`,
        weight,
        style: 'normal' as const,
        data: await readFile(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)),
      })),
    ),
  );
  return fonts;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** Renders one card to PNG bytes. */
export async function renderCard(card: CardText): Promise<Uint8Array> {
  const long = card.title.length > (card.summary ? 60 : 110);
  const tree = el(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '48px 72px 44px',
      background: '#fbfaf7',
      color: '#1a1a1a',
      fontFamily: subsets.map((subset) => `Noto Sans ${subset}`).join(', '),
      boxSizing: 'border-box',
      borderTop: '16px solid #1d4e89',
    },
    [
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { fontSize: 30, color: '#555', marginBottom: 24 }, card.eyebrow),
        el('div', { fontSize: long ? 44 : 56, fontWeight: 700, lineHeight: 1.2, display: 'block', lineClamp: 5 }, card.title),
        ...(card.summary
          ? [
              el(
                'div',
                { fontSize: 28, color: '#333', marginTop: 24, lineHeight: 1.35, display: 'block', lineClamp: 2 },
                card.summary,
              ),
            ]
          : []),
      ]),
      el('div', { display: 'flex', flexDirection: 'column', fontSize: 30 }, [
        el(
          'div',
          { display: 'flex', color: '#1a1a1a' },
          !card.source ? card.year : card.source.includes(card.year) ? card.source : `${card.source} · ${card.year}`,
        ),
        el('div', { display: 'flex', color: '#555', marginTop: 12 }, `${card.languagesLabel}: ${card.languages.join(' · ')}`),
        el('div', { display: 'flex', color: '#1d4e89', marginTop: 20, fontSize: 26 }, card.site),
      ]),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await loadFonts(),
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
}
