/**
 * What readers notice first: the search-hit highlight, the language of every page (plurals, dates,
 * 404), behaviour without JavaScript, print, sharing and discoverability — in all three locales.
 */
import { expect, test, type Locator } from '@playwright/test';
import { dictionaries, useTranslations } from '../../src/i18n';
import { formatDate, trimAtWord } from '../../src/i18n/format';
import { locales } from '../../src/i18n/locales';
import { corpus } from './corpus';

/** WCAG relative luminance of a computed `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map(Number)
    .map((c) => c / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
const colours = (locator: Locator) =>
  locator.evaluate((e) => ({ bg: getComputedStyle(e).backgroundColor, fg: getComputedStyle(e).color }));

const figure = corpus.figures.find((f) => f.source === 'tip-2023')!;

for (const locale of locales) {
  test.describe(`search-hit highlight (${locale})`, () => {
    test('marked words stand out against the highlighted row and the page, at AA contrast', async ({ page }) => {
      await page.goto(`/${locale}/sources/tip-2023/?highlight=${encodeURIComponent('выявило')}#protection-1`);
      const row = page.locator('#protection-1');
      const mark = row.locator('.cell[lang="ru"] mark').first();
      await expect(mark).toBeVisible();
      const { bg: markBg, fg: markFg } = await colours(mark);
      const { bg: rowBg } = await colours(row);
      const pageBg = await page.locator('body').evaluate((e) => getComputedStyle(e.parentElement!).backgroundColor);
      expect(rowBg).not.toBe('rgba(0, 0, 0, 0)');
      expect(contrast(markBg, rowBg)).toBeGreaterThanOrEqual(3);
      expect(contrast(markBg, pageBg)).toBeGreaterThanOrEqual(3);
      expect(contrast(markFg, markBg)).toBeGreaterThanOrEqual(4.5);
    });

    test('a figure row targeted by a hit is highlighted too', async ({ page }) => {
      await page.goto(`/${locale}/findings/metrics/${figure.metric}/#${figure.id}`);
      const row = page.locator(`tr#${figure.id}`);
      await expect(row).toBeVisible();
      const { bg } = await colours(row);
      expect(bg).not.toBe('rgba(0, 0, 0, 0)');
      const pageBg = await page.locator('html').evaluate((e) => getComputedStyle(e).backgroundColor);
      expect(bg).not.toBe(pageBg);
    });
  });
}

for (const locale of locales) {
  const t = dictionaries[locale];
  const translate = useTranslations(locale);

  test.describe(`language (${locale})`, () => {
    test('counted nouns agree with their numbers on the findings pages', async ({ page }) => {
      await page.goto(`/${locale}/findings/`);
      const labels = await page.locator('[data-figure] strong').allInnerTexts();
      expect(labels.length).toBeGreaterThan(0);
      for (const figure of corpus.figures.slice(0, 40)) {
        const label = page.locator(`[data-figure="${figure.id}"] strong`).first();
        await expect(label).toContainText(translate(`count.${figure.counts}`, { count: figure.value }));
      }
      const text = await page.locator('main').innerText();
      // "23 дел", "4 лет": a number ending in 2–4 (not 12–14) takes the genitive singular, never the plural.
      if (locale === 'ru')
        expect(text).not.toMatch(/(?<![\d\u00a0\u202f])(?:\d*[02-9])?[234]\s(дел|лет|преступлений|операций|проверок)(?!\p{L})/u);
      if (locale === 'en') expect(text).not.toMatch(/\b1 (people|cases|years)\b/);
    });

    test('dates are written in the language, and unknown authors and publishers said plainly', async ({ page }) => {
      await page.goto(`/${locale}/sources/mvd-2022/`);
      const facts = page.locator('dl.facts');
      await expect(facts).toContainText(formatDate('2022-11', locale));
      await expect(facts).toContainText(t['source.authorsUnknown']);
      await expect(facts).toContainText(t['source.publisherUnknown']);
      await page.goto(`/${locale}/`);
      await expect(page.locator(`[data-source="tip-2023"] time`)).toHaveText(formatDate('2023-06-30', locale));
      await expect(page.locator('main')).not.toContainText('2023-06-30');
    });

    test('a news story offers no “original” that is only its subject', async ({ page }) => {
      await page.goto(`/${locale}/sources/tip-2020/`);
      await expect(page.locator('.missing-langs a')).toHaveCount(0);
      await expect(page.locator('.original')).toContainText(t['source.reportsOn']);
      await expect(page.locator('main')).not.toContainText(t['source.missingOriginal'].replace(' ({lang})', ''));
    });

    test('no machine id is shown as a title', async ({ page }) => {
      for (const source of corpus.sources) {
        await page.goto(`/${locale}/sources/${source.id}/`);
        const titles = await page
          .locator('[data-pagefind-title]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-pagefind-title')!));
        const ids = new Set(corpus.texts.filter((x) => x.source === source.id).flatMap((x) => x.segments.map((s) => s.id)));
        for (const title of titles)
          for (const part of title.split(/ · |, /)) expect(ids.has(part), `${source.id}: ${title}`).toBe(false);
      }
      const rec = corpus.recommendations[0]!;
      await page.goto(`/${locale}/recommendations/${rec.id}/`);
      await expect(page.locator('main')).not.toContainText(rec.segment);
    });

    test('the menu’s labels cannot be confused', async ({ page }) => {
      await page.goto(`/${locale}/`);
      const labels = await page.locator('.site-header nav:not(.lang-switch) a').allInnerTexts();
      expect(labels).toEqual(
        ['nav.sources', 'nav.findings', 'nav.recommendations', 'nav.search', 'nav.about'].map((k) => t[k as 'nav.sources']),
      );
      // "Деректер" beside "Дереккөздер" and "Деректер туралы": no two labels may start alike.
      const starts = labels.map((l) => l.toLowerCase().slice(0, 4));
      expect(new Set(starts).size, labels.join(' / ')).toBe(labels.length);
    });
  });
}

for (const locale of locales) {
  const t = dictionaries[locale];

  test.describe(`404 (${locale})`, () => {
    test('an unknown address under the language prefix answers in that language', async ({ page }) => {
      const response = await page.goto(`/${locale}/no-such-page/`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('h1')).toHaveText(t['notFound.title']);
      await expect(page.locator('.site-header nav a').first()).toHaveText(t['nav.sources']);
      await expect(page.locator('main a').first()).toHaveAttribute('href', `/${locale}/`);
    });

    test('the language’s own 404 page is where hosts look for the nearest one, and needs no script', async ({ request }) => {
      const response = await request.get(`/${locale}/404.html`);
      expect(response.ok()).toBe(true);
      const html = await response.text();
      expect(html).toContain(`<html lang="${locale}"`);
      expect(html).toMatch(new RegExp(`<h1[^>]*>${t['notFound.title']}</h1>`));
      expect(html).toContain('<meta name="robots" content="noindex">');
    });
  });

  test.describe(`404 without JavaScript (${locale})`, () => {
    test.use({ javaScriptEnabled: false });
    test('a host with one 404 page still answers in every language', async ({ page }) => {
      await page.goto(`/${locale}/no-such-page/`);
      await expect(page.locator(`section[lang="${locale}"]`)).toContainText(t['notFound.title']);
      await expect(page.locator(`section[lang="${locale}"] a[href="/${locale}/"]`)).toHaveText(t['nav.home']);
    });
  });
}

for (const locale of locales) {
  const rec = corpus.recommendations.find((r) => r.id === 'tip-2023-r4')!;

  test.describe(`without JavaScript (${locale})`, () => {
    test.use({ javaScriptEnabled: false });
    test('every passage links the same passage in the other interface languages', async ({ page }) => {
      await page.goto(`/${locale}/sources/tip-2023/#protection-2`);
      const details = page.locator('#protection-2 details.cite');
      await details.locator('summary').click();
      for (const other of locales.filter((l) => l !== locale)) {
        const link = details.locator(`a[data-passage-lang="${other}"]`);
        await expect(link).toHaveAttribute('href', `/${other}/sources/tip-2023/#protection-2`);
        await link.click();
        await expect(page).toHaveURL(new RegExp(`/${other}/sources/tip-2023/#protection-2$`));
        await expect(page.locator('#protection-2')).toBeInViewport();
        await page.goBack();
        await details.locator('summary').click();
      }
    });
  });

  test.describe(`print (${locale})`, () => {
    test('a recommendation prints its citation and permalink, no controls, and external link targets', async ({ page }) => {
      await page.goto(`/${locale}/recommendations/${rec.id}/`);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.cite [data-style="gost"]').first()).toBeVisible();
      await expect(page.locator('[data-permalink]')).toBeVisible();
      for (const button of await page.locator('button').all()) await expect(button).toBeHidden();
      await expect(page.locator('.site-header')).toBeHidden();
      await page.goto(`/${locale}/sources/tip-2023/#protection-2`);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('#protection-2 .cite [data-style="gost"]').first()).toBeVisible();
      await expect(page.locator('#protection-3 .cite [data-style="gost"]').first()).toBeHidden();
      const external = page.locator('a[href^="http"][rel~="external"]').first();
      const after = await external.evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toContain(await external.getAttribute('href'));
    });

    test('ids and words never break inside a word on paper', async ({ page }) => {
      await page.goto(`/${locale}/sources/tip-2023/`);
      await page.emulateMedia({ media: 'print' });
      const id = page.locator('#recommendation-5 .seg-id');
      const style = await id.evaluate((e) => ({ wb: getComputedStyle(e).wordBreak, ow: getComputedStyle(e).overflowWrap }));
      expect(style).toEqual({ wb: 'normal', ow: 'normal' });
      // One line per word: the id's text node never splits mid-word, so its height is at most two lines.
      const lines = await id.evaluate((e) => {
        const range = document.createRange();
        range.selectNodeContents(e);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      expect(lines).toBeLessThanOrEqual(2);
    });
  });
}

for (const locale of locales) {
  const t = dictionaries[locale];

  test.describe(`sharing and discoverability (${locale})`, () => {
    test('a recommendation’s preview names it, is cut at a word, and is in the declared language', async ({ page }) => {
      for (const rec of corpus.recommendations.filter((r) => r.source === 'tip-2023').slice(0, 3)) {
        await page.goto(`/${locale}/recommendations/${rec.id}/`);
        const ogTitle = await page.locator('meta[property="og:title"]').getAttribute('content');
        const description = (await page.locator('meta[property="og:description"]').getAttribute('content'))!;
        expect(ogTitle).toContain(t['rec.recommendation'].replace('{number}', String(rec.number)));
        expect(description.length).toBeLessThanOrEqual(161);
        if (rec.text[locale]) {
          expect(ogTitle).toContain(rec.text[locale]!.slice(0, 30));
          expect(description).toBe(trimAtWord(rec.text[locale]!, 160));
        } else {
          // No text in the page's language: the preview is ours, in the page's language, not the other text.
          for (const other of locales.filter((l) => l !== locale && rec.text[l]))
            expect(description).not.toContain(rec.text[other]!.slice(0, 20));
        }
        await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute(
          'content',
          { kk: 'kk_KZ', ru: 'ru_RU', en: 'en_US' }[locale],
        );
      }
    });

    test('robots.txt points at the sitemap, which lists every page with its alternates', async ({ request }) => {
      const robots = await (await request.get('/robots.txt')).text();
      const sitemapUrl = /Sitemap: (\S+)/.exec(robots)![1]!;
      const index = await (await request.get(new URL(sitemapUrl).pathname)).text();
      const part = /<loc>([^<]+)<\/loc>/.exec(index)![1]!;
      const sitemap = await (await request.get(new URL(part).pathname)).text();
      for (const path of [
        `/${locale}/`,
        `/${locale}/sources/tip-2023/`,
        `/${locale}/recommendations/${corpus.recommendations[0]!.id}/`,
      ]) {
        const entry = new RegExp(`<url><loc>[^<]*${path.replace(/\//g, '\\/')}</loc>(.*?)</url>`).exec(sitemap);
        expect(entry, path).not.toBeNull();
        for (const l of locales) expect(entry![1]).toContain(`hreflang="${l}"`);
      }
      expect(sitemap).not.toContain('/404');
    });

    test('an Atom feed lists the sources and recommendations in the language', async ({ page, request }) => {
      await page.goto(`/${locale}/`);
      const href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
      const response = await request.get(href!);
      expect(response.headers()['content-type']).toContain('xml');
      const xml = await response.text();
      expect(xml).toContain(`xml:lang="${locale}"`);
      for (const s of corpus.sources) expect(xml).toContain(`<title>${s.label[locale]}</title>`);
      expect(xml.match(/<entry>/g)!.length).toBe(corpus.sources.length + corpus.recommendations.length);
    });
  });
}
