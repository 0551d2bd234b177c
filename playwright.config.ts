import { defineConfig, devices } from '@playwright/test';

/** Where the browser tests' fixture deck is built and served from. */
export const fixtureOut = '.quarterdeck-tmp/acme-dist';
const port = 4317;

// Playwright cannot download its own browsers here; `npm test` finds or installs a Chromium and
// passes its path in QUARTERDECK_CHROMIUM.
const executablePath = process.env.QUARTERDECK_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '.quarterdeck-tmp/reports/playwright.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1280, height: 720 },
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    command: `node bin/quarterdeck.js build --root tests/fixtures/acme --out ${fixtureOut} && node bin/quarterdeck.js preview --root tests/fixtures/acme --out ${fixtureOut} --port ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
