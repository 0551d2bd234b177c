import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { devPort } from '../../playwright.config.ts';
import { currentIndex, revealReady } from './slide-checks.ts';

const port = devPort;
let root: string;
let server: ChildProcess;
let dataFile: string;

test.beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'quarterdeck-dev-'));
  await cp('tests/fixtures/acme', root, { recursive: true });
  dataFile = path.join(root, 'data/acme/results.yaml');
  server = spawn(process.execPath, ['bin/quarterdeck.js', 'dev', '--root', root, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => String(chunk).includes('http://') && resolve());
    server.on('exit', (code) => reject(new Error(`quarterdeck dev exited with ${code}`)));
  });
});

test.afterAll(async () => {
  server.kill();
  await rm(root, { recursive: true, force: true });
});

test('editing a figure updates the open deck on the same slide, and a bad edit shows where it is', async ({ page }) => {
  await page.goto(`http://localhost:${port}/quarterly/#/4`);
  await revealReady(page);
  const slide = page.locator('section.present');
  await expect(slide).toContainText('48,210');

  const original = await readFile(dataFile, 'utf8');
  await writeFile(dataFile, original.replace('48210', '48999'));
  await expect(slide).toContainText('48,999', { timeout: 5000 });
  expect(await currentIndex(page)).toBe(4);

  await writeFile(dataFile, original.replace('48210', '"48,999 yen"'));
  const overlay = page.locator('vite-error-overlay');
  await expect(overlay).toBeAttached({ timeout: 5000 });
  const message = await overlay.evaluate((element) => element.shadowRoot?.textContent ?? '');
  expect(message).toContain('data/acme/results.yaml:22:');
  expect(message).toContain('pl.rows[0].values[0]');

  await writeFile(dataFile, original.replace('48210', '50001'));
  await expect(overlay).not.toBeAttached({ timeout: 5000 });
  await expect(slide).toContainText('50,001');
  expect(await currentIndex(page)).toBe(4);
});
