import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/commands/build.ts';
import { dev, type DevServer } from '../../src/commands/dev.ts';
import { dependencyCache } from '../../src/compile/vite-config.ts';
import { portBase } from '../../tooling/settings.js';

// `dev` answers a page from its own deck and data, and validates the rest of the project in the
// background (src/compile/dev-plugin.ts): a broken deck elsewhere neither holds up nor spoils it.
describe('dev with one deck file broken', () => {
  let root: string;
  let server: DevServer;
  const warnings: string[] = [];
  const sent: { type: string }[] = [];

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'qd-dev-broken-'));
    await cp('tests/fixtures/acme', root, { recursive: true });
    await writeFile(path.join(root, 'decks/broken.yaml'), 'title: Broken\ndate: 2025-05\ncompany: Acme\nslides:\n  - template: no-such-template\n');
    server = await dev({ root, port: portBase + 9, host: 'localhost' });
    const { logger } = server.server.config;
    logger.warn = (message) => void warnings.push(message);
    server.server.ws.send = ((payload: { type: string }) => void sent.push(payload)) as typeof server.server.ws.send;
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('serves another deck with its first slide', async () => {
    const response = await fetch(`${server.url}quarterly/`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toMatch(/<section class="qd-slide" data-template="title"[^>]*data-qd-slide="0"/);
    expect(html).toContain('Results for the Fourth Quarter');
    expect(html).not.toContain('no-such-template');
  }, 60_000);

  it('reports the broken deck in the console once the project is validated, without an overlay on the open page', async () => {
    await expect.poll(() => warnings.join('\n'), { timeout: 30_000 }).toContain('decks/broken.yaml:5:');
    expect(warnings.join('\n')).toContain('no-such-template');
    expect(sent.filter((payload) => payload.type === 'error')).toEqual([]);
  }, 60_000);

  it('shows the broken deck its problem, located, when it is opened', async () => {
    const response = await fetch(`${server.url}broken/`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('decks/broken.yaml:5:');
    expect(html).toContain('no-such-template');
    expect(html).not.toMatch(/\n\s+at /);
  }, 60_000);
});

describe('dev and its pre-bundled dependencies', () => {
  let root: string;
  let server: DevServer | undefined;
  afterAll(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  /** Starts dev, opens a deck page and its script (whose imports Vite scans), and notes every reload Vite asks for. */
  async function startAndOpen(reloads: unknown[]): Promise<DevServer> {
    const started = await dev({ root, port: portBase + 9, host: 'localhost' });
    const send = started.server.ws.send.bind(started.server.ws);
    started.server.ws.send = ((payload: { type: string }) => {
      if (payload.type === 'full-reload') reloads.push(payload);
      send(payload as never);
    }) as typeof started.server.ws.send;
    expect((await fetch(`${started.url}quarterly/`)).status).toBe(200);
    expect((await fetch(`${started.url}src/client/main.ts`)).status).toBe(200);
    return started;
  }

  it('pre-bundles reveal.js at the first start without a reload, and a second start reuses the bundle', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'qd-dev-deps-'));
    await cp('tests/fixtures/acme', root, { recursive: true });
    const metadata = path.join(dependencyCache(root, 'development'), 'deps', '_metadata.json');
    const optimized = async () => Object.keys(JSON.parse(await readFile(metadata, 'utf8').catch(() => '{}')).optimized ?? {});
    const reloads: unknown[] = [];
    server = await startAndOpen(reloads);
    await expect.poll(optimized, { timeout: 30_000 }).toContain('reveal.js');
    // The browser never gets svelte: templates render on the server.
    expect(await optimized()).not.toContain('svelte');
    // Long enough for a re-optimisation that a discovered dependency would start.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const first = { text: await readFile(metadata, 'utf8'), time: (await stat(metadata)).mtimeMs };
    await server.close();

    server = await startAndOpen(reloads);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await readFile(metadata, 'utf8')).toBe(first.text);
    expect((await stat(metadata)).mtimeMs).toBe(first.time);
    expect(reloads).toEqual([]);
  }, 120_000);
});

// `dev` renders with the templates `build` compiled into the build cache while they are current, and
// through Vite's SSR, which compiles each edit, once a template has been edited (dev-plugin.ts).
describe('dev and the compiled templates', () => {
  let root: string;
  let cacheDir: string;
  let server: DevServer | undefined;
  const cacheBefore = process.env.QUARTERDECK_CACHE_DIR;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'qd-dev-compiled-'));
    await cp('tests/fixtures/acme', root, { recursive: true });
    cacheDir = path.join(root, 'cache');
    process.env.QUARTERDECK_CACHE_DIR = cacheDir;
  });
  afterAll(async () => {
    await server?.close();
    if (cacheBefore === undefined) delete process.env.QUARTERDECK_CACHE_DIR;
    else process.env.QUARTERDECK_CACHE_DIR = cacheBefore;
    await rm(root, { recursive: true, force: true });
  });

  const slidesOf = (html: string) => html.slice(html.indexOf('<div class="reveal"><div class="slides">'), html.indexOf('</div></div>\n'));

  it('shows the slides build writes, then a template as edited, as soon as it is saved', async () => {
    const out = path.join(root, 'dist');
    await build({ root, out, cacheDir });
    server = await dev({ root, port: portBase + 9, host: 'localhost' });
    const page = () => fetch(`${server!.url}quarterly/`).then((response) => response.text());
    const built = await readFile(path.join(out, 'quarterly/index.html'), 'utf8');
    expect(slidesOf(built)).toContain('Questions welcome');
    expect(slidesOf(await page())).toBe(slidesOf(built));

    const template = path.join(root, 'templates/Closing.svelte');
    await writeFile(template, (await readFile(template, 'utf8')).replace('<p>{data.message}</p>', '<p>{data.message}, edited</p>'));
    await expect.poll(page, { timeout: 15_000 }).toContain('Questions welcome, edited');
  }, 120_000);
});
