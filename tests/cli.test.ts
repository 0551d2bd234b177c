import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/quarterdeck.js', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('quarterdeck CLI', () => {
  it('check exits 0 on a good project and says what it checked', () => {
    const result = cli('check', '--root', 'tests/fixtures/acme');
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/Checked 3 deck file\(s\) and 1 data file\(s\)/);
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
    ];
    for (const line of expected) expect(result.stderr).toContain(line);
    expect(result.stderr).toContain('8 problem(s) found.');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints help for the CLI and for each command', () => {
    expect(cli('--help').stdout).toMatch(/Commands:[\s\S]*build[\s\S]*dev[\s\S]*preview[\s\S]*check/);
    for (const command of ['build', 'dev', 'preview', 'check', 'schema']) {
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

  it('rejects a --root that is not a folder', () => {
    const result = cli('check', '--root', 'tests/fixtures/nowhere');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('tests/fixtures/nowhere');
  });
});
