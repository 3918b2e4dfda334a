import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { dictionaries } from '../../src/i18n';
import { locales } from '../../src/i18n/locales';
import { corpus, normalise } from './corpus';

const segmentText = (source: string, lang: string, id: string) =>
  corpus.texts.find((t) => t.source === source && t.lang === lang)!.segments.find((s) => s.id === id)!.text;

async function search(page: Page, locale: string, query: string) {
  await page.goto(`/${locale}/search/${query}`);
  const status = page.locator('[data-search-status]');
  await expect(status).not.toHaveText('');
  await expect(status).not.toHaveText(dictionaries[locale as 'en']['search.loading']);
  return page.locator('[data-search-results] li');
}

for (const locale of locales) {
  const t = dictionaries[locale];

  test.describe(`search (${locale})`, () => {
    test('a Russian phrase from the 2023 chapter opens its passage beside the Kazakh translation', async ({ page }) => {
      const hits = await search(page, locale, `?q=${encodeURIComponent('"Правительство выявило 24 жертвы"')}`);
      const hit = hits.filter({ has: page.locator(`a[href*="/sources/tip-2023/"][href$="#protection-1"]`) }).first();
      await expect(hit).toHaveAttribute('data-hit-lang', 'ru');
      await expect(hit.locator('.hit-lang')).toHaveText(t['search.hitLanguage'].replace('{lang}', t['lang.ru']));
      await hit.locator('a').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/sources/tip-2023/.*#protection-1$`));
      const row = page.locator('#protection-1');
      await expect(row.locator('.cell[lang="kk"]')).toBeVisible();
      await expect(row.locator('.cell[lang="ru"] mark').first()).toBeVisible();
      expect(normalise(await row.locator('.cell[lang="kk"]').innerText())).toBe(
        normalise(segmentText('tip-2023', 'kk', 'protection-1')),
      );
    });

    test('a Kazakh word typed with Russian letters finds its Kazakh passage', async ({ page }) => {
      // "онир" is "өңір" typed on a Russian keyboard: Қостанай өңірлік университеті.
      const hits = await search(page, locale, '?q=онир&lang=kk');
      const hit = hits.filter({
        has: page.locator('a[href$="/sources/journal-2026/?highlight=%D0%BE%D0%BD%D0%B8%D1%80#affiliation-1"]'),
      });
      await expect(hit).toHaveCount(1);
      await expect(hit).toHaveAttribute('data-hit-lang', 'kk');
      expect(segmentText('journal-2026', 'kk', 'affiliation-1')).toContain('өңірлік');
      // And the proper letters find it too.
      const proper = await search(page, locale, `?q=${encodeURIComponent('өңірлік')}&lang=kk`);
      await expect(proper.filter({ has: page.locator('a[href*="#affiliation-1"]') })).toHaveCount(1);
    });

    test('an English query finds the ministry statement', async ({ page }) => {
      const hits = await search(page, locale, '?q=pretrial');
      await expect(hits.filter({ has: page.locator('a[href*="/sources/mvd-2022/"]') }).first()).toBeVisible();
    });

    test('a source filter narrows the results, and the address round-trips the search', async ({ page }) => {
      const all = await search(page, locale, `?q=${encodeURIComponent('торговли')}&lang=ru`);
      const total = await all.count();
      const narrowed = await search(page, locale, `?q=${encodeURIComponent('торговли')}&lang=ru&source=mvd-2022`);
      const count = await narrowed.count();
      expect(count).toBeLessThan(total);
      const sourceLinks = await narrowed
        .locator('a[href*="/sources/"]')
        .evaluateAll((els) => els.map((a) => a.getAttribute('href')!));
      for (const href of sourceLinks) expect(href).toContain('/sources/mvd-2022/');

      await page.goto(`/${locale}/search/`);
      await page.locator('#search-q').fill('pretrial');
      await page.locator('select[name="kind"]').selectOption('segment');
      await expect(page).toHaveURL(/\?q=pretrial&kind=segment$/);
      await page.reload();
      await expect(page.locator('#search-q')).toHaveValue('pretrial');
      await expect(page.locator('select[name="kind"]')).toHaveValue('segment');
      await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    });

    test('no results says so and offers all languages', async ({ page }) => {
      await search(page, locale, '?q=qqzzxxq&lang=ru');
      const status = page.locator('[data-search-status]');
      await expect(status).toContainText(t['search.none'].replace('{q}', 'qqzzxxq'));
      await status.getByRole('button', { name: t['search.tryAll'] }).click();
      await expect(page.locator('select[name="lang"]')).toHaveValue('');
    });

    test('works by keyboard and has no axe violations', async ({ page }) => {
      await page.goto(`/${locale}/search/`);
      await page.locator('#search-q').focus();
      await page.keyboard.type('pretrial');
      await expect(page.locator('[data-search-results] li').first()).toBeVisible();
      await page.keyboard.press('ArrowDown');
      await expect(page.locator('[data-search-results] li a').first()).toBeFocused();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);
    });
  });
}

test('without JavaScript the search page says what it needs and links to the sources', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/kk/search/');
  await expect(page.locator('[data-search-nojs]')).toContainText(dictionaries.kk['search.noJs']);
  await expect(page.locator('[data-search-form]')).toBeHidden();
  await context.close();
});
