/**
 * Every page type, in every locale: no axe violations (WCAG 2.1 A/AA), no request to another origin,
 * and the main paths work by keyboard alone.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allYears, buildMatrix } from '../../src/derive/findings';
import { dictionaries } from '../../src/i18n';
import { locales } from '../../src/i18n/locales';
import { corpus } from './corpus';

const metric = buildMatrix(corpus).metrics[0]!.id;
const year = allYears(corpus).at(-1)!;
const pageTypes = (l: string) => [
  `/${l}/`,
  `/${l}/sources/`,
  ...corpus.sources.map((s) => `/${l}/sources/${s.id}/`),
  `/${l}/findings/`,
  `/${l}/findings/metrics/${metric}/`,
  `/${l}/findings/years/${year}/`,
  `/${l}/findings/timeline/`,
  `/${l}/findings/translations/`,
  `/${l}/recommendations/`,
  `/${l}/recommendations/${corpus.recommendations[0]!.id}/`,
  `/${l}/search/?q=trafficking`,
  `/${l}/glossary/`,
  `/${l}/about/`,
];

test('the language chooser at / is accessible', async ({ browser }) => {
  // A browser language the site lacks, so the page stays instead of going to the reader's language.
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('a[hreflang]')).toHaveCount(locales.length);
  await expect(page).toHaveURL(/\/$/);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await context.close();
});

test('an unknown address answers 404 in all three languages, accessibly', async ({ page }) => {
  const response = await page.goto('/en/no-such-page/');
  expect(response?.status()).toBe(404);
  for (const l of locales) await expect(page.locator(`section[lang="${l}"]`)).toContainText(dictionaries[l]['notFound.title']);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('/ goes to the browser’s language when the site has it', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'kk-KZ' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/kk\/$/);
  await context.close();
});

for (const locale of locales) {
  for (const path of pageTypes(locale)) {
    test(`${path} is accessible and asks no other origin`, async ({ page, baseURL }) => {
      test.setTimeout(90_000); // axe over long pages and the search is slow under CI load
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
      });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(
        results.violations.map(
          (v) =>
            `${v.id} — ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        ),
      ).toEqual([]);
      expect(foreign).toEqual([]);
    });
  }

  test(`the reader works by keyboard alone (${locale})`, async ({ page }) => {
    const t = dictionaries[locale];
    await page.goto(`/${locale}/sources/tip-2023/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip');
    await expect(skip).toBeFocused();
    await expect(skip).toHaveText(t['nav.skip']);
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
    // Tab on until the first passage link, then its "Cite" summary, which Enter opens.
    let reached = '';
    for (let i = 0; i < 80 && !reached.startsWith('seg-id'); i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement as HTMLElement).className);
    }
    expect(reached).toContain('seg-id');
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.tagName === 'SUMMARY')) break;
    }
    const summary = page.locator('summary:focus');
    await expect(summary).toHaveText(t['segment.cite']);
    await page.keyboard.press('Enter');
    await expect(page.locator('details.cite[open]').first()).toBeVisible();
  });

  test(`recommendation filters work by keyboard alone (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/recommendations/`);
    const source = page.locator('select[name="source"]');
    await source.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    const shown = await page.locator('[data-rec]:visible').count();
    expect(shown).toBeLessThan(corpus.recommendations.length);
    await expect(page).toHaveURL(/source=/);
  });
}
