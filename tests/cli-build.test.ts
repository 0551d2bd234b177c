import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// The CLI runs as JavaScript built into lib/ (scripts/build-cli.js); bin/quarterdeck.js refuses a
// lib/ that is missing or older than src/ rather than run code the user no longer has.

describe('the CLI as run by `node bin/quarterdeck.js`', () => {
  const scratch: string[] = [];
  afterEach(() => {
    for (const folder of scratch.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  function loadedModules(args: string[]): { status: number | null; modules: string[] } {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'qd-modules-'));
    scratch.push(folder);
    const log = path.join(folder, 'modules.txt');
    writeFileSync(log, '');
    const run = spawnSync(process.execPath, ['--import', './tests/helpers/module-log/register.js', 'bin/quarterdeck.js', ...args], {
      encoding: 'utf8',
      env: { ...process.env, QUARTERDECK_MODULE_LOG: log },
    });
    return { status: run.status, modules: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
  }

  for (const args of [['--help'], ['check', '--root', 'tests/fixtures/acme']]) {
    it(`loads no TypeScript and no transpiler for ${args.join(' ')}`, () => {
      const { status, modules } = loadedModules(args);
      expect(status).toBe(0);
      // The log is real: it holds the CLI's own modules, from lib/.
      expect(modules.some((url) => url.endsWith('/lib/cli.js'))).toBe(true);
      expect(modules.filter((url) => /\.[cm]?tsx?$/.test(url))).toEqual([]);
      expect(modules.filter((url) => /\/node_modules\/(tsx|typescript|esbuild|ts-node|@swc)\//.test(url))).toEqual([]);
    });
  }
});

describe('bin/quarterdeck.js and the state of lib/', () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A package with the real bin/ and tooling/, two source files and a lib/cli.js that says it ran. */
  function fakePackage(): string {
    root = mkdtempSync(path.join(os.tmpdir(), 'qd-lib-state-'));
    for (const folder of ['bin', 'tooling']) cpSync(folder, path.join(root, folder), { recursive: true });
    mkdirSync(path.join(root, 'src', 'commands'), { recursive: true });
    writeFileSync(path.join(root, 'src', 'cli.ts'), 'export {};\n');
    writeFileSync(path.join(root, 'src', 'commands', 'dev.ts'), 'export {};\n');
    // .svelte files are compiled by Vite when decks are built, not into lib/.
    writeFileSync(path.join(root, 'src', 'commands', 'View.svelte'), '<p></p>\n');
    mkdirSync(path.join(root, 'lib'));
    writeFileSync(path.join(root, 'lib', 'cli.js'), 'export async function runCli(args) { console.log("ran", ...args); }\n');
    return root;
  }
  const stamp = (startedAt: number, files = ['cli.ts', 'commands/dev.ts']) => writeFileSync(path.join(root, 'lib', '.built.json'), JSON.stringify({ startedAt, files }));
  const setTime = (file: string, ms: number) => utimesSync(path.join(root, file), ms / 1000, ms / 1000);
  const run = () => spawnSync(process.execPath, [path.join(root, 'bin', 'quarterdeck.js'), 'check'], { encoding: 'utf8' });
  const built = Date.now() - 60_000;

  function expectRefused(what: RegExp) {
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain('ran');
    expect(result.stderr).toMatch(what);
    expect(result.stderr).toContain('npm run build:cli');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }

  it('runs lib/ when it was built after every source file was saved', () => {
    fakePackage();
    for (const file of ['src/cli.ts', 'src/commands/dev.ts']) setTime(file, built - 1000);
    stamp(built);
    const result = run();
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('ran check\n');
  });

  it('says lib/ is missing and what to run', () => {
    fakePackage();
    expectRefused(/lib\/ \(the CLI built from src\/\) is missing/);
  });

  it('names the source file saved after lib/ was built', () => {
    fakePackage();
    setTime('src/cli.ts', built - 1000);
    setTime('src/commands/dev.ts', built + 1000);
    stamp(built);
    expectRefused(/older than src\/commands\/dev\.ts/);
  });

  it('counts a source file added or deleted since the build', () => {
    fakePackage();
    for (const file of ['src/cli.ts', 'src/commands/dev.ts']) setTime(file, built - 1000);
    stamp(built, ['cli.ts']);
    expectRefused(/older than src\/commands\/dev\.ts/);
    stamp(built, ['cli.ts', 'commands/dev.ts', 'commands/gone.ts']);
    expectRefused(/older than src\/commands\/gone\.ts/);
  });

  it('does not count a template saved after the build: Vite compiles those when decks are built', () => {
    fakePackage();
    for (const file of ['src/cli.ts', 'src/commands/dev.ts']) setTime(file, built - 1000);
    setTime('src/commands/View.svelte', built + 1000);
    stamp(built);
    expect(run().stdout).toBe('ran check\n');
  });
});
