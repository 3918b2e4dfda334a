/**
 * What readers notice first: the search-hit highlight, the language of every page (plurals, dates,
 * 404), behaviour without JavaScript, print, sharing and discoverability — in all three locales.
 */
import { expect, test, type Locator } from '@playwright/test';
import { locales } from '../../src/i18n/locales';
import { corpus } from './corpus';

/** WCAG relative luminance of a computed `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map(Number)
    .map((c) => c / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
const colours = (locator: Locator) =>
  locator.evaluate((e) => ({ bg: getComputedStyle(e).backgroundColor, fg: getComputedStyle(e).color }));

const figure = corpus.figures.find((f) => f.source === 'tip-2023')!;

for (const locale of locales) {
  test.describe(`search-hit highlight (${locale})`, () => {
    test('marked words stand out against the highlighted row and the page, at AA contrast', async ({ page }) => {
      await page.goto(`/${locale}/sources/tip-2023/?highlight=${encodeURIComponent('выявило')}#protection-1`);
      const row = page.locator('#protection-1');
      const mark = row.locator('.cell[lang="ru"] mark').first();
      await expect(mark).toBeVisible();
      const { bg: markBg, fg: markFg } = await colours(mark);
      const { bg: rowBg } = await colours(row);
      const pageBg = await page.locator('body').evaluate((e) => getComputedStyle(e.parentElement!).backgroundColor);
      expect(rowBg).not.toBe('rgba(0, 0, 0, 0)');
      expect(contrast(markBg, rowBg)).toBeGreaterThanOrEqual(3);
      expect(contrast(markBg, pageBg)).toBeGreaterThanOrEqual(3);
      expect(contrast(markFg, markBg)).toBeGreaterThanOrEqual(4.5);
    });

    test('a figure row targeted by a hit is highlighted too', async ({ page }) => {
      await page.goto(`/${locale}/findings/metrics/${figure.metric}/#${figure.id}`);
      const row = page.locator(`tr#${figure.id}`);
      await expect(row).toBeVisible();
      const { bg } = await colours(row);
      expect(bg).not.toBe('rgba(0, 0, 0, 0)');
      const pageBg = await page.locator('html').evaluate((e) => getComputedStyle(e).backgroundColor);
      expect(bg).not.toBe(pageBg);
    });
  });
}
