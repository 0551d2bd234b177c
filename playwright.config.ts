import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { buildIfStale } from './tooling/cli-build.js';
import { browserVariable, chromiumArgs, defaultBrowser, portBase, reportsDir } from './tooling/settings.js';

// The web servers below and the tests run `node bin/quarterdeck.js`, which runs lib/ (the CLI built
// from src/): bring it up to date first. Workers load this file again and find it current.
buildIfStale();

/** Where the browser tests' fixture deck is built and served from. */
export const fixtureOut = '.quarterdeck-tmp/acme-dist';
// Ports are fixed so that tests can name them; see portBase in tooling/settings.js.
export const fixturePort = portBase;
const port = fixturePort;
/** The project's own decks (decks/ and data/ at the top), built as `npm start` builds them. */
const siteOut = '.quarterdeck-tmp/site-dist';
export const sitePort = portBase + 2;
/** The port of the dev server that tests/browser/dev.spec.ts starts. */
export const devPort = portBase + 1;
/** One slide of every template (tests/fixtures/templates), for the golden screenshots. */
const templatesOut = '.quarterdeck-tmp/templates-dist';
export const templatesPort = portBase + 3;

// Playwright cannot download its own browsers here; `npm test` finds or installs a Chromium and
// passes its path in QUARTERDECK_CHROMIUM.
const executablePath = process.env[browserVariable] ?? defaultBrowser;

export default defineConfig({
  testDir: 'tests',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: path.join(reportsDir, 'playwright.json') }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1280, height: 720 },
    launchOptions: {
      executablePath,
      args: chromiumArgs,
    },
  },
  webServer: [
    {
      command: `node bin/quarterdeck.js build --root tests/fixtures/acme --out ${fixtureOut} && node bin/quarterdeck.js preview --root tests/fixtures/acme --out ${fixtureOut} --port ${port}`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `node bin/quarterdeck.js build --root tests/fixtures/templates --out ${templatesOut} && node bin/quarterdeck.js preview --root tests/fixtures/templates --out ${templatesOut} --port ${templatesPort}`,
      url: `http://localhost:${templatesPort}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `node bin/quarterdeck.js build --out ${siteOut} && node bin/quarterdeck.js preview --out ${siteOut} --port ${sitePort}`,
      url: `http://localhost:${sitePort}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
  expect: {
    // Golden screenshots are taken on this kind of machine (Debian's Chromium and Noto CJK fonts);
    // a small tolerance absorbs anti-aliasing, not layout changes.
    toHaveScreenshot: { maxDiffPixelRatio: 0.01 },
  },
  snapshotPathTemplate: '{testDir}/browser/__screenshots__/{arg}{ext}',
});
