// The bench's results as plain-text tables for the terminal; bench/results.json holds the same figures.

const number = (value, digits = 0) => (value === null || value === undefined ? '–' : value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const withUnit = (figure, digits = 0) => (figure ? `${number(figure.value, digits)} ${figure.unit}` : '–');
const kb = (size) => (size ? `${number(size.raw / 1024, 1)} / ${number(size.gzip / 1024, 1)}` : '–');

function table(title, header, rows) {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => String(row[column]).length)));
  const line = (row) => row.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('   ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((width) => '─'.repeat(width)).join('   '));
  for (const row of rows) console.log(line(row));
}

/** The goals of issue 12, printed beside the figures they judge. */
const pageWeightGoalKb = 45;
const navigationGoal = { median: 16, p95: 33 };
/** Issue 11's goals for `serve`: slide changes reach 1,000 followers of one process within 100 ms (p99), and nothing fails. */
const followerGoalMs = 100;

const failed = (part) => (part?.error ? `failed: ${part.error.split('\n')[0].slice(0, 60)}…` : undefined);

export function printTable(results) {
  const { machine } = results;
  console.log(`Quarterdeck bench, ${results.date}: ${machine.cpus} × ${machine.cpuModel}, ${number(machine.memory.value)} MiB, Node ${machine.node}, Chromium ${machine.chromium ?? '–'}`);

  const full = results.fullBuild;
  const regeneration = results.regeneration;
  const warm = results.warmRebuild;
  const load = results.load;
  const navigation = results.navigation;
  const devStart = results.devStart;
  table('Build, regeneration, load and navigation (medians)', ['measure', 'value'], [
    [`full build of ${full?.root ?? '.'}/decks (${full?.decks ?? '–'} decks, ${full?.slides ?? '–'} slides), cold (--no-cache), wall time`, failed(full) ?? withUnit(full.wallTime)],
    ['full build, peak memory', failed(full) ?? withUnit(full.peakMemory)],
    [`warm rebuild of ${warm?.root ?? '.'}/decks after one data edit (${warm?.edited ?? '–'}), wall time`, failed(warm) ?? withUnit(warm.wallTime)],
    ['warm rebuild, peak memory', failed(warm) ?? withUnit(warm.peakMemory)],
    ['edit → rebuilt HTML written (quarterdeck build, acme)', failed(regeneration.build) ?? withUnit(regeneration.build.time)],
    ['edit → open page shows the figure (quarterdeck dev, acme #/4)', failed(regeneration.dev) ?? withUnit(regeneration.dev.time)],
    [`load ${load?.deck ?? 'a deck'}: first contentful paint`, failed(load) ?? withUnit(load.firstContentfulPaint)],
    [`load ${load?.deck ?? 'a deck'}: reveal.js ready`, failed(load) ?? withUnit(load.revealReady)],
    [`quarterdeck dev → ${devStart?.deck ?? 'a deck'} first slide visible, first start (no pre-bundle)`, failed(devStart) ?? withUnit(devStart.firstRun.slideVisible)],
    [`quarterdeck dev → first slide visible, next starts (first HTTP answer; CPU time of dev)`, failed(devStart) ?? `${withUnit(devStart.warm?.slideVisible)} (${withUnit(devStart.warm?.firstAnswer)}; ${withUnit(devStart.warm?.cpu)})`],
    [`slide change in ${navigation?.slides ?? '–'} slides: to 'slidechanged' (goal ≤ ${navigationGoal.median} ms)`, failed(navigation) ?? withUnit(navigation.toSlideChanged, 2)],
    [`slide change in ${navigation?.slides ?? '–'} slides: to 'slidechanged', p95 (goal ≤ ${navigationGoal.p95} ms)`, failed(navigation) ?? withUnit(navigation.toSlideChangedP95, 2)],
    [`slide change in ${navigation?.slides ?? '–'} slides: to the next frame`, failed(navigation) ?? withUnit(navigation.toNextFrame, 2)],
    [`slide change in ${navigation?.slides ?? '–'} slides: to the next frame, p95`, failed(navigation) ?? withUnit(navigation.toNextFrameP95, 2)],
  ]);

  if (results.scale?.error) console.log(`\nScale: ${failed(results.scale)}`);
  else {
    table('Scale: synthetic decks (medians)', ['slides', 'wall time', 'per slide', 'peak memory', 'HTML KiB raw / gzip'], results.scale.map((size) => [
      number(size.slides),
      withUnit(size.wallTime),
      withUnit(size.timePerSlide, 2),
      withUnit(size.peakMemory),
      kb(size.html),
    ]));
    const growth = results.scaleGrowth;
    if (growth) console.log(`growth from ${number(growth.fromSlides)} to ${number(growth.toSlides)} slides: ${withUnit(growth.timePerExtraSlide, 2)} per extra slide, ${withUnit(growth.memoryPer100ExtraSlides, 1)} per 100 extra slides`);
  }

  const weight = results.pageWeight;
  if (weight?.error) console.log(`\nPage weight: ${failed(weight)}`);
  else {
    const scriptsAndStyles = (part) => number((part.js.gzip + part.css.gzip) / 1000, 1);
    const rows = weight.decks.map((deck) => [`${deck.deck} (${deck.source})`, kb(deck.html), kb(deck.js), kb(deck.css), scriptsAndStyles(deck), `${kb(deck.fonts)} (${deck.fontFiles.value} files)`]);
    rows.push(['reveal.js dist files (the floor)', '–', kb(weight.revealFloor.js), kb(weight.revealFloor.css), scriptsAndStyles(weight.revealFloor), '–']);
    table('Page weight, KiB raw / gzip', ['deck', 'HTML', 'JS', 'CSS', `JS + CSS, KB gzip (goal ≤ ${pageWeightGoalKb})`, 'fonts (sheet + files used)'], rows);
  }

  const exported = results.export;
  if (exported?.error) console.log(`\nExport: ${failed(exported)}`);
  else if (exported) {
    table(`Export (medians of ${exported.runs}; the floor is reveal.js's print view + page.pdf() alone)`, ['deck', 'pages', 'PDF', 'floor', 'PDF / floor', 'PNG per slide', 'single file KiB raw / gzip'], exported.decks.map((deck) => [
      `${deck.deck} (${deck.source})`,
      number(deck.pages),
      withUnit(deck.pdf),
      withUnit(deck.floor),
      `${number(deck.ratio, 2)}×`,
      withUnit(deck.pngPerSlide),
      kb(deck.singleFile),
    ]));
  }

  const served = results.serve;
  if (served?.error) console.log(`\nServe: ${failed(served)}`);
  else if (served) {
    const rows = [];
    for (const load of served.static) {
      const name = `${load.what} ${load.url}`;
      rows.push([`${name}: requests per second`, withUnit(load.requestsPerSecond), '']);
      rows.push([`${name}: latency, median / p99`, `${withUnit(load.median, 1)} / ${withUnit(load.p99, 1)}`, '']);
      rows.push([`${name}: failed requests (non-2xx, errors, timeouts)`, `${number(load.failed)} of ${number(load.requests)}`, '0']);
    }
    for (const follow of served.followers) {
      if (follow.error) {
        rows.push([`followers, ${follow.setup}`, failed(follow), '']);
        continue;
      }
      const name = `${number(follow.followers)} followers, ${follow.setup}`;
      const onOne = !/redis/i.test(follow.setup);
      rows.push([`${name}: slide change → follower, median`, withUnit(follow.median, 1), '']);
      rows.push([`${name}: slide change → follower, p99`, withUnit(follow.p99, 1), onOne ? `< ${followerGoalMs} ms` : '']);
      rows.push([`${name}: missed deliveries`, `${number(follow.missed)} of ${number(follow.followers * follow.changes)}`, '0']);
      rows.push([`${name}: memory per follower (RSS growth)`, withUnit(follow.memoryPerFollower, 1), '']);
    }
    table(`quarterdeck serve on loopback (${served.source} ${served.deck}; static: autocannon ${served.static[0]?.connections ?? '–'} connections × ${served.static[0]?.durationS ?? '–'} s)`, ['measure', 'value', 'goal'], rows);
  }
}
