import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/load/project.ts';
import { formatPath, formatProblem } from '../../src/problems.ts';
import { tempProject } from '../helpers/temp-project.ts';

const deckHead = 'title: Q1\ndate: 2025-05\ncompany: Acme\nslides:\n';
const figures = 'pl:\n  columns: [FY1, FY2]\n  rows:\n    - label: Revenue\n      values: [100, 120]\n';

describe('loadProject', () => {
  it('resolves a data reference and validates it against the template', async () => {
    const root = await tempProject({
      'decks/q1.yaml': `${deckHead}  - template: table\n    data: acme/pl.yaml#pl\n`,
      'data/acme/pl.yaml': figures,
    });
    const project = await loadProject(root);
    expect(project.problems).toEqual([]);
    expect(project.decks[0]!.slides[0]!.data).toMatchObject({ columns: ['FY1', 'FY2'], rows: [{ label: 'Revenue', values: [100, 120] }] });
  });

  // Each class of user mistake: where it is reported (file:line:column and data path) and what it says.
  const cases: { name: string; files: Record<string, string>; where: string; path: string; message: RegExp }[] = [
    {
      name: 'malformed YAML',
      files: { 'decks/q1.yaml': `${deckHead}  - template: title\n   bad: [1, 2\n` },
      where: 'decks/q1.yaml:6:',
      path: '',
      message: /YAML syntax error/,
    },
    {
      name: 'an unknown template',
      files: { 'decks/q1.yaml': `${deckHead}  - template: tabel\n` },
      where: 'decks/q1.yaml:5:15',
      path: 'slides[0].template',
      message: /Unknown template "tabel".*/,
    },
    {
      name: 'a missing field',
      files: { 'decks/q1.yaml': 'title: Q1\ncompany: Acme\nslides:\n  - template: title\n' },
      where: 'decks/q1.yaml:1:1',
      path: 'date',
      message: /expected string/,
    },
    {
      name: 'a wrong type',
      files: { 'decks/q1.yaml': `${deckHead}  - template: agenda\n    data:\n      items: yes\n` },
      where: 'decks/q1.yaml:7:14',
      path: 'slides[0].data.items',
      message: /expected array/,
    },
    {
      name: 'an unknown field',
      files: { 'decks/q1.yaml': `${deckHead}  - template: title\n    notse: hello\n` },
      where: 'decks/q1.yaml:6:5',
      path: 'slides[0].notse',
      message: /Unknown field notse/,
    },
    {
      name: 'a reference to a data file that does not exist',
      files: { 'decks/q1.yaml': `${deckHead}  - template: table\n    data: acme/missing.yaml#pl\n` },
      where: 'decks/q1.yaml:6:11',
      path: 'slides[0].data',
      message: /data\/acme\/missing\.yaml does not exist/,
    },
    {
      name: 'a reference to a path that does not exist in the data file',
      files: { 'decks/q1.yaml': `${deckHead}  - template: table\n    data: acme/pl.yaml#pl.rowz\n`, 'data/acme/pl.yaml': figures },
      where: 'decks/q1.yaml:6:11',
      path: 'slides[0].data',
      message: /no "rowz" in pl\. It has: columns, rows/,
    },
    {
      name: 'a figure that is not a number, reported in the data file',
      files: {
        'decks/q1.yaml': `${deckHead}  - template: table\n    data: acme/pl.yaml#pl\n`,
        'data/acme/pl.yaml': figures.replace('[100, 120]', '[100, "1,20"]'),
      },
      where: 'data/acme/pl.yaml:5:21',
      path: 'pl.rows[0].values[1]',
      message: /expected number, received string/,
    },
    {
      name: 'a data path that leaves --root',
      files: { 'decks/q1.yaml': `${deckHead}  - template: table\n    data: ../../../etc/passwd.yaml#x\n` },
      where: 'decks/q1.yaml:6:11',
      path: 'slides[0].data',
      message: /leaves --root/,
    },
    {
      name: 'a custom template path that leaves --root',
      files: { 'decks/q1.yaml': `${deckHead}  - template: ../Outside.svelte\n` },
      where: 'decks/q1.yaml:5:15',
      path: 'slides[0].template',
      message: /leaves --root/,
    },
    {
      name: 'a bad option',
      files: { 'decks/q1.yaml': `${deckHead}  - template: chart\n    data: { categories: [a], series: [{ name: s, values: [1] }] }\n    options:\n      kind: pie\n` },
      where: 'decks/q1.yaml:8:13',
      path: 'slides[0].options.kind',
      message: /Invalid option/,
    },
  ];

  it.each(cases)('reports $name with file, position and path', async ({ files, where, path, message }) => {
    const project = await loadProject(await tempProject(files));
    expect(project.decks).toEqual([]);
    const problem = project.problems[0]!;
    expect(formatProblem(problem).startsWith(where)).toBe(true);
    expect(formatPath(problem.path)).toBe(path);
    expect(problem.message).toMatch(message);
  });

  it('reports every problem in a deck, not only the first', async () => {
    const root = await tempProject({ 'decks/q1.yaml': `${deckHead}  - template: nope\n  - template: table\n    data: acme/none.yaml#x\n` });
    const project = await loadProject(root);
    expect(project.problems.map((problem) => problem.line)).toEqual([5, 7]);
  });

  it('reports a syntax error in a shared data file once, however many slides use it', async () => {
    const root = await tempProject({
      'decks/q1.yaml': `${deckHead}  - template: table\n    data: d.yaml#pl\n  - template: table\n    data: d.yaml#pl\n`,
      'data/d.yaml': 'pl: [1, 2\n',
    });
    const project = await loadProject(root);
    expect(project.problems).toHaveLength(1);
    expect(project.problems[0]!.file).toBe('data/d.yaml');
  });
});

describe('loadProject with table documents', () => {
  it('reports an option that names a column the data does not have, at the option', async () => {
    const root = await tempProject({
      'decks/q1.yaml': `${deckHead}  - template: financial-table\n    data: acme/pl.yaml\n    options:\n      columns: [FY07, FY08]\n`,
      'data/acme/pl.yaml': `kind: income-statement
source: { seed: 000_9e66fd0b7d2bdcb7.txt, slide: Results }
unit: JPY million
columns: [{ id: FY07, at: FY2007 }]
rows: [{ metric: revenue, label: Revenue, values: { FY07: 66835 } }]
`,
    });
    const project = await loadProject(root);
    expect(project.problems.map(formatProblem)).toEqual([
      'decks/q1.yaml:8:23 slides[0].options.columns[1]: No column FY08 in the data. Its columns: FY07.',
    ]);
  });
});

describe('loadProject with a highlights range', () => {
  it('reports a range past the last bullet, at the option', async () => {
    const root = await tempProject({ 'decks/q1.yaml': `${deckHead}  - template: highlights\n    data: [a, b]\n    options: { items: { from: 3 } }\n` });
    const project = await loadProject(root);
    expect(project.problems.map(formatProblem)).toEqual(['decks/q1.yaml:7:31 slides[0].options.items.from: There are only 2 top-level bullets.']);
  });
});
