import { expect, test } from '@playwright/test';
import { preferredQuote } from '../../src/derive/findings';
import { dictionaries } from '../../src/i18n';
import { locales } from '../../src/i18n/locales';
import { corpus, normalise } from './corpus';

for (const locale of locales) {
  const t = dictionaries[locale];

  test.describe(`recommendations (${locale})`, () => {
    test('the index lists every recommendation and filters by source, year and theme', async ({ page }) => {
      await page.goto(`/${locale}/recommendations/`);
      await expect(page.locator('[data-rec]')).toHaveCount(corpus.recommendations.length);
      const form = page.locator('[data-rec-filters]');
      await expect(form).toBeVisible();
      await form.locator('select[name="source"]').selectOption('tip-2023');
      const tip = corpus.recommendations.filter((r) => r.source === 'tip-2023');
      await expect(page.locator('[data-rec]:visible')).toHaveCount(tip.length);
      await expect(page).toHaveURL(/source=tip-2023/);
      const theme = tip[0]!.theme;
      await form.locator('select[name="theme"]').selectOption(theme);
      await expect(page.locator('[data-rec]:visible')).toHaveCount(tip.filter((r) => r.theme === theme).length);
      await page.reload();
      await expect(page.locator('[data-rec]:visible')).toHaveCount(tip.filter((r) => r.theme === theme).length);
      await form.locator('select[name="source"]').selectOption('');
      await form.locator('select[name="theme"]').selectOption('');
      await form.locator('select[name="year"]').selectOption('2026');
      await expect(page.locator('[data-rec]:visible')).toHaveCount(
        corpus.recommendations.filter((r) => r.source === 'journal-2026').length,
      );
    });

    test('a recommendation page shows its texts side by side, its source and meta tags', async ({ page }) => {
      const rec = corpus.recommendations.find((r) => r.id === 'tip-2023-r4')!;
      await page.goto(`/${locale}/recommendations/${rec.id}/`);
      for (const [lang, text] of Object.entries(rec.text)) {
        await expect(page.locator(`.rec-texts .cell[lang="${lang}"] blockquote`)).toHaveText(text);
      }
      // The preview is in the reader's language when the source states it there.
      const own = preferredQuote(rec.text, locale).text;
      if (rec.text[locale]) expect(own).toBe(rec.text[locale]);
      await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', own);
      await expect(page.locator('meta[name="twitter:description"]')).toHaveAttribute('content', own);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
        'content',
        new RegExp(t['rec.recommendation'].replace('{number}', '4')),
      );
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        new RegExp(`/${locale}/recommendations/${rec.id}/$`),
      );
      // The citation locates the passage by its place in the section, not by the machine id.
      await expect(page.locator('.cite [data-style="gost"]').first()).toContainText(t['passage.item'].replace('{n}', '4'));
      await expect(page.locator('.cite [data-style="gost"]').first()).not.toContainText(rec.segment);
    });

    test('every follow-up link lands on a segment containing its quote', async ({ page, request }) => {
      for (const rec of corpus.recommendations.filter((r) => r.followUps.length)) {
        await page.goto(`/${locale}/recommendations/${rec.id}/`);
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

    test('the index works without JavaScript as plain sections', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${locale}/recommendations/`);
      await expect(page.locator('[data-rec-filters]')).toBeHidden();
      await expect(page.locator('[data-rec]:visible')).toHaveCount(corpus.recommendations.length);
      await context.close();
    });
  });
}
