import { expect, test } from '@playwright/test';
import { buildMatrix, comparableKey, figuresOfYear, figuresOfMetric } from '../../src/derive/findings';
import { figureCsvHeader } from '../../src/derive/exports';
import { dictionaries } from '../../src/i18n';
import { quoted } from '../../src/i18n/format';
import { locales } from '../../src/i18n/locales';
import { corpus, normalise, sectionNameIn } from './corpus';

const matrix = buildMatrix(corpus);
const busiestMetric = [...matrix.metrics].sort(
  (a, b) => figuresOfMetric(corpus, b.id).length - figuresOfMetric(corpus, a.id).length,
)[0]!;
const busiestYear = [...matrix.years].sort((a, b) => figuresOfYear(corpus, b).length - figuresOfYear(corpus, a).length)[0]!;

for (const locale of locales) {
  const t = dictionaries[locale];

  test.describe(`findings (${locale})`, () => {
    test('the ledger of numbers names a passage’s section in the reader’s language (our label where the source has none)', async ({
      page,
    }) => {
      await page.goto(`/${locale}/findings/numbers/tip-2023/`);
      const name = sectionNameIn('tip-2023', 'protection', locale);
      expect(name).toBeTruthy();
      await expect(page.locator('#seg-protection-2 a')).toHaveText(`${name}, ${t['passage.paragraph'].replace('{n}', '2')}`);
    });

    test('the matrix shows every figure in its metric row and year column', async ({ page }) => {
      await page.goto(`/${locale}/findings/`);
      await expect(page.locator('h1')).toHaveText(t['findings.title']);
      const columns = await page.locator('.matrix thead th a').allTextContents();
      expect(columns.map(Number)).toEqual(matrix.years);
      for (const metric of matrix.metrics) {
        const row = page.locator(`.matrix tr[data-metric="${metric.id}"]`);
        await expect(row.locator('th')).toContainText(metric.name[locale]);
        for (const [year, figures] of matrix.cells.get(metric.id) ?? []) {
          const ids = await row
            .locator(`td[data-year="${year}"] [data-figure]`)
            .evaluateAll((els) => els.map((e) => e.getAttribute('data-figure')));
          expect(ids.sort()).toEqual(figures.map((f) => f.id).sort());
        }
      }
      const disputed = corpus.figures.filter((f) => matrix.disputed.has(comparableKey(f)));
      await expect(page.locator('.matrix .figure.disputed')).toHaveCount(disputed.length);
    });

    test('every matrix link lands on a segment containing its quote', async ({ page, request }) => {
      await page.goto(`/${locale}/findings/`);
      const links = await page.locator('.matrix [data-figure] a').evaluateAll((els) =>
        els.map((a) => ({
          href: a.getAttribute('href')!,
          quote: a.getAttribute('data-quote')!,
          lang: a.getAttribute('data-quote-lang')!,
        })),
      );
      expect(links.length).toBe(corpus.figures.length);
      // One load per source page (not per link): the check stays quick on a busy machine.
      for (const [path, group] of Map.groupBy(links, (link) => link.href.split('#')[0]!)) {
        await page.setContent(await (await request.get(path)).text(), { waitUntil: 'domcontentloaded' });
        for (const link of group) {
          const id = link.href.split('#')[1];
          const cell = page.locator(`[id="${id}"] .cell[lang="${link.lang}"]`);
          expect(normalise(await cell.innerText()), link.href).toContain(normalise(link.quote));
        }
      }
    });

    test(`a metric page has a chart and the data table beside it`, async ({ page }) => {
      await page.goto(`/${locale}/findings/metrics/${busiestMetric.id}/`);
      await expect(page.locator('h1')).toHaveText(busiestMetric.name[locale]);
      const chart = page.locator('figure.chart svg[role="img"]');
      await expect(chart).toBeVisible();
      const figures = figuresOfMetric(corpus, busiestMetric.id);
      await expect(chart.locator('rect')).toHaveCount(figures.length);
      await expect(page.locator('.data-table tbody tr')).toHaveCount(figures.length);
      await expect(page.locator('.data-table caption')).toContainText(t['findings.data']);
    });

    test('a year page lists everything the sources say about that year', async ({ page }) => {
      await page.goto(`/${locale}/findings/years/${busiestYear}/`);
      await expect(page.locator('h1')).toHaveText(t['findings.yearPage'].replace('{year}', String(busiestYear)));
      const ids = await page.locator('[data-figure]').evaluateAll((els) => els.map((e) => e.getAttribute('data-figure')));
      expect(ids.sort()).toEqual(
        figuresOfYear(corpus, busiestYear)
          .map((f) => f.id)
          .sort(),
      );
    });

    test('the timeline shows each source’s publication and tier', async ({ page }) => {
      await page.goto(`/${locale}/findings/timeline/`);
      await expect(page.locator('[data-kind="published"]')).toHaveCount(corpus.sources.length);
      await expect(page.locator('[data-kind="tier"]')).toHaveCount(corpus.sources.filter((s) => s.tier).length);
      await expect(page.locator('[data-kind="event"]')).toHaveCount(corpus.events.length);
      // Quoted words take the page's quotation marks, whatever the language of the quote: «…» in kk and ru.
      // (Chromium's automatic marks have no Kazakh entry, so the stylesheet names them.)
      const marks = await page.locator('q').evaluateAll((qs) => qs.map((q) => getComputedStyle(q).quotes));
      expect(marks.length).toBeGreaterThan(0);
      const [open, close] = quoted('|', locale).split('|');
      for (const mark of marks) expect(mark).toMatch(new RegExp(`^"${open}" "${close}"`));
    });
  });
}

test.describe('downloads', () => {
  test('figures.json and figures.csv parse and agree', async ({ request }) => {
    const json = (await (await request.get('/data/figures.json')).json()) as Array<
      Record<string, unknown> & { quotes: Record<string, string> }
    >;
    const csvResponse = await request.get('/data/figures.csv');
    expect(csvResponse.headers()['content-type'] ?? 'text/csv').toContain('csv');
    const body = await csvResponse.text();
    // A byte-order mark first, so Excel reads UTF-8; no development-server address anywhere.
    expect(body.charCodeAt(0)).toBe(0xfeff);
    expect(body).not.toMatch(/localhost|127\.0\.0\.1/);
    const rows = parseCsv(body.slice(1));
    expect(rows[0]).toEqual(figureCsvHeader);
    expect(json.length).toBe(corpus.figures.length);
    expect(rows.length - 1).toBe(json.length);
    rows.slice(1).forEach((row, i) => {
      const record = Object.fromEntries(rows[0]!.map((h, k) => [h, row[k]]));
      const figure = json[i]!;
      for (const key of ['id', 'source', 'metric', 'period', 'segment', 'url', 'unit']) expect(record[key]).toBe(figure[key]);
      expect(Number(record.value)).toBe(figure.value);
      for (const l of locales) expect(record[`quote_${l}`] ?? '').toBe(figure.quotes[l] ?? '');
    });
  });

  test('metrics.json lists every metric with names in three languages', async ({ request }) => {
    const metrics = (await (await request.get('/data/metrics.json')).json()) as Array<{
      id: string;
      name: Record<string, string>;
    }>;
    expect(metrics.map((m) => m.id).sort()).toEqual(corpus.metrics.map((m) => m.id).sort());
    for (const m of metrics) for (const l of locales) expect(m.name[l]).toBeTruthy();
  });
});

/** A small RFC 4180 reader, enough to check our own output. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(cell), (cell = ''));
    else if (c === '\r' && text[i + 1] === '\n') ((row.push(cell), rows.push(row), (row = []), (cell = '')), i++);
    else cell += c;
  }
  return rows;
}
