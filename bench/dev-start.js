// `quarterdeck dev` from the command to the first slide on screen: the wait a user has after typing
// the command and opening a deck. Measured from spawning the process, on Node's clock, because the
// process start is part of the wait; the page's own clock does not see it.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../tooling/settings.js';
import { viewport, waitForReveal } from './browser.js';
import { median, now } from './measure.js';
import { freePort } from './servers.js';

const host = '127.0.0.1';

/**
 * Starts `quarterdeck dev --root <root>` `runs` times and opens `/<deck>/` in a fresh browser context
 * as soon as the port answers. Each run gives the time to the first HTTP answer of the deck page and
 * to reveal.js 'ready' with the first slide visible, and the CPU time the dev process spent until then. `cold` empties Vite's dependency cache for the
 * root before the first run (as on a first `dev` after installing); the other runs start warm.
 */
export async function devStart(browser, root, deck, runs, { cacheDir, packageDir = projectRoot } = {}) {
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
  const samples = [];
  for (let run = 0; run < runs; run += 1) samples.push(await startOnce(browser, path.resolve(root), deck, packageDir));
  const [first, ...warm] = samples;
  const pick = (list, key) => (list.some((sample) => sample[key] === null) ? null : median(list.map((sample) => sample[key])));
  const figures = (list) => ({ firstAnswerMs: pick(list, 'firstAnswerMs'), slideVisibleMs: pick(list, 'slideVisibleMs'), cpuMs: pick(list, 'cpuMs') });
  return {
    firstRun: figures([first]),
    warm: warm.length ? { ...figures(warm), runs: warm.length } : null,
    reloadsOnFirstPage: samples.reduce((sum, sample) => sum + sample.reloads, 0),
  };
}

async function startOnce(browser, root, deck, packageDir) {
  const port = await freePort();
  const started = now();
  const child = spawn(process.execPath, ['bin/quarterdeck.js', 'dev', '--root', root, '--host', host, '--port', String(port)], {
    cwd: packageDir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const context = await browser.newContext({ viewport });
  try {
    const url = `http://${host}:${port}/${deck}/`;
    const firstAnswerMs = (await firstAnswer(url, exited, () => stderr)) - started;
    const page = await context.newPage();
    // A dependency re-optimisation makes Vite reload the page; count the loads of the deck page.
    let loads = 0;
    page.on('load', () => (loads += 1));
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await waitForReveal(page);
    await page.locator('.reveal .slides > section.present').first().waitFor({ state: 'visible', timeout: 60_000 });
    const slideVisibleMs = now() - started;
    const cpuMs = processCpuMs(child.pid);
    // A reload triggered by the first page arrives within moments of it; give it the chance to show.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return { firstAnswerMs, slideVisibleMs, cpuMs, reloads: Math.max(0, loads - 1) };
  } finally {
    await context.close();
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
    await exited;
    clearTimeout(timer);
  }
}

/** Polls `url` until it answers (any status), and returns when on the `now()` clock. */
async function firstAnswer(url, exited, output) {
  let gone = false;
  exited.then(() => (gone = true));
  const deadline = now() + 60_000;
  while (now() < deadline) {
    if (gone) throw new Error(`quarterdeck dev exited before answering:\n${output()}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(30_000) });
      return now();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  throw new Error(`quarterdeck dev did not answer ${url} within 60 s:\n${output()}`);
}

/**
 * CPU time (user + system, ms) the process has used so far, from /proc (Linux; `null` elsewhere).
 * On a shared machine the wall time grows with the load of others; this figure hardly does.
 */
function processCpuMs(pid) {
  try {
    // Fields after the command name (which is in parentheses): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}
