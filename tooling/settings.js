// Settings that `npm test`, the Playwright config, the tests and `npm run bench` share. Plain Node
// with no dependencies: scripts/test.js imports it before any package is installed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** The variable that points the tests and the bench at a browser of the user's choosing. */
export const browserVariable = 'QUARTERDECK_CHROMIUM';

/** The Chromium the browser tests and the bench launch, when `npm test` did not choose one. */
export const defaultBrowser = '/usr/bin/chromium';

/** Chromium flags for a headless run on a server or in a container, with nothing fetched on the side. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Where the test runners write their JSON reports; outside test-results/, which Playwright empties. */
export const reportsDir = path.join(projectRoot, '.quarterdeck-tmp', 'reports');

/**
 * The first of the ports tests listen on. QUARTERDECK_TEST_PORT moves the whole block, so that two
 * checkouts can test side by side on one machine. Offsets: 0 fixture preview, 1 dev.spec, 2 site
 * preview, 3 template fixture preview, 4-9 servers the unit tests start.
 */
export const portBase = Number(process.env.QUARTERDECK_TEST_PORT ?? 4317);
