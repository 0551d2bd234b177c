import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/commands/check.ts';
import { formatProblem } from '../../src/problems.ts';
import { tempProject } from '../helpers/temp-project.ts';

const results = (yoy: string) => `kind: income-statement
source: { seed: 000_9e66fd0b7d2bdcb7.txt, slide: Revenues }
unit: JPY million
columns:
  - { id: FY07, at: FY2007 }
  - { id: FY06, at: FY2006 }
rows:
  - metric: revenue
    label: Total Revenues
    values: { FY07: 66835, FY06: 57094 }
    stated:
      - ${yoy}
`;

describe('check', () => {
  it('compares a stated YoY with the one computed from the figures', async () => {
    const root = await tempProject({ 'data/acme/pl.yaml': results('{ derived: yoy, at: FY2007, value: 17.1 }') });
    const report = await check({ root });
    expect(report.problems).toEqual([]);
    expect(report.comparisons).toBe(1);
    expect(report.lines[1]).toMatch(/Compared 1 stated figure\(s\) with computed ones: 0 difference/);
  });

  it('reports a stated figure that does not compute, at its line, naming both sources', async () => {
    const root = await tempProject({ 'data/acme/pl.yaml': results('{ derived: yoy, at: FY2007, value: 71.1 }') });
    const report = await check({ root });
    expect(report.problems.map(formatProblem)[0]).toMatch(
      /^data\/acme\/pl\.yaml:12:9 rows\[0\]\.stated\[0\]: Stated yoy of revenue at FY2007.* is 71\.1 but computes to 17\.06.*revenue FY2007 = 66835 in data\/acme\/pl\.yaml, Revenues/,
    );
  });

  it('accepts a difference that a note explains, and lists it', async () => {
    const root = await tempProject({
      'data/acme/pl.yaml': results('{ derived: yoy, at: FY2007, value: 71.1, note: The deck printed 71.1; 17.1 computes. }'),
    });
    const report = await check({ root });
    expect(report.problems).toEqual([]);
    expect(report.lines.join('\n')).toMatch(/explained: .*stated 71\.1[\s\S]*note: The deck printed 71\.1/);
  });

  it('reports an IR data file that breaks the data model', async () => {
    const root = await tempProject({ 'data/acme/pl.yaml': results('{ derived: yoy, at: FY2007, value: 17.1 }').replace('66835', '"66,835"') });
    const report = await check({ root });
    expect(report.problems.map(formatProblem).join('\n')).toContain('data/acme/pl.yaml:10:');
  });
});

// check holds every file to the rules build does, so whatever check passes, build loads.
describe('check on hostile and unlucky files', () => {
  const deck = (date: string) => `title: Q1\ndate: ${date}\ncompany: Acme\nslides:\n  - template: title\n`;

  it('reports a link in data/ that leads outside --root, though no deck uses it (it used to skip links)', async () => {
    const root = await tempProject({ 'data/acme/pl.yaml': results('{ derived: yoy, at: FY2007, value: 17.1 }') });
    const outside = await mkdtemp(path.join(tmpdir(), 'quarterdeck-outside-'));
    await writeFile(path.join(outside, 'passwd.yaml'), 'root: x\n');
    await symlink(path.join(outside, 'passwd.yaml'), path.join(root, 'data/passwd.yaml'));
    const report = await check({ root });
    expect(report.problems.map(formatProblem)).toEqual([expect.stringMatching(/^data\/passwd\.yaml: This file links outside the project \(to .*passwd\.yaml\)\.\n/)]);
  });

  it.each([
    ['a deck date with month 13', { 'decks/q1.yaml': deck('2025-13') }, 'decks/q1.yaml:2:7 date: This date does not exist'],
    ['a deck date of 30 February', { 'decks/q1.yaml': deck('2025-02-30') }, 'decks/q1.yaml:2:7 date: This date does not exist'],
    ['a data file target stated in month 13', { 'data/acme/pl.yaml': results('{ derived: yoy, at: FY2007, value: 17.1 }').replace('{ id: FY07, at: FY2007 }', '{ id: FY07, at: FY2007, basis: target, asOf: 2007-13 }') }, 'data/acme/pl.yaml:5:50 columns[0].asOf: The month must be 01 to 12.'],
    ['a data file syntax error, once though a deck uses the file', { 'decks/q1.yaml': `${deck('2025-05')}  - template: agenda\n    data: bad.yaml#items\n`, 'data/bad.yaml': 'items: [a, b\n' }, 'data/bad.yaml:2:1 YAML syntax error'],
  ])('reports %s', async (_, files, expected) => {
    const report = await check({ root: await tempProject(files) });
    const shown = report.problems.map(formatProblem);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.startsWith(expected), shown[0]).toBe(true);
  });
});

describe('check on a project', () => {
  it('counts the deck files, data files and IR documents it checked', async () => {
    const root = await tempProject({
      'decks/a.yaml': 'title: A\ndate: 2025-05\ncompany: Acme\nslides:\n  - template: title\n',
      'decks/b.yaml': 'title: B\ndate: 2025-05\ncompany: Acme\nslides:\n  - template: section\n    title: B\n',
      'decks/templates/shared.yaml': 'title: T\nslides: []\n',
      'data/acme/pl.yaml': results('{ derived: yoy, at: FY2007, value: 17.1 }'),
      'data/acme/notes.yaml': 'anything: goes\n',
    });
    const report = await check({ root });
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.lines[0]).toMatch(/^Checked 2 deck file\(s\) and 2 data file\(s\) \(1 IR document\(s\)\)/);
    expect(report.comparisons).toBe(1);
  });
});

describe('check on this repository', () => {
  // The decks and data/iij are the product: check must pass on them as they are committed.
  it('passes on decks/ and data/iij', async () => {
    const report = await check({ root: '.' });
    expect(report.problems.map(formatProblem)).toEqual([]);
  });
});

describe('check on options that name data', () => {
  const deck = (slides: string) => `title: Results\ndate: 2008-06\ncompany: IIJ\nslides:\n${slides}`;
  const forecastData = `kind: forecast
source: { seed: 000_9e66fd0b7d2bdcb7.txt, slide: Forecast }
unit: JPY billion
columns:
  - { id: FY08, at: FY2008, basis: target, asOf: 2008-06 }
  - { id: FY07, at: FY2007 }
rows:
  - { metric: revenue, label: Total Revenues, values: { FY08: 78.5, FY07: 66.8 } }
`;

  it('reports a kpi-summary metric the data does not have, at the option', async () => {
    const root = await tempProject({
      'data/acme/pl.yaml': results('{ derived: yoy, at: FY2007, value: 17.1 }'),
      'decks/q1.yaml': deck(`  - template: kpi-summary
    data: acme/pl.yaml
    options:
      items:
        - { metric: revenue }
        - metric: revenu
`),
    });
    const report = await check({ root });
    expect(report.problems.map(formatProblem)).toEqual([
      'decks/q1.yaml:10:19 slides[0].options.items[1].metric: No row with metric revenu in the data. Its rows: revenue.',
    ]);
  });

  it('reports a forecast row and column the data does not have, each at its option', async () => {
    const root = await tempProject({
      'data/acme/forecast.yaml': forecastData,
      'decks/q1.yaml': deck(`  - template: forecast
    data: acme/forecast.yaml
    options:
      columns: [FY07, FY09]
      rows: [revenue, net-incme]
`),
    });
    const report = await check({ root });
    expect(report.problems.map(formatProblem)).toEqual([
      'decks/q1.yaml:8:23 slides[0].options.columns[1]: No column FY09 in the data. Its columns: FY08, FY07.',
      'decks/q1.yaml:9:23 slides[0].options.rows[1]: No row with metric net-incme in the data. Its rows: revenue.',
    ]);
  });
});
