import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dev, type DevServer } from '../../src/commands/dev.ts';
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
