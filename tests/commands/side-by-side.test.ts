import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/commands/build.ts';
import { dev, type DevServer } from '../../src/commands/dev.ts';
import { devImageSrc } from '../../src/compile/image-assets.ts';
import { RenderSession } from '../../src/compile/render-session.ts';
import { dependencyCache } from '../../src/compile/vite-config.ts';
import { loadProject } from '../../src/load/project.ts';
import { portBase } from '../../tooling/settings.js';

async function copyOfAcme(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'qd-side-by-side-'));
  await cp('tests/fixtures/acme', root, { recursive: true });
  return root;
}

const status = async (server: DevServer, page = 'quarterly/') => (await fetch(`${server.url}${page}`)).status;

describe('Quarterdeck processes side by side', () => {
  let a: DevServer;
  let b: DevServer;
  let rootA: string;
  let rootB: string;

  beforeAll(async () => {
    [rootA, rootB] = await Promise.all([copyOfAcme(), copyOfAcme()]);
    a = await dev({ root: rootA, port: portBase + 7, host: 'localhost' });
    b = await dev({ root: rootB, port: portBase + 8, host: 'localhost' });
  }, 60_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('dependencyCache gives each root and mode a folder of its own', () => {
    const folders = [dependencyCache(rootA, 'development'), dependencyCache(rootB, 'development'), dependencyCache(rootA, 'production')];
    expect(new Set(folders).size).toBe(3);
    expect(a.server.config.cacheDir).toBe(folders[0]);
    expect(b.server.config.cacheDir).toBe(folders[1]);
  });

  it('one dev server keeps answering while the other re-optimises its dependencies and a build runs', async () => {
    expect([await status(a), await status(b)]).toEqual([200, 200]);
    const seen: number[] = [];
    let busy = true;
    const poll = (async () => {
      while (busy) {
        // The page, and the browser code that B's own pre-bundles serve.
        seen.push(await status(b), await status(b, 'src/client/main.ts'));
      }
    })();
    // `restart(true)` is Vite's own forced re-optimisation (what `vite --force` does).
    await a.server.restart(true);
    await build({ root: rootA, out: path.join(rootA, 'dist') });
    busy = false;
    await poll;
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((code) => code !== 200)).toEqual([]);
    expect(await status(a)).toBe(200);
  }, 120_000);

  it('a render through Vite is tried once more after an outdated pre-bundle, and only once', async () => {
    const { decks, citations } = await loadProject(rootA);
    const deck = decks.find(({ id }) => id === 'quarterly')!;
    // No compiled templates: every render goes through the session's Vite server, as after an edit in dev.
    const session = RenderSession.forDev(rootA, async () => undefined);
    const render = () => session.renderDeck(deck, 'audience', citations, devImageSrc).then(() => 'rendered', (error: { code?: string }) => error.code ?? 'failed');
    try {
      const server = await session.viteServer();
      const original = server.ssrLoadModule.bind(server);
      const outdated = () => Object.assign(new Error('There is a new version of the pre-bundle for "x"'), { code: 'ERR_OUTDATED_OPTIMIZED_DEP' });
      let calls = 0;
      server.ssrLoadModule = async (url, options) => {
        calls += 1;
        if (calls === 1) throw outdated();
        return original(url, options);
      };
      expect(await render()).toBe('rendered');

      calls = 0;
      server.ssrLoadModule = async () => {
        calls += 1;
        throw outdated();
      };
      expect(await render()).toBe('ERR_OUTDATED_OPTIMIZED_DEP');
      expect(calls).toBe(2);
      server.ssrLoadModule = original;
      expect(await render()).toBe('rendered');
    } finally {
      await session.close();
    }
  }, 60_000);
});
