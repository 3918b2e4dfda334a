import { defineConfig } from '@playwright/test';
import { chromeFlags, chromePath } from './scripts/chromium.mjs';

/**
 * Browser tests run against the built site (`npm run build` first), served by `astro preview`, which
 * sends the security headers real hosts send (astro.config.mjs `server.headers`, from
 * src/layouts/security.ts like public/_headers), so the tests see what users get.
 * The browser is a system Chromium: set CHROME_PATH, or install Debian's `chromium` (see README).
 */
const port = Number(process.env.PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  ...(process.env.CI ? { workers: 2 } : {}),
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromePath, args: chromeFlags },
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/en/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
