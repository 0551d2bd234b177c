// Build wall time and peak memory: of the project's own decks, and of generated decks of growing size.
// Every build runs as `node bin/quarterdeck.js build` in a child process, into a temp --out.
import path from 'node:path';
import { projectRoot } from '../tooling/settings.js';
import { median, runNode } from './measure.js';
import { deckWeight } from './page-weight.js';
import { writeSyntheticProject } from './synthetic-deck.js';

export const ms = (value) => ({ value: round(value), unit: 'ms' });
export const mib = (kib) => (kib === null ? { value: null, unit: 'MiB' } : { value: round(kib / 1024), unit: 'MiB' });
const round = (value) => Math.round(value * 100) / 100;

/** One unmeasured build, then `runs` measured ones; medians of wall time and peak RSS. */
export async function timeBuilds(root, out, runs) {
  const build = () => runNode(['bin/quarterdeck.js', 'build', '--root', root, '--out', out], { cwd: projectRoot });
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
