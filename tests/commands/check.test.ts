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
