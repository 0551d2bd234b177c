import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dev, type DevServer } from '../../src/commands/dev.ts';
import { portBase } from '../../tooling/settings.js';

/** The acme fixture with its custom template Closing.svelte (slide #/9 of quarterly) rewritten. */
async function projectWithClosing(edit: (text: string) => string): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'qd-template-errors-'));
  await cp('tests/fixtures/acme', root, { recursive: true });
  const file = path.join(root, 'templates/Closing.svelte');
  await writeFile(file, edit(await readFile(file, 'utf8')));
  return root;
}

const syntaxError = (text: string) => text.replace('</script>', 'let broken = ;</script>');
const throwsWhileRendering = (text: string) => text.replace('{data.message}', '{data.message.missing.deep}');

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/quarterdeck.js', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('build with a custom template that fails', () => {
  it('reports a syntax error at the template line, names the deck slide, and keeps the old output', async () => {
    const root = await projectWithClosing((text) => text);
    const out = path.join(root, 'dist');
    expect(cli('build', '--root', root, '--out', out).code).toBe(0);
    const before = await readFile(path.join(out, 'quarterly/index.html'), 'utf8');

    await writeFile(path.join(root, 'templates/Closing.svelte'), syntaxError(await readFile(path.join(root, 'templates/Closing.svelte'), 'utf8')));
    const result = cli('build', '--root', root, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'templates/Closing.svelte:7:14 The template templates/Closing.svelte does not compile: Unexpected token (slide #/9 "Thank you" of decks/quarterly.yaml).',
    );
    expect(result.stderr).toContain('1 problem(s) found.');
    expect(result.stderr).not.toMatch(/\n\s+at |CompileError|\{|Error when evaluating/);
    expect(await readFile(path.join(out, 'quarterly/index.html'), 'utf8')).toBe(before);
  }, 120_000);

  it('reports a template that throws at the slide in the deck file, with no stack trace', async () => {
    const root = await projectWithClosing(throwsWhileRendering);
    const result = cli('build', '--root', root, '--out', path.join(root, 'dist'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'decks/quarterly.yaml:51:5 slides[9]: The template templates/Closing.svelte failed while rendering slide #/9 "Thank you" of decks/quarterly.yaml: Cannot read properties of undefined',
    );
    expect(result.stderr).not.toMatch(/\n\s+at |TypeError/);
  }, 120_000);

  it('prints what the template threw, with its stack, under --debug', async () => {
    const root = await projectWithClosing(throwsWhileRendering);
    const result = cli('build', '--root', root, '--out', path.join(root, 'dist'), '--debug');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('decks/quarterly.yaml:51:5 slides[9]');
    expect(result.stderr).toMatch(/TypeError: Cannot read properties of undefined[\s\S]*\n\s+at .*Closing\.svelte/);
  }, 120_000);
});

describe('dev with a custom template that fails', () => {
  let root: string;
  let server: DevServer;
  const port = portBase + 6;

  beforeAll(async () => {
    root = await projectWithClosing(throwsWhileRendering);
    server = await dev({ root, port, host: 'localhost' });
  }, 60_000);
  afterAll(() => server?.close());

  it('answers the deck page with the problem, not an HTTP 500 with a stack', async () => {
    const response = await fetch(`http://localhost:${port}/quarterly/`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('decks/quarterly.yaml:51:5 slides[9]: The template templates/Closing.svelte failed while rendering');
    expect(html).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('shows the overlay after an edit that makes a template throw, and the deck again once fixed', async () => {
    const messages: unknown[] = [];
    server.server.ws.send = ((payload: unknown) => void messages.push(payload)) as typeof server.server.ws.send;
    const file = path.join(root, 'templates/Closing.svelte');
    const broken = await readFile(file, 'utf8');
    await writeFile(file, `${broken}\n`);
    // The first template edit starts the Vite server that compiles edited templates (dev-templates.ts):
    // seconds on a loaded machine.
    await expect.poll(() => messages.at(-1), { timeout: 30_000 }).toMatchObject({
      type: 'error',
      err: { message: expect.stringContaining('decks/quarterly.yaml:51:5 slides[9]: The template templates/Closing.svelte failed') },
    });
    await writeFile(file, broken.replace('{data.message.missing.deep}', '{data.message}'));
    await expect.poll(() => messages.at(-1), { timeout: 10_000 }).toMatchObject({ type: 'custom', event: 'quarterdeck:update' });
    expect(await (await fetch(`http://localhost:${port}/quarterly/`)).text()).toContain('Questions welcome');
  }, 60_000);
});
