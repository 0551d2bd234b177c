// `npm test`: install what is missing (packages, a Chromium, poppler-utils for the PDF tests, redis-server for the
// follow-the-presenter tests), build the CLI (lib/, which the tests run as `node bin/quarterdeck.js`), then
// type-check and run every unit test (Vitest) and every browser test (Playwright), and close with one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { browserVariable, projectRoot, reportsDir as reports } from '../tooling/settings.js';
import { buildCli, ensureBrowser, ensureDependencies, ensurePdfTools, ensureRedis } from './setup.js';

ensureDependencies();
buildCli();
const browser = ensureBrowser();
ensurePdfTools();
ensureRedis();
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const env = { ...process.env, [browserVariable]: browser };
const bin = (name) => path.join(projectRoot, 'node_modules', '.bin', name);
const step = (title, command, args) => {
  console.log(`\n── ${title}`);
  return spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit', env }).status === 0;
};

const typesOk = step('Type check (svelte-check)', bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human']);
const unitFile = path.join(reports, 'vitest.json');
step('Unit tests (Vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitFile}`]);
const browserFile = path.join(reports, 'playwright.json');
step('Browser tests (Playwright, Chromium)', bin('playwright'), ['test']);

const unit = readJson(unitFile);
const e2e = readJson(browserFile);
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0);
let failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0);
// A runner that crashed before writing its report, or a failed type check, counts as a failure.
if (!unit || !unit.success && unit.numFailedTests === 0) failed += 1;
if (!e2e || (e2e.errors?.length ?? 0) > 0) failed += 1;
if (!typesOk) failed += 1;
// Skipped tests are the ones whose inputs are absent (the seeds beside a clone); each says why above.
const skipped = (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (e2e?.stats?.skipped ?? 0);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}
