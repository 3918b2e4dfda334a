/** Sentence units in the reader: counterparts, permalinks (with and without JS), copy, the phone switch. */
import { expect, test, type Page } from '@playwright/test';
import { dictionaries } from '../../src/i18n';
import { locales } from '../../src/i18n/locales';
import { normalise, rowsOfSource } from './corpus';

const row = rowsOfSource('tip-2023').find((r) => r.id === 'protection-2')!;
const unit = row.units.find((u) => u.id === 'protection-2-s7')!;
const sentence = (lang: 'kk' | 'ru') => unit.sentences[lang]!.map((i) => row.cells[lang]!.sentences[i]!.text).join(' ');
const cellSentence = (page: Page, lang: string) =>
  page.locator(`#protection-2 .cell[lang="${lang}"] [data-sentence="protection-2-s7"]`);
const mark = 'rgb(255, 243, 176)';
const background = (page: Page, lang: string) =>
  cellSentence(page, lang)
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);

test('the shelter-funding sentence is one unit in both languages', () => {
  expect(sentence('ru')).toContain('218 360');
  expect(sentence('kk')).toContain('218 360');
});

for (const locale of locales) {
  const t = dictionaries[locale];

  test.describe(`sentences (${locale})`, () => {
    test('hovering a sentence lights up its counterpart', async ({ page }) => {
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.goto(`/${locale}/sources/tip-2023/#protection-2`);
      await cellSentence(page, 'kk').hover();
      await expect(cellSentence(page, 'ru')).toHaveClass(/snt-hl/);
      await expect(cellSentence(page, 'ru')).toHaveText(sentence('ru'));
      await page.mouse.move(5, 5);
      await expect(cellSentence(page, 'ru')).not.toHaveClass(/snt-hl/);
    });

    test('a sentence permalink lands on the sentence, highlighted with its counterpart', async ({ page }) => {
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.goto(`/${locale}/sources/tip-2023/#protection-2-s7`);
      await expect(cellSentence(page, 'kk')).toBeInViewport();
      expect(await background(page, 'kk')).toBe(mark);
      expect(await background(page, 'ru')).toBe(mark);
      // Its neighbour is not highlighted.
      const neighbour = page.locator('#protection-2 .cell[lang="ru"] [data-sentence="protection-2-s6"]');
      expect(await neighbour.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(mark);
    });

    test('"Copy quote" copies both sentences, the site permalink and the citation', async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.goto(`/${locale}/sources/tip-2023/#protection-2`);
      await cellSentence(page, 'ru').click();
      const tools = page.locator('#protection-2 .snt-tools');
      await tools.getByRole('button', { name: t['sentence.copyQuote'] }).click();
      await expect(tools.getByRole('button', { name: t['segment.copied'] })).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const lines = copied.split('\n');
      expect(normalise(lines[0]!)).toBe(`«${normalise(sentence('ru'))}»`);
      expect(normalise(lines[1]!)).toBe(`«${normalise(sentence('kk'))}»`);
      // The site's own permalink (its public address, as the canonical link gives it), not the publisher's.
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(lines[2]).toBe(`${canonical}#protection-2-s7`);
      expect(new URL(lines[2]!).pathname).toBe(`/${locale}/sources/tip-2023/`);
      expect(lines[3]).toContain(t['sentence.place'].replace('{n}', '7'));
      expect(lines[3]).toContain(t['cite.version'].replace('{lang}', t['lang.ru']).replace('{langIn}', t['lang.in.ru']));
      await tools.getByRole('button', { name: t['sentence.copyLink'] }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(lines[2]);
    });

    test('on a phone each row shows one language, switched with one tap; a tapped sentence shows its counterpart', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/${locale}/sources/tip-2023/`);
      const switcher = page.locator('[data-phone-switch]');
      await expect(switcher).toBeVisible();
      const first = locale === 'en' ? 'kk' : locale;
      const other = first === 'kk' ? 'ru' : 'kk';
      await expect(switcher.getByRole('button', { name: t[`lang.${first}`] })).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator(`#protection-2 .cell[lang="${first}"]`)).toBeVisible();
      await expect(page.locator(`#protection-2 .cell[lang="${other}"]`)).toBeHidden();
      await switcher.getByRole('button', { name: t[`lang.${other}`] }).click();
      await expect(page.locator(`#protection-2 .cell[lang="${other}"]`)).toBeVisible();
      await expect(page.locator(`#protection-2 .cell[lang="${first}"]`)).toBeHidden();
      // The first aligned row is on the first screen.
      await expect(page.locator('#summary')).toBeInViewport();
      await cellSentence(page, other).click();
      const counterpart = page.locator('#protection-2 .snt-tools [data-counterpart]');
      await expect(counterpart).toBeVisible();
      await expect(counterpart).toHaveAttribute('lang', first);
      expect(normalise((await counterpart.textContent())!)).toBe(normalise(sentence(first as 'kk' | 'ru')));
    });

    test('the first aligned rows are on the first screen on a desktop', async ({ page }) => {
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.goto(`/${locale}/sources/tip-2023/`);
      await expect(page.locator('#summary')).toBeInViewport();
      await expect(page.locator('.source-details summary')).toHaveText(t['source.details']);
    });

    test('a search hit lands on the sentence holding the matched words', async ({ page }) => {
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.goto(`/${locale}/sources/tip-2023/?highlight=218#protection-2`);
      await expect(cellSentence(page, 'kk').locator('mark')).toHaveText('218');
      await expect(cellSentence(page, 'kk')).toHaveClass(/snt-target/);
      await expect(cellSentence(page, 'ru')).toHaveClass(/snt-target/);
      await expect(cellSentence(page, 'ru')).toBeInViewport();
    });

    test('single-language texts have sentence permalinks too', async ({ page }) => {
      const mvd = rowsOfSource('mvd-2022').find((r) => r.units.length > 1)!;
      await page.goto(`/${locale}/sources/mvd-2022/#${mvd.units[1]!.id}`);
      await expect(page.locator(`[id="${mvd.units[1]!.id}"]`)).toHaveAttribute('data-sentence', mvd.units[1]!.id);
    });
  });

  test.describe(`sentences without JavaScript (${locale})`, () => {
    test.use({ javaScriptEnabled: false });
    test('a sentence permalink highlights the sentence and its counterpart (:target)', async ({ page }) => {
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.goto(`/${locale}/sources/tip-2023/#protection-2-s7`);
      await expect(cellSentence(page, 'kk')).toBeInViewport();
      expect(await background(page, 'kk')).toBe(mark);
      expect(await background(page, 'ru')).toBe(mark);
    });
  });
}
