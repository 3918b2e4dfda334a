/**
 * Share previews: every recommendation and source page names an og:image that the site serves as a
 * 1200×630 PNG, with its size, alternative text and the large-image Twitter card.
 */
import { expect, test } from '@playwright/test';
import { locales } from '../../src/i18n/locales';
import { paths } from '../../src/derive/urls';
import { corpus } from './corpus';

const meta = (html: string, key: string) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];

for (const locale of locales) {
  test(`/${locale}/: recommendation and source pages carry a 1200×630 PNG og:image`, async ({ request }) => {
    const pages = [
      ...corpus.recommendations.map((rec) => paths.recommendation(locale, rec.id)),
      ...corpus.sources.map((source) => paths.source(locale, source.id)),
    ];
    const images = new Set<string>();
    for (const page of pages) {
      const html = await (await request.get(page)).text();
      const image = meta(html, 'og:image');
      expect(image, page).toBeTruthy();
      expect(meta(html, 'og:image:width'), page).toBe('1200');
      expect(meta(html, 'og:image:height'), page).toBe('630');
      expect(meta(html, 'og:image:alt'), page).toBeTruthy();
      expect(meta(html, 'twitter:card'), page).toBe('summary_large_image');
      expect(meta(html, 'twitter:image'), page).toBe(image);
      const { pathname } = new URL(image!);
      expect(pathname.startsWith(`/${locale}/og/`), page).toBe(true);
      images.add(pathname);
      const response = await request.get(pathname);
      expect(response.status(), pathname).toBe(200);
      expect(response.headers()['content-type'], pathname).toContain('image/png');
      const png = await response.body();
      expect([...png.subarray(0, 8)], pathname).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], pathname).toEqual([1200, 630]);
    }
    // One card per page: no two pages share one.
    expect(images.size).toBe(pages.length);
  });
}
