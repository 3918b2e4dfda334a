/** Layout of the findings matrix and the charts at phone and desktop width, in every locale. */
import { expect, test, type Page } from '@playwright/test';
import { buildMatrix } from '../../src/derive/findings';
import { dictionaries } from '../../src/i18n';
import { locales } from '../../src/i18n/locales';
import { corpus } from './corpus';

const matrix = buildMatrix(corpus);
const phone = { width: 390, height: 844 };
const desktop = { width: 1366, height: 900 };

/** Words in `selector` that the browser split over two lines (a break after a hyphen is a normal break). */
async function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluate((root) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/[^\s\-‐–—/]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        if (new Set(rects.map((r) => Math.round(r.top))).size > 1) broken.push(match[0]);
      }
    }
    return broken;
  });
}

const pageOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const locale of locales) {
  const t = dictionaries[locale];

  test.describe(`findings layout (${locale})`, () => {
    test('phones: one card per metric, no sideways scrolling, no word cut', async ({ page }) => {
      await page.setViewportSize(phone);
      await page.goto(`/${locale}/findings/`);
      await expect(page.getByRole('heading', { name: t['findings.matrix'] })).toBeVisible();
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
      const scroller = page.locator('[data-matrix-scroll]');
      expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
      for (const metric of matrix.metrics) {
        const card = page.locator(`.matrix tr[data-metric="${metric.id}"]`);
        const name = card.locator('th[scope="row"]');
        await name.scrollIntoViewIfNeeded();
        await expect(name).toBeInViewport();
        await expect(name).toContainText(metric.name[locale]);
        // Every year with figures is shown inside the card, labelled with its year; empty years are not.
        const years = [...(matrix.cells.get(metric.id)?.keys() ?? [])];
        await expect(card.locator('td:visible')).toHaveCount(years.length);
        for (const year of years) {
          const cell = card.locator(`td[data-year="${year}"]`);
          const label = await cell.evaluate((el) => getComputedStyle(el, '::before').content);
          expect(label).toContain(String(year));
          const [cellBox, cardBox] = [await cell.boundingBox(), await card.boundingBox()];
          expect(cellBox!.x + cellBox!.width).toBeLessThanOrEqual(cardBox!.x + cardBox!.width + 0.5);
        }
      }
      expect(await brokenWords(page, '.matrix')).toEqual([]);
    });

    test('desktop: the whole matrix fits, or scrolls inside a box no taller than the screen', async ({ page }) => {
      await page.setViewportSize(desktop);
      await page.goto(`/${locale}/findings/`);
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
      const scroller = page.locator('[data-matrix-scroll]');
      const box = await scroller.evaluate((el) => ({
        overflowX: el.scrollWidth - el.clientWidth,
        height: el.getBoundingClientRect().height,
      }));
      if (box.overflowX > 0) expect(box.height).toBeLessThanOrEqual(desktop.height);
      // Every year column header can be reached without leaving the box.
      await expect(page.locator('.matrix thead th')).toHaveCount(matrix.years.length + 1);
      expect(await brokenWords(page, '.matrix')).toEqual([]);
    });

    test('narrow desktop: the metric column and the year row stay in view while the matrix scrolls', async ({ page }) => {
      await page.setViewportSize({ width: 900, height: 700 });
      await page.goto(`/${locale}/findings/`);
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
      const scroller = page.locator('[data-matrix-scroll]');
      await scroller.scrollIntoViewIfNeeded();
      const overflowX = await scroller.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflowX).toBeGreaterThan(0);
      await scroller.evaluate((el) => el.scrollTo(el.scrollWidth, el.scrollHeight));
      const [frame, first, corner] = await Promise.all([
        scroller.boundingBox(),
        page.locator('.matrix tbody tr:last-child th[scope="row"]').boundingBox(),
        page.locator('.matrix thead th:last-child').boundingBox(),
      ]);
      // The last metric's name is still at the left edge, the last year's header still at the top.
      expect(Math.abs(first!.x - frame!.x)).toBeLessThanOrEqual(2);
      expect(Math.abs(corner!.y - frame!.y)).toBeLessThanOrEqual(2);
      expect(frame!.height).toBeLessThanOrEqual(700);
    });
  });
}
