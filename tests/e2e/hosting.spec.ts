/**
 * What a host serves, as users get it: every page carries the security headers of public/_headers
 * (the CSP with frame-ancestors, nosniff, a referrer policy, X-Frame-Options), and no other origin can
 * frame the site. (The site framing itself — the search frames — is what search.spec.ts exercises.)
 */
import { expect, test } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { locales } from '../../src/i18n/locales';
import { securityHeaders } from '../../src/layouts/security';

for (const locale of locales) {
  test(`/${locale}/ carries the security headers`, async ({ page }) => {
    const response = await page.goto(`/${locale}/`);
    const headers = response!.headers();
    for (const [name, value] of Object.entries(securityHeaders)) expect(headers[name.toLowerCase()], name).toBe(value);
    expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
  });
}

test('another origin cannot frame the site', async ({ page, baseURL }) => {
  // Another origin on the same loopback address (another port), whose page frames the site: nothing
  // but the site's headers stands in the way.
  const elsewhere = createServer((_, res) =>
    res
      .writeHead(200, { 'Content-Type': 'text/html' })
      .end(`<!DOCTYPE html><title>x</title><iframe src="${baseURL}/en/"></iframe>`),
  );
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  try {
    const refused = page.waitForEvent('console', (m) => /frame-ancestors/.test(m.text()));
    await page.goto(`http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/`);
    await refused;
    // Chromium shows its error page in the frame instead of the site.
    await expect
      .poll(() =>
        page
          .frames()
          .find((f) => f !== page.mainFrame())
          ?.url(),
      )
      .toMatch(/^chrome-error:/);
  } finally {
    elsewhere.close();
  }
});
