// Build wall time and peak memory: of the project's own decks, and of generated decks of growing size.
// Every build runs as `node bin/quarterdeck.js build` in a child process, into a temp --out.
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../tooling/settings.js';
import { median, runNode } from './measure.js';
import { deckWeight } from './page-weight.js';
import { writeSyntheticProject } from './synthetic-deck.js';

export const ms = (value) => ({ value: round(value), unit: 'ms' });
export const mib = (kib) => (kib === null ? { value: null, unit: 'MiB' } : { value: round(kib / 1024), unit: 'MiB' });
const round = (value) => Math.round(value * 100) / 100;

/**
 * One unmeasured build, then `runs` measured ones; medians of wall time and peak RSS. Cold builds:
 * `--no-cache`, so nothing is taken from the build cache (what it builds is still stored).
 */
export async function timeBuilds(root, out, runs) {
  const build = () => runNode(['bin/quarterdeck.js', 'build', '--no-cache', '--root', root, '--out', out], { cwd: projectRoot });
  const warmUp = await build();
  const samples = [];
  for (let run = 0; run < runs; run += 1) samples.push(await build());
  const peaks = samples.map((sample) => sample.peakRssKiB).filter((value) => value !== null);
  // The CLI's own summary: "Built 2 deck(s), 11 slide(s) into …", then "  <id>/  <title> (<n> slides; review edition …)".
  const counted = /Built (\d+) deck\(s\), (\d+) slide\(s\)/.exec(warmUp.stdout);
  const built = [...warmUp.stdout.matchAll(/^ {2}([a-z0-9][a-z0-9-]*)\/ .*\((\d+) slides[;)]/gm)].map((match) => ({ id: match[1], slides: Number(match[2]) }));
  return {
    decks: counted ? Number(counted[1]) : null,
    slides: counted ? Number(counted[2]) : null,
    built,
    runs,
    wallTime: ms(median(samples.map((sample) => sample.wallMs))),
    wallTimeRange: { min: ms(Math.min(...samples.map((sample) => sample.wallMs))).value, max: ms(Math.max(...samples.map((sample) => sample.wallMs))).value, unit: 'ms' },
    peakMemory: mib(peaks.length ? median(peaks) : null),
    out,
  };
}

/** Every deck in `root`/decks (there may be none yet). */
export function fullBuild(root, workDir, runs) {
  return timeBuilds(root, path.join(workDir, 'full-build-out'), runs);
}

/** A generated deck of `slideCount` slides, built `runs` times; also the time per slide and HTML bytes. */
export async function scaleBuild(workDir, slideCount, runs) {
  const root = path.join(workDir, `synthetic-${slideCount}`);
  const id = await writeSyntheticProject(root, slideCount);
  const result = await timeBuilds(root, path.join(workDir, `synthetic-${slideCount}-out`), runs);
  const { html } = deckWeight(path.join(result.out, id, 'index.html'));
  return { ...result, deckId: id, timePerSlide: ms(result.wallTime.value / slideCount), html: { ...html, unit: 'bytes' } };
}

/**
 * `quarterdeck build` again after one figure changed, with the build cache of the builds before it:
 * what a user waits for between editing a data file and reading the decks. On a copy of `root`
 * (decks/, data/ and whatever else it holds but its output and packages); each run raises the first
 * figure of a `values:` list or map in the first data file that has one, and checks the output changed.
 */
export async function warmRebuild(root, workDir, runs) {
  const copy = path.join(workDir, 'warm-rebuild');
  // This repository's own code and tests are not part of its decks.
  const skipped = new Set(['node_modules', 'dist', '.git', ...(path.resolve(root) === projectRoot ? ['lib', 'src', 'bench', 'tests', 'scripts', 'tooling'] : [])]);
  await cp(root, copy, { recursive: true, filter: (source) => path.relative(root, source).split(path.sep).every((part, index) => index > 0 || !skipped.has(part)) });
  const files = (await readdir(path.join(copy, 'data'), { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  // `values: [48210, …]` or `values: { FY07: 66.8, … }`: the first figure.
  const figure = /(values:\s*(?:\[|\{\s*[\w-]+:)\s*)(-?\d+(?:\.\d+)?)/;
  let file;
  for (const candidate of files) if (!file && figure.test(await readFile(candidate, 'utf8'))) file = candidate;
  if (!file) throw new Error(`${root}/data has no file with a "values:" list or map to edit.`);
  const original = await readFile(file, 'utf8');
  const out = path.join(workDir, 'warm-rebuild-out');
  const build = () => runNode(['bin/quarterdeck.js', 'build', '--root', copy, '--out', out], { cwd: projectRoot });
  const pages = async () => (await Promise.all((await readdir(out, { recursive: true })).filter((name) => name.endsWith('index.html')).map((name) => readFile(path.join(out, name), 'utf8')))).join('\n');
  // Fills the cache, as the builds before an edit would.
  await build();
  let before = await pages();
  const samples = [];
  for (let run = 0; run < runs; run += 1) {
    const raised = (value) => (Number(value) + run + 1).toFixed(value.split('.')[1]?.length ?? 0);
    await writeFile(file, original.replace(figure, (_match, head, value) => `${head}${raised(value)}`));
    samples.push(await build());
    const after = await pages();
    if (after === before) throw new Error(`Editing ${path.relative(copy, file)} changed no page; the bench edits a figure no deck shows.`);
    before = after;
  }
  const peaks = samples.map((sample) => sample.peakRssKiB).filter((value) => value !== null);
  return {
    edited: path.relative(copy, file),
    runs,
    wallTime: ms(median(samples.map((sample) => sample.wallMs))),
    wallTimeRange: { min: ms(Math.min(...samples.map((sample) => sample.wallMs))).value, max: ms(Math.max(...samples.map((sample) => sample.wallMs))).value, unit: 'ms' },
    peakMemory: mib(peaks.length ? median(peaks) : null),
  };
}
