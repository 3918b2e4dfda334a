import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { preferredQuote } from '../../src/derive/findings';
import { matchesQuery } from '../../src/derive/rec-filters';
import { facetValuesOf, similarRecommendations, statusOf } from '../../src/derive/recommendations';
import { paths } from '../../src/derive/urls';
import { dictionaries } from '../../src/i18n';
import { trimAtWord } from '../../src/i18n/format';
import { locales } from '../../src/i18n/locales';
import { corpus, normalise, sectionNameIn } from './corpus';

const byFacet = (facet: keyof ReturnType<typeof facetValuesOf>, value: string) =>
  corpus.recommendations
    .filter((r) => facetValuesOf(corpus, r)[facet].includes(value))
    .map((r) => r.id)
    .sort();
const total = corpus.recommendations.length;
const training = byFacet('theme', 'training');

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Ids of the cards shown, sorted (the page orders by source date, the files by source id). */
const visibleIds = async (page: Page) =>
  (await page.locator('[data-rec]:visible').evaluateAll((els) => els.map((el) => el.getAttribute('data-rec')!))).sort();

/** The CSV's first column, without the header. */
const csvIds = (csv: string) =>
  csv
    .trimEnd()
    .split('\r\n')
    .slice(1)
    .map((line) => line.split(',')[0])
    .sort();

for (const locale of locales) {
  const t = dictionaries[locale];
  const shown = (count: number) => t['rec.shown'].replace('{count}', String(count)).replace('{total}', String(total));

  test.describe(`recommendations (${locale})`, () => {
    test('a recommendation names its place in the source in the reader’s language (our label where the source has none)', async ({
      page,
    }) => {
      const rec = corpus.recommendations.find((r) => r.id === 'tip-2023-r4')!;
      const source = corpus.sources.find((s) => s.id === rec.source)!;
      const name = sectionNameIn(rec.source, 'recommendations', locale);
      expect(name).toBeTruthy();
      await page.goto(`/${locale}/recommendations/${rec.id}/`);
      const link = page.locator('p', { hasText: t['rec.inSource'] }).locator(`a[href$="#${rec.segment}"]`);
      await expect(link).toHaveText(`${source.label[locale]} · ${name}, ${t['passage.item'].replace('{n}', '4')}`);
    });

    test('the index filters by theme, group and status, keeps them in the address and counts the selection', async ({ page }) => {
      await page.goto(paths.recommendations(locale));
      await expect(page.locator('[data-rec]')).toHaveCount(total);
      const form = page.locator('[data-rec-filters]');
      await expect(form).toBeVisible();
      await expect(form.locator('[data-rec-count]')).toHaveText(shown(total));

      await form.locator('select[name="theme"]').selectOption('training');
      // The training theme finds every training recommendation, not just the one filed under it first.
      expect(training).toEqual(expect.arrayContaining(['tip-2023-r5', 'tip-2023-r6', 'journal-2026-r7']));
      expect(await visibleIds(page)).toEqual(training);
      await expect(page).toHaveURL(/[?&]theme=training/);
      await expect(form.locator('[data-rec-count]')).toHaveText(shown(training.length));

      await form.locator('select[name="group"]').selectOption('victims');
      const both = training.filter((id) => byFacet('group', 'victims').includes(id));
      expect(await visibleIds(page)).toEqual(both);
      await page.reload();
      expect(await visibleIds(page)).toEqual(both);
      await expect(form.locator('select[name="group"]')).toHaveValue('victims');

      await form.locator('[data-rec-reset]').click();
      await expect(page.locator('[data-rec]:visible')).toHaveCount(total);
      await expect(page).not.toHaveURL(/\?/);
    });

    test('filters in the address decide the first view', async ({ page }) => {
      const status = statusOf(corpus, corpus.recommendations[0]!).current.status;
      await page.goto(`${paths.recommendations(locale)}?source=tip-2023&status=${status}&action=5`);
      const expected = byFacet('source', 'tip-2023').filter(
        (id) => byFacet('status', status).includes(id) && byFacet('action', '5').includes(id),
      );
      expect(await visibleIds(page)).toEqual(expected);
      await expect(page.locator('[data-rec-count]')).toHaveText(shown(expected.length));
      await expect(page.locator('select[name="status"]')).toHaveValue(status);
    });

    test('search within filters the recommendations by their words in any language', async ({ page }) => {
      await page.goto(paths.recommendations(locale));
      await page.locator('input[name="q"]').fill('инспектор');
      const expected = corpus.recommendations
        .filter((r) => matchesQuery(Object.values(r.text).join(' '), 'инспектор'))
        .map((r) => r.id)
        .sort();
      expect(expected.length).toBeGreaterThan(0);
      await expect.poll(() => visibleIds(page)).toEqual(expected);
      await expect(page).toHaveURL(/[?&]q=/);
      await page.locator('select[name="source"]').selectOption('journal-2026');
      await expect.poll(() => visibleIds(page)).toEqual(expected.filter((id) => id.startsWith('journal-2026')));
    });

    test('the current selection downloads as CSV and JSON', async ({ page }) => {
      await page.goto(`${paths.recommendations(locale)}?theme=training`);
      expect(await visibleIds(page)).toEqual(training);
      const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-rec-download="csv"]').click()]);
      expect(csv.suggestedFilename()).toBe('recommendations-theme-training.csv');
      const csvText = readFileSync((await csv.path())!, 'utf8');
      expect(csvText.split('\r\n')[0]).toContain('themes,groups,by,addressee,responsible,action,status');
      expect(csvIds(csvText)).toEqual(training);
      const [json] = await Promise.all([page.waitForEvent('download'), page.locator('[data-rec-download="json"]').click()]);
      const records = JSON.parse(readFileSync((await json.path())!, 'utf8')) as Array<{ id: string; themes: string[] }>;
      expect(records.map((r) => r.id).sort()).toEqual(training);
      expect(records.every((r) => r.themes.includes('training'))).toBe(true);
      await axe(page);
    });

    test('without JavaScript: plain sections, and facet links to server-rendered selections with their files', async ({
      browser,
      request,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(paths.recommendations(locale));
      await expect(page.locator('[data-rec-filters]')).toBeHidden();
      await expect(page.locator('[data-rec]:visible')).toHaveCount(total);
      await page.locator('[data-rec-browse] summary').click();
      const themeName = corpus.themes.find((th) => th.id === 'training')!.name[locale];
      await page.locator('[data-rec-browse]').getByRole('link', { name: themeName, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${paths.recommendationFacet(locale, 'theme', 'training')}$`));
      expect(await visibleIds(page)).toEqual(training);
      await expect(page.locator('[data-rec-count]')).toHaveText(shown(training.length));
      const csvHref = await page.getByRole('link', { name: 'CSV' }).getAttribute('href');
      expect(csvIds(await (await request.get(csvHref!)).text())).toEqual(training);
      await context.close();
    });

    test('a recommendation page shows its texts, facts, derived status with its timeline, and similar items', async ({
      page,
    }) => {
      const rec = corpus.recommendations.find((r) => r.id === 'tip-2023-r5')!;
      await page.goto(paths.recommendation(locale, rec.id));
      for (const [lang, text] of Object.entries(rec.text))
        await expect(page.locator(`.rec-texts .cell[lang="${lang}"] blockquote`)).toHaveText(text);
      const own = preferredQuote(rec.text, locale).text;
      // The preview is the recommendation's own words where the page's language has them, cut at a word.
      const og = page.locator('meta[property="og:description"]');
      if (rec.text[locale]) await expect(og).toHaveAttribute('content', trimAtWord(own, 160));
      else
        await expect(og).toHaveAttribute('content', new RegExp(t['rec.recommendation'].replace('{number}', String(rec.number))));
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        new RegExp(`/${locale}/recommendations/${rec.id}/$`),
      );
      // The citation locates the passage by its place in the section, not by the machine id.
      await expect(page.locator('.cite [data-style="gost"]').first()).toContainText(
        t['passage.item'].replace('{n}', String(rec.number)),
      );
      await expect(page.locator('.cite [data-style="gost"]').first()).not.toContainText(rec.segment);

      const by = corpus.bodies.find((b) => b.id === rec.by)!.name[locale];
      await expect(page.locator('[data-field="by"]')).toHaveText(by);
      await expect(page.locator('[data-field="action"]')).toContainText(t[`rec.action.${rec.action as 5}`]);
      for (const id of rec.themes)
        await expect(page.locator('[data-field="themes"]')).toContainText(corpus.themes.find((th) => th.id === id)!.name[locale]);

      const { current, history } = statusOf(corpus, rec);
      await expect(page.locator('[data-rec-status]')).toHaveAttribute('data-rec-status', current.status);
      await expect(page.locator('[data-rec-status] strong.rec-status')).toHaveText(t[`rec.status.${current.status}`]);
      // Published, then one step per later source.
      await expect(page.locator('[data-rec-timeline] li')).toHaveCount(1 + history.length);
      for (const step of history)
        await expect(page.locator(`[data-rec-timeline] li[data-status="${step.status}"]`)).toContainText(step.date!.slice(0, 4));

      const similar = similarRecommendations(corpus, rec);
      await expect(page.locator('[data-similar]')).toHaveCount(similar.length);
      await expect(page.locator('[data-similar="journal-2026-r7"][data-repeat]')).toContainText(t['rec.similarRepeat']);
      await axe(page);
    });

    test('relation labels are the honest ones, and every follow-up link lands on its quote', async ({ page, request }) => {
      const labels = new Set(
        Object.entries(t)
          .filter(([k]) => k.startsWith('rec.relation.'))
          .map(([, v]) => v),
      );
      for (const rec of corpus.recommendations.filter((r) => r.followUps.length)) {
        await page.goto(paths.recommendation(locale, rec.id));
        for (const label of await page.locator('[data-relation-label]').allInnerTexts()) expect(labels).toContain(label);
        const links = await page
          .locator('[data-followup-link]')
          .evaluateAll((els) => els.map((a) => ({ href: a.getAttribute('href')!, quote: a.getAttribute('data-quote')! })));
        expect(links.length).toBe(rec.followUps.length);
        for (const link of links) {
          const [path, id] = link.href.split('#');
          await page.setContent(await (await request.get(path!)).text());
          expect(normalise(await page.locator(`[id="${id}"]`).innerText()), `${rec.id} → ${link.href}`).toContain(
            normalise(link.quote),
          );
        }
      }
    });

    test('the tracker views fit a phone without sideways scrolling', async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      for (const path of [
        `${paths.recommendations(locale)}?theme=training&q=police`,
        paths.recommendationMatrix(locale),
        paths.recommendationFacet(locale, 'theme', 'training'),
        paths.recommendation(locale, 'mvd-2022-c1'),
      ]) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
      await context.close();
    });

    test('the matrix of themes × sources lists every item under each of its themes', async ({ page }) => {
      await page.goto(paths.recommendationMatrix(locale));
      await expect(page.locator('h1')).toHaveText(t['rec.matrix']);
      for (const theme of corpus.themes)
        for (const source of ['tip-2023', 'journal-2026', 'mvd-2022']) {
          const expected = corpus.recommendations.filter((r) => r.source === source && r.themes.includes(theme.id));
          const cell = page.locator(`tr[data-theme="${theme.id}"] td[data-source="${source}"]`);
          if (!corpus.recommendations.some((r) => r.themes.includes(theme.id))) continue;
          await expect(cell.locator('[data-rec-link]')).toHaveCount(expected.length);
        }
      await axe(page);
      // A server-rendered facet page, too.
      await page.goto(paths.recommendationFacet(locale, 'status', 'no-evidence'));
      await expect(page.locator('[data-rec]')).toHaveCount(byFacet('status', 'no-evidence').length);
      await axe(page);
    });
  });
}
