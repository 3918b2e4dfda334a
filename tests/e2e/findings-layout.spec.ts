/** Layout of the findings matrix and the charts at phone and desktop width, in every locale. */
import { expect, test, type Page } from '@playwright/test';
import { buildMatrix, figuresOfMetric, yearsOf } from '../../src/derive/findings';
import { dictionaries } from '../../src/i18n';
import { locales } from '../../src/i18n/locales';
import { layoutMetric } from '../../src/derive/comparability';
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

/** Metric pages worth drawing: the busiest, one with a gap year, and one with parts of a total. */
const chartMetrics = ['convictions', 'prosecutions', 'victims-identified', 'registered-offences'].filter((id) =>
  corpus.figures.some((f) => f.metric === id),
);

for (const locale of locales) {
  const t = dictionaries[locale];

  test.describe(`charts (${locale})`, () => {
    for (const metricId of chartMetrics) {
      const figures = figuresOfMetric(corpus, metricId);
      const metric = corpus.metrics.find((m) => m.id === metricId)!;
      const years = figures.flatMap((f) => yearsOf(f.period));
      const [first, last] = [Math.min(...years), Math.max(...years)];

      test(`${metricId}: an accessible SVG with a time axis, gaps, a legend and the data table`, async ({ page }) => {
        await page.goto(`/${locale}/findings/metrics/${metricId}/`);
        const svg = page.locator('figure.chart svg[role="img"]');
        await expect(svg).toHaveCount(1);
        await expect(svg).toHaveAccessibleName(`${t['findings.chart']}: ${metric.name[locale]}`);
        await expect(svg).toHaveAccessibleDescription(new RegExp(escape(metric.name[locale])));
        // Value axis: round ticks from 0.
        const ticks = await svg.locator('[data-axis="value"] text').allTextContents();
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks[0]).toBe('0');
        // Time axis: every year from the first to the last figure is a band, or inside a gap band.
        const bands = await svg
          .locator('[data-axis="time"] [data-band]')
          .evaluateAll((els) => els.map((e) => ({ label: e.getAttribute('data-band')!, gap: e.hasAttribute('data-gap') })));
        const covered = bands.flatMap(({ label }) => {
          const [a, b = a] = label.split('–').map(Number);
          return Array.from({ length: b! - a! + 1 }, (_, i) => a! + i);
        });
        expect(covered).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
        for (const band of bands) {
          const [a, b = a] = band.label.split('–').map(Number);
          const hasFigure = years.some((y) => y >= a! && y <= b!);
          expect(band.gap, `${band.label} is a gap exactly when no figure covers it`).toBe(!hasFigure);
        }
        for (const gap of bands.filter((b) => b.gap))
          await expect(svg.locator(`[data-band="${gap.label}"]`)).toContainText(t['chart.gap']);
        // One bar per figure, and the same figures in the table.
        const barIds = await svg.locator('rect[data-figure]').evaluateAll((els) => els.map((e) => e.getAttribute('data-figure')));
        expect(barIds.sort()).toEqual(figures.map((f) => f.id).sort());
        await expect(page.locator('.data-table tbody tr')).toHaveCount(figures.length);
        // The legend names how to read it.
        const legend = page.locator('figure.chart figcaption');
        await expect(legend).toContainText(t['chart.legend']);
        await expect(legend).toContainText(t['chart.key.whole']);
        await expect(legend.locator('[data-series]').first()).toBeVisible();
      });

      for (const size of [phone, desktop])
        test(`${metricId} at ${size.width}px: labels readable and inside the chart`, async ({ page }) => {
          await page.setViewportSize(size);
          await page.goto(`/${locale}/findings/metrics/${metricId}/`);
          expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
          const svg = page.locator('figure.chart svg[role="img"]');
          const problems = await svg.evaluate((root) => {
            const frame = root.getBoundingClientRect();
            const out: string[] = [];
            for (const text of root.querySelectorAll('text')) {
              const size = parseFloat(getComputedStyle(text).fontSize);
              const box = text.getBoundingClientRect();
              if (size < 12) out.push(`${text.textContent}: ${size}px`);
              if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5)
                out.push(`${text.textContent}: ${box.left}–${box.right} outside ${frame.left}–${frame.right}`);
            }
            return out;
          });
          expect(problems).toEqual([]);
        });
    }

    for (const metricId of chartMetrics) {
      const placed = layoutMetric(corpus, metricId).placed;
      const parts = placed.filter((p) => p.depth > 0);
      const partYear = placed.filter((p) => p.figure.coverage === 'part-year');

      test(`${metricId}: parts and part-year figures are drawn apart from whole totals`, async ({ page }) => {
        await page.goto(`/${locale}/findings/metrics/${metricId}/`);
        const svg = page.locator('figure.chart svg[role="img"]');
        const legend = page.locator('figure.chart figcaption');
        // Parts: exactly the figures the comparability rule makes parts; thinner, hatched, labelled in the legend.
        const drawnParts = await svg
          .locator('rect[data-kind="part"]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-figure')));
        expect(drawnParts.sort()).toEqual(parts.map((p) => p.figure.id).sort());
        for (const part of parts) {
          const rect = svg.locator(`rect[data-figure="${part.figure.id}"]`);
          const parent = svg.locator(`rect[data-figure="${part.parent}"]`);
          expect(await rect.getAttribute('fill')).toMatch(/^url\(#/);
          if ((await parent.count()) > 0)
            expect(Number(await rect.getAttribute('height'))).toBeLessThan(Number(await parent.getAttribute('height')));
        }
        await expect(legend.locator('[data-key="part"]')).toHaveCount(parts.length ? 1 : 0);
        if (parts.length) await expect(legend.locator('[data-key="part"]')).toHaveText(t['chart.key.part']);
        // Part-year: a dashed bar whose label says up to when.
        const drawnPartial = await svg
          .locator('rect[data-partial]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-figure')));
        expect(drawnPartial.sort()).toEqual(partYear.map((p) => p.figure.id).sort());
        for (const p of partYear) {
          const rect = svg.locator(`rect[data-figure="${p.figure.id}"]`);
          expect(await rect.evaluate((el) => getComputedStyle(el).strokeDasharray)).not.toBe('none');
          const said = (await rect.getAttribute('data-partial'))!;
          // The label may wrap over several <text> lines: read them as one.
          const label = await svg
            .locator(`[data-figure-bar="${p.figure.id}"] text`)
            .evaluateAll((els) => els.map((e) => e.textContent).join(' '));
          expect(label.replace(/\s+/g, ' ')).toContain(said);
        }
        await expect(legend.locator('[data-key="partial"]')).toHaveCount(partYear.length ? 1 : 0);
        if (partYear.length) await expect(legend.locator('[data-key="partial"]')).toHaveText(t['chart.key.partial']);
      });
    }
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
