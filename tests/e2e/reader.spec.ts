import { expect, test } from '@playwright/test';
import { dictionaries } from '../../src/i18n';
import { locales } from '../../src/i18n/locales';
import { heldLanguages } from '../../src/derive/reader';
import { corpus, normalise, rowsOfSource } from './corpus';

for (const locale of locales) {
  const t = dictionaries[locale];

  test.describe(`reader (${locale})`, () => {
    for (const source of corpus.sources) {
      test(`${source.id} renders every segment in every language it has`, async ({ page }) => {
        await page.goto(`/${locale}/sources/${source.id}/`);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.locator('h1')).toHaveText(source.label[locale]);
        const rows = rowsOfSource(source.id);
        const rendered = await page.locator('[data-segment]').evaluateAll((els) => els.map((e) => e.id));
        expect(rendered).toEqual(rows.map((r) => r.id));
        const cells = await page.locator('[data-segment] .cell[lang]').evaluateAll((els) =>
          els.map((e) => ({
            id: e.closest('[data-segment]')!.id,
            lang: e.getAttribute('lang'),
            text: (e as HTMLElement).innerText,
          })),
        );
        const expected = rows.flatMap((r) => Object.entries(r.cells).map(([lang, s]) => ({ id: r.id, lang, text: s.text })));
        expect(cells.map((c) => `${c.id}/${c.lang}`).sort()).toEqual(expected.map((c) => `${c.id}/${c.lang}`).sort());
        for (const cell of cells) {
          const want = expected.find((e) => e.id === cell.id && e.lang === cell.lang)!;
          expect(normalise(cell.text.replace(/^↳\s*/, '')), `${cell.id}/${cell.lang}`).toBe(normalise(want.text));
        }
      });
    }

    for (const sourceId of ['tip-2023', 'journal-2026']) {
      test(`${sourceId}: contents name a section the reader's language lacks by our label, the source's heading beside it`, async ({
        page,
      }) => {
        const labels = corpus.sections.find((s) => s.id === sourceId)!.labels;
        const rows = rowsOfSource(sourceId).filter((r) => r.kind === 'heading' && (r.depth ?? 2) > 1);
        const lacking = rows.filter((r) => !r.cells[locale]);
        await page.goto(`/${locale}/sources/${sourceId}/`);
        const toc = page.locator('nav.toc');
        await toc.locator('summary').click();
        const note = toc.locator('[data-our-labels]');
        if (lacking.length)
          await expect(note).toHaveText(
            t['source.ourLabels'].replace('{lang}', t[`lang.${locale}`]).replace('{langIn}', t[`lang.in.${locale}`]),
          );
        else await expect(note).toHaveCount(0);
        for (const row of rows) {
          const entry = toc.locator(`li[data-toc="${row.id}"]`);
          const link = entry.locator('a');
          if (row.cells[locale]) {
            // The source heads it in the reader's language: its own words, nothing of ours.
            await expect(link).toHaveText(normalise(row.cells[locale]!.text));
            await expect(link).not.toHaveAttribute('data-our-label');
            await expect(entry.locator('.toc-heading')).toHaveCount(0);
          } else {
            await expect(link).toHaveText(labels[row.id]![locale]!);
            await expect(link).toHaveAttribute('lang', locale);
            await expect(link).toHaveAttribute('data-our-label', '');
            // Beside it, the heading in the first language the columns show (the original first).
            const lang = heldLanguages(corpus.sources.find((s) => s.id === sourceId)!).find((l) => row.cells[l])!;
            const cell = row.cells[lang]!;
            await expect(entry.locator('.toc-heading')).toHaveText(normalise(cell.text).replace(/[\s:]+$/u, ''));
            await expect(entry.locator('.toc-heading')).toHaveAttribute('lang', lang);
          }
          // In the columns, the heading is the source's own, in every language it has, never our label.
          for (const [lang, cell] of Object.entries(row.cells))
            await expect(page.locator(`#${row.id} .cell[lang="${lang}"]`)).toHaveText(normalise(cell.text));
        }
      });
    }

    test('the language switcher keeps the page and the passage', async ({ page }) => {
      await page.goto(`/${locale}/sources/tip-2023/#protection-2`);
      for (const target of locales.filter((l) => l !== locale)) {
        await page.goto(`/${locale}/sources/tip-2023/#protection-2`);
        await page.locator(`.lang-switch a[hreflang="${target}"]`).click();
        await expect(page).toHaveURL(new RegExp(`/${target}/sources/tip-2023/#protection-2$`));
        await expect(page.locator('html')).toHaveAttribute('lang', target);
      }
    });

    test('a deep link highlights the aligned kk and ru texts side by side', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/${locale}/sources/tip-2023/#protection-2`);
      const row = page.locator('#protection-2');
      await expect(row).toBeInViewport();
      const background = await row.evaluate((e) => getComputedStyle(e).backgroundColor);
      expect(background).not.toBe('rgba(0, 0, 0, 0)');
      const kk = await row.locator('.cell[lang="kk"]').boundingBox();
      const ru = await row.locator('.cell[lang="ru"]').boundingBox();
      expect(kk && ru).toBeTruthy();
      expect(Math.abs(kk!.y - ru!.y)).toBeLessThan(2);
      expect(kk!.x).not.toBe(ru!.x);
    });

    test('the column choice is in the address and survives a reload', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/${locale}/sources/tip-2023/`);
      const picker = page.locator('[data-column-picker]');
      await expect(picker).toBeVisible();
      await expect(picker.locator('legend')).toHaveText(t['reader.columns']);
      // ru first, then kk
      await picker.locator('[data-move-left="ru"]').click();
      await expect(page).toHaveURL(/\?langs=ru,kk/);
      await page.reload();
      // Order is visual (CSS order), so compare positions.
      const x = async (lang: string) => (await page.locator(`#summary .cell[lang="${lang}"]`).boundingBox())!.x;
      expect(await x('ru')).toBeLessThan(await x('kk'));
      // kk only
      await picker.locator('input[value="ru"]').uncheck();
      await expect(page).toHaveURL(/\?langs=kk(#|$)/);
      await page.reload();
      await expect(page.locator('#summary .cell[lang="ru"]')).toBeHidden();
      await expect(page.locator('#summary .cell[lang="kk"]')).toBeVisible();
    });

    test('a source missing a language says so and links to the original', async ({ page }) => {
      await page.goto(`/${locale}/sources/tip-2023/`);
      const missing = page.locator('[data-missing-lang="en"]');
      await expect(missing).toContainText(
        t['source.missing'].replace('{lang}', t['lang.en']).replace('{langIn}', t['lang.in.en']),
      );
      await expect(missing.locator('a')).toHaveAttribute('href', corpus.sources.find((s) => s.id === 'tip-2023')!.original!.url!);
    });

    test('the citation names the source, version, section and paragraph', async ({ page }) => {
      await page.goto(`/${locale}/sources/tip-2023/#protection-2`);
      const details = page.locator('#protection-2 details.cite');
      await details.locator('summary').click();
      const section = corpus.texts
        .find((x) => x.source === 'tip-2023' && x.lang === 'ru')!
        .segments.find((s) => s.id === 'protection')!.text;
      const place = t['passage.paragraph'].replace('{n}', '2');
      const gost = details.locator('.cite-lang[data-lang="ru"] [data-style="gost"]');
      await expect(gost).toContainText(section);
      await expect(gost).toContainText(place);
      await expect(gost).toContainText(t['cite.electronic']);
      await expect(gost).not.toContainText('protection-2');
      await expect(details.locator('.cite-lang[data-lang="ru"] [data-style="apa"]')).toContainText(place);
    });

    test('a phone-sized screen has no horizontal scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      for (const source of corpus.sources) {
        await page.goto(`/${locale}/sources/${source.id}/`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, source.id).toBeLessThanOrEqual(0);
      }
    });
  });

  test.describe(`reader without JavaScript (${locale})`, () => {
    test.use({ javaScriptEnabled: false });
    test('reads correctly: all languages, anchors and citations', async ({ page }) => {
      await page.goto(`/${locale}/sources/tip-2023/#protection-2`);
      await expect(page.locator('[data-column-picker]')).toBeHidden();
      await expect(page.locator('#protection-2 .cell[lang="kk"]')).toBeVisible();
      await expect(page.locator('#protection-2 .cell[lang="ru"]')).toBeVisible();
      await page.locator('#protection-2 details.cite summary').click();
      await expect(page.locator('#protection-2 [data-style="gost"]').first()).toBeVisible();
    });
    test('on a phone every language is shown and the language switch, which needs scripts, is not', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/${locale}/sources/tip-2023/`);
      await expect(page.locator('[data-phone-switch]')).toBeHidden();
      await expect(page.locator('[data-column-picker]')).toBeHidden();
      await expect(page.locator('#protection-2 .cell[lang="kk"]')).toBeVisible();
      await expect(page.locator('#protection-2 .cell[lang="ru"]')).toBeVisible();
    });
  });
}
