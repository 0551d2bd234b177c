// `npm run bench`: measures the current code (build time and memory, regeneration after an edit,
// growth with deck size, page weight, load, dev start to first slide and navigation in Chromium, export to PDF, PNG and one file,
// and quarterdeck serve under load: static requests, and 1,000 followers of a presenter), prints a table and writes
// bench/results.json. Nothing here asserts a time, and nothing here is part of `npm test`.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../tooling/settings.js';
import { buildCli, ensureBrowser, ensureDependencies, ensureRedis } from './setup.js';

// --root benches another project's decks/ (default: this repository's); the other parts use their own inputs.
const { values: options } = parseArgs({ options: { root: { type: 'string', default: projectRoot } } });
const deckRoot = path.resolve(options.root);
if (!existsSync(path.join(deckRoot, 'decks'))) {
  console.error(`--root ${options.root} has no decks/ folder.`);
  process.exit(1);
}
ensureDependencies();
buildCli({ onlyIfStale: true });
const executablePath = ensureBrowser();
// For `serve --redis`; without it, that one figure is reported as failed.
ensureRedis();
// Imported after ensureDependencies(): they need yaml and playwright-core.
const { fullBuild, ms, scaleBuild, warmRebuild } = await import('../bench/builds.js');
const { launch, measureLoad, measureNavigation } = await import('../bench/browser.js');
const { memorySource, runNode } = await import('../bench/measure.js');
const { deckWeight, revealFloor } = await import('../bench/page-weight.js');
const { regenerateInDev, regenerateWithBuild } = await import('../bench/regeneration.js');
const { printTable } = await import('../bench/report.js');
const { killAllNow, startServer, stopAll } = await import('../bench/servers.js');

const runs = 5;
const scaleSizes = [100, 300, 1000];
const navigationChanges = 50;
/** The export figures: a 30-slide synthetic deck (the yardstick), 3 measured runs per PDF. */
const exportSyntheticSlides = 30;
const exportRuns = 3;
const resultsFile = path.join(projectRoot, 'bench', 'results.json');

const workDir = await mkdtemp(path.join(os.tmpdir(), 'quarterdeck-bench-'));
// Every build the bench runs keeps its build cache here, apart from the user's and removed with the rest.
process.env.QUARTERDECK_CACHE_DIR = path.join(workDir, 'build-cache');
const cleanUpNow = () => {
  killAllNow();
  rmSync(workDir, { recursive: true, force: true });
};
process.on('exit', cleanUpNow);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const results = { date: new Date().toISOString(), machine: machine(), method: method(), errors: [] };
/** Runs one part of the bench; a failure is recorded and reported, and the other parts still run. */
async function part(name, measure) {
  console.error(`bench: ${name}…`);
  try {
    return await measure();
  } catch (error) {
    // The first lines say what went wrong; Playwright appends pages of launch flags after them.
    const message = String(error?.message ?? error).split('\n').slice(0, 8).map((line) => line.slice(0, 300)).join('\n');
    results.errors.push(`${name}: ${message}`);
    return { error: message };
  }
}

const launched = await part('starting Chromium', () => launch(executablePath));
const browser = launched.error ? undefined : launched;
results.machine.chromium = browser?.version() ?? null;
const needBrowser = () => browser ?? (() => { throw new Error(`Chromium did not start: ${launched.error}`); })();
const regenerated = ({ medianMs, samplesMs, runs: count }) => ({ time: ms(medianMs), samples: { values: samplesMs.map((value) => ms(value).value), unit: 'ms' }, runs: count });
const acmeOut = path.join(workDir, 'acme-out');
try {
  results.fullBuild = await part('full build', async () => ({ root: path.relative(projectRoot, deckRoot) || '.', ...(await fullBuild(deckRoot, workDir, runs)) }));
  results.warmRebuild = await part('warm rebuild after one data edit', async () => ({ root: path.relative(projectRoot, deckRoot) || '.', ...(await warmRebuild(deckRoot, workDir, runs)) }));
  results.regeneration = {
    build: await part('regeneration through quarterdeck build', async () => regenerated(await regenerateWithBuild(workDir, runs))),
    dev: await part('regeneration in quarterdeck dev', async () => regenerated(await regenerateInDev(needBrowser(), workDir, runs))),
  };
  results.scale = await part('scale', async () => {
    const sizes = [];
    for (const slides of scaleSizes) sizes.push(await scaleBuild(workDir, slides, runs));
    return sizes;
  });
  results.scaleGrowth = Array.isArray(results.scale) ? growth(results.scale[0], results.scale.at(-1)) : null;
  results.pageWeight = await part('page weight', async () => {
    await runNode(['bin/quarterdeck.js', 'build', '--root', 'tests/fixtures/acme', '--out', acmeOut], { cwd: projectRoot });
    const own = builtDecks(results.fullBuild.out);
    const decks = [
      ...own.map((id) => ({ deck: id, source: `${results.fullBuild.root}/decks`, ...bytes(deckWeight(path.join(results.fullBuild.out, id, 'index.html'))) })),
      ...builtDecks(acmeOut).map((id) => ({ deck: id, source: 'tests/fixtures/acme', ...bytes(deckWeight(path.join(acmeOut, id, 'index.html'))) })),
    ];
    const floor = revealFloor();
    return { decks, revealFloor: { ...bytes({ js: floor.js, css: floor.css }), files: floor.files } };
  });
  results.load = await part('load', async () => {
    // An IIJ deck if decks/ has one, else its largest deck, else the acme fixture's main deck.
    const own = [...(results.fullBuild.built ?? [])].sort((a, b) => b.slides - a.slides);
    const chosen = own.find(({ id }) => /iij/i.test(id)) ?? own[0];
    const [out, deck, source] = chosen ? [results.fullBuild.out, chosen.id, `${results.fullBuild.root}/decks`] : [acmeOut, 'quarterly', 'tests/fixtures/acme'];
    if (!existsSync(path.join(out, deck, 'index.html'))) throw new Error(`${source}: ${deck} was not built`);
    const server = await startServer('preview', ['--out', out]);
    try {
      const load = await measureLoad(needBrowser(), `${server.url}${deck}/`, runs);
      return { deck, source, runs: load.runs, firstContentfulPaint: ms(load.firstContentfulPaintMs), revealReady: ms(load.revealReadyMs) };
    } finally {
      await server.stop();
    }
  });
  results.devStart = await part('dev start', async () => {
    // The IIJ FY2011 deck where decks/ has it (the yardstick), else an IIJ deck, else the acme fixture's.
    const own = (results.fullBuild.built ?? []).map(({ id }) => id);
    const deck = own.find((id) => /iij-fy2011/.test(id)) ?? own.find((id) => /iij/i.test(id)) ?? own[0];
    const [root, id, source] = deck ? [deckRoot, deck, `${results.fullBuild.root}/decks`] : [path.join(projectRoot, 'tests/fixtures/acme'), 'quarterly', 'tests/fixtures/acme'];
    const { dependencyCache } = await import('../lib/compile/vite-config.js');
    const { devStart } = await import('../bench/dev-start.js');
    // The first run starts with no pre-bundled dependencies (as after installing), the others warm.
    const measured = await devStart(needBrowser(), root, id, runs, { cacheDir: dependencyCache(root, 'development') });
    const figures = (run) => run && { firstAnswer: ms(run.firstAnswerMs), slideVisible: ms(run.slideVisibleMs), cpu: run.cpuMs === null ? { value: null, unit: 'ms' } : ms(run.cpuMs), ...(run.runs ? { runs: run.runs } : {}) };
    return { deck: id, source, firstRun: figures(measured.firstRun), warm: figures(measured.warm), reloadsOnFirstPage: measured.reloadsOnFirstPage };
  });
  results.navigation = await part('navigation', async () => {
    const largest = Array.isArray(results.scale) ? results.scale.at(-1) : undefined;
    if (!largest) throw new Error('the scale part did not build the largest deck');
    const server = await startServer('preview', ['--out', largest.out]);
    try {
      const navigation = await measureNavigation(needBrowser(), `${server.url}${largest.deckId}/`, navigationChanges);
      return {
        deck: largest.deckId,
        slides: largest.slides,
        changes: navigation.changes,
        toSlideChanged: ms(navigation.toSlideChangedMs),
        toSlideChangedP95: ms(navigation.toSlideChangedP95Ms),
        toNextFrame: ms(navigation.toNextFrameMs),
        toNextFrameP95: ms(navigation.toNextFrameP95Ms),
      };
    } finally {
      await server.stop();
    }
  });
  results.export = await part('export', async () => {
    const { buildSynthetic, measureExport } = await import('../bench/export.js');
    const own = builtDecks(results.fullBuild.out ?? '').filter((id) => /iij/i.test(id)).map((id) => ({ id }));
    const synthetic = await buildSynthetic(workDir, exportSyntheticSlides);
    const decks = [
      ...own.map(({ id }) => ({ out: results.fullBuild.out, id, source: `${results.fullBuild.root}/decks` })),
      { ...synthetic, source: 'synthetic' },
    ];
    return { runs: exportRuns, decks: await measureExport(needBrowser(), decks, exportRuns) };
  });
  results.serve = await part('serve', async () => {
    // The acme fixture's public deck (built by the page-weight part, or here if that failed).
    if (!existsSync(path.join(acmeOut, 'quarterly', 'index.html'))) {
      await runNode(['bin/quarterdeck.js', 'build', '--root', 'tests/fixtures/acme', '--out', acmeOut], { cwd: projectRoot });
    }
    const { benchServe, serveMethod } = await import('../bench/serve.js');
    results.method.serve = serveMethod;
    return { source: 'tests/fixtures/acme', ...(await benchServe(acmeOut, 'quarterly')) };
  });
} finally {
  await browser?.close().catch(() => {});
  await stopAll();
}

stripTempPaths(results);
await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
printTable(results);
console.log(`\nWrote ${path.relative(process.cwd(), resultsFile)}`);
if (results.errors.length) {
  console.error(`\n${results.errors.length} part(s) failed:\n${results.errors.join('\n')}`);
  process.exitCode = 1;
}

function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memory: { value: Math.round(os.totalmem() / 2 ** 20), unit: 'MiB' },
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  };
}

function method() {
  return {
    wallTime: 'process.hrtime.bigint() around each child process, median of the measured runs after one unmeasured warm-up run',
    peakMemory: `peak resident set size of the build process, from ${memorySource}; median of the measured runs`,
    browser: "Chromium's own clock: performance paint entries and performance.now() in the page",
    gzip: 'node:zlib gzipSync at its default level (6)',
    export: 'PDF: a fresh page, the print view, page.pdf() (and for Quarterdeck pdf-lib\'s outline and metadata), median of 3 after a warm-up, alternating with the floor; PNG: every slide of the deck in one page, divided by the slides',
  };
}

/** The cost of each slide beyond the fixed cost of a build: the slope between the smallest and largest deck. */
function growth(small, large) {
  const extra = large.slides - small.slides;
  const memory = small.peakMemory.value === null || large.peakMemory.value === null ? null : ((large.peakMemory.value - small.peakMemory.value) / extra) * 100;
  return {
    fromSlides: small.slides,
    toSlides: large.slides,
    timePerExtraSlide: ms((large.wallTime.value - small.wallTime.value) / extra),
    memoryPer100ExtraSlides: { value: memory === null ? null : Math.round(memory * 100) / 100, unit: 'MiB' },
  };
}

/** Deck folders (those holding an index.html) of a built output folder. */
function builtDecks(out) {
  if (!existsSync(out)) return [];
  return readdirSync(out, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(out, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
}

function bytes(weight) {
  return Object.fromEntries(Object.entries(weight).map(([kind, size]) => [kind, typeof size === 'number' ? { value: size, unit: 'files' } : { ...size, unit: 'bytes' }]));
}

// The temp folders are gone when the bench ends; keep results.json free of them.
function stripTempPaths(value) {
  for (const part of [value.fullBuild, ...(Array.isArray(value.scale) ? value.scale : [])]) if (part) delete part.out;
}
