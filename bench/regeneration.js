// How long a one-figure edit to a data file takes to reach the reader: through `quarterdeck build`
// (until the rebuilt HTML is written) and through `quarterdeck dev` (until the open page shows it).
// Both work on a temporary copy of the acme fixture; the repository's files are never edited.
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../tooling/settings.js';
import { viewport, waitForReveal } from './browser.js';
import { median, runNode } from './measure.js';
import { startServer } from './servers.js';

const fixture = path.join(projectRoot, 'tests', 'fixtures', 'acme');
const dataFile = 'data/acme/results.yaml';
/** The figure the fixture shows on slide #/4 (the income statement) as "48,210". */
const figure = 48210;
const deckId = 'quarterly';
const slide = 4;

const edited = (run) => figure + 111 * (run + 2);
const shown = (value) => value.toLocaleString('en-US');

async function copyFixture(into) {
  await cp(fixture, into, { recursive: true });
  const file = path.join(into, dataFile);
  const original = await readFile(file, 'utf8');
  if (!original.includes(String(figure))) throw new Error(`${dataFile} in the acme fixture no longer holds ${figure}; update bench/regeneration.js.`);
  return { file, original };
}

/** Edit, then `quarterdeck build`: from the save to the build's exit with the new figure in the HTML. */
export async function regenerateWithBuild(workDir, runs) {
  const root = path.join(workDir, 'acme-build');
  const out = path.join(workDir, 'acme-build-out');
  const { file, original } = await copyFixture(root);
  const build = () => runNode(['bin/quarterdeck.js', 'build', '--root', root, '--out', out], { cwd: projectRoot });
  await build();
  const times = [];
  for (let run = 0; run < runs; run += 1) {
    const value = edited(run);
    await writeFile(file, original.replace(String(figure), String(value)));
    const { wallMs } = await build();
    const html = await readFile(path.join(out, deckId, 'index.html'), 'utf8');
    if (!html.includes(shown(value))) throw new Error(`The rebuilt ${deckId}/index.html does not show ${shown(value)}.`);
    times.push(wallMs);
  }
  return { medianMs: median(times), samplesMs: times, runs };
}

/**
 * Edit while `quarterdeck dev` serves the deck open on slide #/4: from the save (Node's clock) to the
 * first animation frame in which that slide's text holds the new figure (the page's clock). Both clocks
 * are wall-clock based; their offset is measured before each edit and taken out.
 */
export async function regenerateInDev(browser, workDir, runs) {
  const root = path.join(workDir, 'acme-dev');
  const { file, original } = await copyFixture(root);
  const server = await startServer('dev', ['--root', root]);
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}${deckId}/#/${slide}`, { waitUntil: 'load', timeout: 60_000 });
    await waitForReveal(page);
    await waitForText(page, shown(figure));
    const times = [];
    // One unmeasured edit first: the dev server compiles on first use.
    for (let run = -1; run < runs; run += 1) {
      const value = edited(run);
      const offset = await clockOffset(page);
      const savedAt = performance.timeOrigin + performance.now();
      await writeFile(file, original.replace(String(figure), String(value)));
      const shownAt = await waitForText(page, shown(value));
      if (run >= 0) times.push(shownAt - offset - savedAt);
      const index = await page.evaluate(() => window.Reveal.getIndices().h);
      if (index !== slide) throw new Error(`After the edit the deck is on slide ${index}, not ${slide}.`);
    }
    return { medianMs: median(times), samplesMs: times, runs };
  } finally {
    await context.close();
    await server.stop();
  }
}

/** Resolves with the page's wall-clock time (ms) at the first frame where the current slide shows `text`. */
async function waitForText(page, text) {
  const handle = await page.waitForFunction(
    (expected) => document.querySelector('.reveal section.present')?.textContent?.includes(expected) && performance.timeOrigin + performance.now(),
    text,
    { polling: 'raf', timeout: 15_000 },
  );
  return handle.jsonValue();
}

/** Page clock minus Node clock, both as wall-clock ms, read at the midpoint of a round trip. */
async function clockOffset(page) {
  const before = performance.timeOrigin + performance.now();
  const inPage = await page.evaluate(() => performance.timeOrigin + performance.now());
  const after = performance.timeOrigin + performance.now();
  return inPage - (before + after) / 2;
}
