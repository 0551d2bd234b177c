import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from './helpers/temp-project.ts';

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/quarterdeck.js', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('quarterdeck CLI', () => {
  it('check exits 0 on a good project and says what it checked', () => {
    const result = cli('check', '--root', 'tests/fixtures/acme');
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/Checked 4 deck file\(s\) and 1 data file\(s\)/);
    expect(result.code).toBe(0);
  });

  it('check reports every class of bad input with file:line:column and exits 1 without a stack', () => {
    const result = cli('check', '--root', 'tests/fixtures/broken');
    expect(result.code).toBe(1);
    const expected = [
      'decks/malformed.yaml:9:1 YAML syntax error',
      'decks/mistakes.yaml:2:1 date: Missing field date',
      'decks/mistakes.yaml:5:15 slides[0].template: Unknown template "tabel".',
      'decks/mistakes.yaml:8:14 slides[1].data.items: Invalid input: expected array, received string',
      'decks/mistakes.yaml:10:11 slides[2].data: Data file data/acme/missing.yaml does not exist.',
      'data/acme/figures.yaml:5:41 pl.rows[0].values[1]: Invalid input: expected number, received string',
      'decks/mistakes.yaml:14:11 slides[4].data: The data reference ../../outside.yaml#pl leaves --root.',
      'decks/mistakes.yaml:18:13 slides[5].options.kind: Invalid option',
      'decks/mistakes.yaml:20:19 slides[6].data.file: Image file images/missing.png does not exist.',
      'decks/mistakes.yaml:22:11 slides[7].data.alt: An image needs alt text',
    ];
    for (const line of expected) expect(result.stderr).toContain(line);
    expect(result.stderr).toContain('10 problem(s) found.');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('build reports a missing image and missing alt text as check does, and writes nothing', async () => {
    const out = path.join(await tempProject({}), 'dist');
    const result = cli('build', '--root', 'tests/fixtures/broken', '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('decks/mistakes.yaml:20:19 slides[6].data.file: Image file images/missing.png does not exist.');
    expect(result.stderr).toContain('decks/mistakes.yaml:22:11 slides[7].data.alt: An image needs alt text');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it('prints help for the CLI and for each command', () => {
    expect(cli('--help').stdout).toMatch(/Commands:[\s\S]*build[\s\S]*dev[\s\S]*preview[\s\S]*check/);
    for (const command of ['build', 'export', 'dev', 'preview', 'serve', 'share', 'check', 'schema']) {
      const result = cli(command, '--help');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Usage: quarterdeck ${command}`);
      expect(result.stdout).toContain('--root DIR');
    }
  });

  it('rejects an unknown command or option with a usage message and exit 1', () => {
    expect(cli('publish').stderr).toMatch(/Unknown command "publish"/);
    const result = cli('build', '--outt', 'x');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Unknown option '--outt'[\s\S]*Usage: quarterdeck build/);
  });

  it.each([
    [['--format', 'pdf,docx'], '--format takes a list of pdf, png, html, og, not "pdf,docx".'],
    [['--edition', 'public'], '--edition takes audience or review, not "public".'],
    [['--scale', 'big'], '--scale takes a number from above 0 to 4'],
    [['--base-url', 'ir.example.com'], '--base-url takes the http(s) URL the built folder is served at'],
  ])('export rejects %j with a message saying what the option takes, exit 1 and no stack', (args, message) => {
    const result = cli('export', '--root', 'tests/fixtures/acme', '--out', '/nonexistent/qd', ...args);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('export refuses a deck id that does not exist, naming the decks there are', () => {
    const result = cli('export', 'nope', '--root', 'tests/fixtures/acme', '--out', '/nonexistent/qd');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('decks/nope.yaml: There is no deck "nope" to export.');
    expect(result.stderr).toContain('Name one of: bridge, escaping, images, quarterly.');
  });

  it('rejects a --root that is not a folder', () => {
    const result = cli('check', '--root', 'tests/fixtures/nowhere');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('tests/fixtures/nowhere');
  });

  it('build refuses a deck date with month 13 at its line, with exit 1 and no stack (it used to crash)', async () => {
    const root = await tempProject({ 'decks/q1.yaml': 'title: Q1\ndate: 2025-13\ncompany: Acme\nslides:\n  - template: title\n' });
    const result = cli('build', '--root', root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('decks/q1.yaml:2:7 date: This date does not exist in the calendar');
    expect(result.stderr).not.toMatch(/RangeError|\n\s+at /);
  });

  it('prints no made-up position for a problem with a whole folder', async () => {
    const root = await tempProject({ 'decks/q1.yaml': 'title: Q1\ndate: 2025-05\ncompany: Acme\nslides:\n  - template: title\n' });
    const out = path.join(root, 'elsewhere');
    await mkdir(out);
    await writeFile(path.join(out, 'mine.txt'), 'not written by a build\n');
    const result = cli('build', '--root', root, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${out}: The output folder has files that an earlier build did not write`);
    expect(result.stderr).not.toContain(`${out}:1:1`);
  });

  it('refuses a 20 MB data file with a type error at its end at once, by its size', async () => {
    const root = await tempProject({ 'decks/q1.yaml': 'title: Q1\ndate: 2025-05\ncompany: Acme\nslides:\n  - template: agenda\n    data: big.yaml#items\n' });
    await mkdir(path.join(root, 'data'));
    await writeFile(path.join(root, 'data/big.yaml'), `items:\n${'  - a line of agenda text\n'.repeat(800_000)}  - 1\n`);
    const started = performance.now();
    const result = cli('check', '--root', root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('data/big.yaml is 19.8 MB, more than the 4.0 MB a deck or data file may hold.');
    expect(performance.now() - started).toBeLessThan(8000);
  });
});
