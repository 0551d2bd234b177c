// Figures measured inside Chromium with the page's own clock (performance.now and paint entries), so
// the automation round trips between Node and the browser are not part of them.
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../tooling/settings.js';
import { median, percentile } from './measure.js';

export const viewport = { width: 1280, height: 720 };

export function launch(executablePath) {
  return chromium.launch({ executablePath, args: chromiumArgs });
}

// Runs before the page's scripts: reveal.js dispatches a bubbling 'ready' event on .reveal once it
// has laid out the first slide; note when, on the page's clock (0 = navigation start).
const recordReady = () => {
  document.addEventListener('ready', (event) => {
    if (event.target instanceof Element && event.target.classList.contains('reveal')) window.__qdReadyAt ??= performance.now();
  }, true);
};

export const waitForReveal = (page, timeout = 60_000) => page.waitForFunction(() => window.Reveal?.isReady?.(), null, { timeout });

/**
 * Opens `url` `runs` times, each in a fresh context (an empty HTTP cache, as on a first visit), and
 * returns the median first-contentful-paint and reveal.js 'ready' times in ms from navigation start.
 */
export async function measureLoad(browser, url, runs) {
  const samples = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport });
    try {
      await context.addInitScript(recordReady);
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      await waitForReveal(page);
      // The paint entry can land a frame after 'load'; wait for it rather than read too early.
      const handle = await page.waitForFunction(() => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        return paint && window.__qdReadyAt !== undefined ? { fcp: paint.startTime, ready: window.__qdReadyAt } : false;
      }, null, { timeout: 10_000 });
      samples.push(await handle.jsonValue());
    } finally {
      await context.close();
    }
  }
  return {
    firstContentfulPaintMs: median(samples.map((sample) => sample.fcp)),
    revealReadyMs: median(samples.map((sample) => sample.ready)),
    runs,
  };
}

/**
 * In the open deck at `url`, moves forward `changes` times with Reveal.next() and times each change
 * in the page: to the 'slidechanged' event, and to the frame after it (requestAnimationFrame, then a
 * task, which runs once that frame has been rendered). Reports the median and the 95th percentile of each.
 */
export async function measureNavigation(browser, url, changes) {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await waitForReveal(page, 120_000);
    const samples = await page.evaluate(async (count) => {
      const reveal = window.Reveal;
      const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }));
      const timings = [];
      for (let i = 0; i < count && !reveal.isLastSlide(); i += 1) {
        const before = reveal.getIndices().h;
        const changed = new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no slidechanged within 5 s after slide ${before}`)), 5000);
          const onChange = () => {
            clearTimeout(timer);
            resolve(performance.now());
          };
          document.querySelector('.reveal').addEventListener('slidechanged', onChange, { once: true });
        });
        const start = performance.now();
        reveal.next();
        const event = await changed;
        const frame = await afterFrame();
        if (reveal.getIndices().h !== before + 1) throw new Error(`Reveal.next() went from slide ${before} to ${reveal.getIndices().h}`);
        timings.push({ event: event - start, frame: frame - start });
        // Let the fade transition settle so every change starts from a still page.
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return timings;
    }, changes);
    const events = samples.map((sample) => sample.event);
    const frames = samples.map((sample) => sample.frame);
    return {
      toSlideChangedMs: median(events),
      toSlideChangedP95Ms: percentile(events, 95),
      toNextFrameMs: median(frames),
      toNextFrameP95Ms: percentile(frames, 95),
      changes: samples.length,
    };
  } finally {
    await context.close();
  }
}
