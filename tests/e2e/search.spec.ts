import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { dictionaries } from '../../src/i18n';
import { locales } from '../../src/i18n/locales';
import { corpus, normalise } from './corpus';

const segmentText = (source: string, lang: string, id: string) =>
  corpus.texts.find((t) => t.source === source && t.lang === lang)!.segments.find((s) => s.id === id)!.text;
/** `source#segment` of every Kazakh segment whose text contains `words`. */
const kazakhSegmentsWith = (words: string) =>
  corpus.texts
    .filter((t) => t.lang === 'kk')
    .flatMap((t) => t.segments.filter((s) => s.text.toLowerCase().includes(words)).map((s) => `${t.source}#${s.id}`));
const sourceAndSegment = (href: string) => /\/sources\/([^/]+)\/[^#]*#(.+)$/.exec(href)?.slice(1).join('#');

async function search(page: Page, locale: string, query: string) {
  await page.goto(`/${locale}/search/${query}`);
  const status = page.locator('[data-search-status]');
  await expect(status).not.toHaveText('');
  await expect(status).not.toHaveText(dictionaries[locale as 'en']['search.loading']);
  return page.locator('[data-search-results] li');
}
const hrefs = (page: Page, selector = '[data-search-results] li > a') =>
  page.locator(selector).evaluateAll((els) => els.map((a) => a.getAttribute('href')!));

for (const locale of locales) {
  const t = dictionaries[locale];

  test.describe(`search (${locale})`, () => {
    test('a Russian phrase from the 2023 chapter opens its passage beside the Kazakh translation', async ({ page }) => {
      const hits = await search(page, locale, `?q=${encodeURIComponent('"Правительство выявило 24 жертвы"')}`);
      const hit = hits.filter({ has: page.locator(`a[href*="/sources/tip-2023/"][href$="#protection-1"]`) }).first();
      await expect(hit).toHaveAttribute('data-hit-lang', 'ru');
      await expect(hit.locator('.hit-lang')).toHaveText(t['search.hitLanguage'].replace('{lang}', t['lang.ru']));
      await expect(hit.locator('.hit-kind')).toHaveText(t['search.hitKind.segment']);
      await expect(hit.locator('p[lang="ru"] mark').first()).toBeVisible();
      await hit.locator('a').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/sources/tip-2023/.*#protection-1$`));
      const row = page.locator('#protection-1');
      await expect(row.locator('.cell[lang="kk"]')).toBeVisible();
      await expect(row.locator('.cell[lang="ru"] mark').first()).toBeVisible();
      await expect(row.locator('.cell[lang="ru"] mark', { hasText: 'выявило' })).toHaveCount(1);
      expect(normalise(await row.locator('.cell[lang="kk"]').innerText())).toBe(
        normalise(segmentText('tip-2023', 'kk', 'protection-1')),
      );
    });

    test('a Kazakh word typed with Russian letters finds its Kazakh passages, quoted as written', async ({ page }) => {
      // "курбандарын" is "құрбандарын" typed on a Russian keyboard.
      const expected = kazakhSegmentsWith('құрбандарын');
      expect(expected.length).toBeGreaterThan(0);
      const hits = await search(page, locale, '?q=курбандарын&lang=kk');
      const found = (await hrefs(page)).map(sourceAndSegment).filter(Boolean);
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) expect(expected).toContain(f);
      // The excerpt quotes the text with its own letters, never the folded copy the index also holds.
      const first = hits.filter({ has: page.locator('a[href*="/sources/"]') }).first();
      await expect(first).toHaveAttribute('data-hit-lang', 'kk');
      await expect(first.locator('p[lang="kk"] mark').first()).toHaveText(/^құрбандарын/i);
      await expect(first.locator('p[lang="kk"]')).not.toContainText('⟦');
      // On arrival the Kazakh word is marked in the passage.
      await first.locator('a').click();
      await expect(page.locator(':target .cell[lang="kk"] mark').first()).toHaveText(/^құрбандарын/i);
    });

    test('"онир" and "өңірлік" both find the Kazakh affiliation', async ({ page }) => {
      // "онир" is "өңір" typed on a Russian keyboard: Қостанай өңірлік университеті.
      expect(segmentText('journal-2026', 'kk', 'affiliation-1')).toContain('өңірлік');
      for (const q of ['онир', 'өңірлік', 'өнирлик']) {
        const hits = await search(page, locale, `?q=${encodeURIComponent(q)}&lang=kk`);
        const hit = hits.filter({ has: page.locator('a[href*="/sources/journal-2026/"][href$="#affiliation-1"]') });
        await expect(hit, q).toHaveCount(1);
        await expect(hit).toHaveAttribute('data-hit-lang', 'kk');
        await expect(hit.locator('mark')).toHaveText(['өңірлік']);
      }
    });

    test('an exact Kazakh phrase typed with Russian letters finds only passages holding it', async ({ page }) => {
      const expected = kazakhSegmentsWith('құрбандарын анықтау');
      expect(expected.length).toBeGreaterThan(0);
      await search(page, locale, `?q=${encodeURIComponent('"курбандарын аныктау"')}&lang=kk&kind=segment`);
      const found = (await hrefs(page)).map(sourceAndSegment);
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) expect(expected).toContain(f);
    });

    test('an English query finds the ministry statement', async ({ page }) => {
      const hits = await search(page, locale, '?q=pretrial');
      const hit = hits.filter({ has: page.locator('a[href*="/sources/mvd-2022/"]') }).first();
      await expect(hit).toBeVisible();
      await expect(hit).toHaveAttribute('data-hit-lang', 'en');
      await expect(hit.locator('a')).toHaveAttribute('href', new RegExp(`^/${locale}/sources/mvd-2022/`));
    });

    test('filters narrow the results, and the address round-trips the search', async ({ page }) => {
      const all = await search(page, locale, `?q=${encodeURIComponent('торговли')}&lang=ru`);
      const total = await all.count();
      const narrowed = await search(page, locale, `?q=${encodeURIComponent('торговли')}&lang=ru&source=mvd-2022`);
      const count = await narrowed.count();
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(total);
      for (const href of await hrefs(page, '[data-search-results] a[href*="/sources/"]'))
        expect(href).toContain('/sources/mvd-2022/');

      for (const [kind, section] of [
        ['figure', '/findings/'],
        ['recommendation', '/recommendations/'],
        ['segment', '/sources/'],
      ] as const) {
        await search(page, locale, `?q=${encodeURIComponent('торговли')}&lang=ru&kind=${kind}`);
        const links = await hrefs(page);
        expect(links.length, kind).toBeGreaterThan(0);
        for (const href of links) expect(href).toContain(`/${locale}${section}`);
        await expect(page.locator('.hit-kind').first()).toHaveText(t[`search.hitKind.${kind}`]);
      }

      await page.goto(`/${locale}/search/`);
      await page.locator('#search-q').fill('pretrial');
      await page.locator('select[name="kind"]').selectOption('segment');
      await expect(page).toHaveURL(/\?q=pretrial&kind=segment$/);
      await page.reload();
      await expect(page.locator('#search-q')).toHaveValue('pretrial');
      await expect(page.locator('select[name="kind"]')).toHaveValue('segment');
      await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    });

    test('no results says so and offers all languages, then no filters', async ({ page }) => {
      await search(page, locale, '?q=qqzzxxq&lang=ru&source=mvd-2022');
      const status = page.locator('[data-search-status]');
      await expect(status).toContainText(t['search.none'].replace('{q}', 'qqzzxxq'));
      await status.getByRole('button', { name: t['search.tryAll'] }).click();
      await expect(page.locator('select[name="lang"]')).toHaveValue('');
      await expect(page).toHaveURL(/\?q=qqzzxxq&source=mvd-2022$/);
      await status.getByRole('button', { name: t['search.clearFilters'] }).click();
      await expect(page.locator('select[name="source"]')).toHaveValue('');
      await expect(page).toHaveURL(/\?q=qqzzxxq$/);
      await expect(status.getByRole('button')).toHaveCount(0);
    });

    test('works by keyboard, announces the count and has no axe violations', async ({ page }) => {
      await page.goto(`/${locale}/search/`);
      await page.locator('#search-q').focus();
      await page.keyboard.type('pretrial');
      await page.keyboard.press('Enter');
      const links = page.locator('[data-search-results] li > a');
      await expect(links.first()).toBeVisible();
      const count = await links.count();
      await expect(page.getByRole('status')).toHaveText(
        count === 1 ? t['search.resultsOne'] : t['search.results'].replace('{count}', String(count)),
      );
      await page.keyboard.press('ArrowDown');
      await expect(links.first()).toBeFocused();
      if (count > 1) {
        await page.keyboard.press('ArrowDown');
        await expect(links.nth(1)).toBeFocused();
        await page.keyboard.press('ArrowUp');
      }
      await page.keyboard.press('ArrowUp');
      await expect(page.locator('#search-q')).toBeFocused();
      await expect(page.getByRole('searchbox', { name: t['search.label'] })).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);
    });

    test('without JavaScript the search page says what it needs and links to the sources', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${locale}/search/`);
      await expect(page.locator('[data-search-nojs]')).toContainText(t['search.noJs']);
      await expect(page.locator(`[data-search-nojs] a[href="/${locale}/sources/"]`)).toHaveText(t['nav.sources']);
      await expect(page.locator('[data-search-form]')).toBeHidden();
      await context.close();
    });
  });
}
