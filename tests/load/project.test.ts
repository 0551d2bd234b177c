import { mkdir, mkdtemp, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildCache } from '../../src/compile/build-cache.ts';
import { DataStore } from '../../src/load/data-store.ts';
import { fileSizeLimit } from '../../src/load/project-file.ts';
import { loadProject, loadProjectDeck } from '../../src/load/project.ts';
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

  // The build cache keeps the values of files that parsed (deck files too); a later load takes them
  // from it and parses the text again only to place a problem, at the same file, line and column.
  it.each(cases.filter(({ name }) => name !== 'malformed YAML'))('reports $name at the same place when the files\' values come from the build cache', async ({ files }) => {
    const root = await tempProject(files);
    const cache = new BuildCache(await mkdtemp(path.join(tmpdir(), 'qd-cache-')));
    const cold = await loadProject(root, new DataStore(root, cache.parsedValues()));
    const parsed = cache.parsedValues();
    let hits = 0;
    const counting = { get: async (text: string) => { const known = await parsed.get(text); if (known) hits += 1; return known; }, set: parsed.set };
    const warm = await loadProject(root, new DataStore(root, counting));
    expect(hits).toBeGreaterThan(0);
    expect(warm.problems.map(formatProblem)).toEqual(cold.problems.map(formatProblem));
    expect(warm.problems.length).toBeGreaterThan(0);
  });

  it('says where each slide was written, also when the deck file\'s value came from the build cache', async () => {
    const root = await tempProject({ 'decks/q1.yaml': `${deckHead}  - template: title\n  - template: table\n    data: acme/pl.yaml#pl\n`, 'data/acme/pl.yaml': figures });
    const cache = new BuildCache(await mkdtemp(path.join(tmpdir(), 'qd-cache-')));
    const cold = await loadProject(root, new DataStore(root, cache.parsedValues()));
    const warm = await loadProject(root, new DataStore(root, cache.parsedValues()));
    const second = { file: 'decks/q1.yaml', line: 6, column: 5, path: ['slides', 1] };
    expect({ ...cold.decks[0]!.slides[1]!.written }).toEqual(second);
    expect({ ...warm.decks[0]!.slides[1]!.written }).toEqual(second);
  });

  it('takes validated slide data from the build cache, ignores a damaged entry, and never keeps a slide with a problem', async () => {
    const root = await tempProject({
      'decks/q1.yaml': `${deckHead}  - template: table\n    data: acme/pl.yaml#pl\n  - template: chart\n    data: { categories: [a], series: [{ name: s, values: [1] }] }\n    options:\n      kind: pie\n`,
      'data/acme/pl.yaml': figures,
    });
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'qd-cache-'));
    const counted = () => {
      const parsed = new BuildCache(cacheDir).parsedValues();
      const tally = { hits: 0, stored: 0 };
      const validated = parsed.validated!;
      parsed.validated = {
        key: validated.key,
        get: async (key) => { const known = await validated.get(key); if (known) tally.hits += 1; return known; },
        set: async (key, value) => { tally.stored += 1; await validated.set(key, value); },
      };
      return { store: new DataStore(root, parsed), tally };
    };
    const cold = counted();
    const first = await loadProject(root, cold.store);
    expect(cold.tally).toEqual({ hits: 0, stored: 1 });
    const warm = counted();
    const second = await loadProject(root, warm.store);
    expect(warm.tally).toEqual({ hits: 1, stored: 0 });
    expect(second.problems.map(formatProblem)).toEqual(first.problems.map(formatProblem));
    expect(second.problems.map(formatProblem)).toEqual([expect.stringMatching(/^decks\/q1\.yaml:10:13 slides\[1\]\.options\.kind: Invalid option/)]);

    const folder = path.join(cacheDir, 'valid');
    for (const name of await readdir(folder)) {
      const bytes = await readFile(path.join(folder, name));
      bytes[bytes.length - 3]! ^= 0x5a;
      await writeFile(path.join(folder, name), bytes);
    }
    const damaged = counted();
    const third = await loadProject(root, damaged.store);
    expect(damaged.tally).toEqual({ hits: 0, stored: 1 });
    expect(third.problems).toEqual(first.problems);
  });

  it('gives the same deck whether its slides were validated now or taken from the build cache', async () => {
    const root = await tempProject({ 'decks/q1.yaml': `${deckHead}  - template: title\n  - template: table\n    data: acme/pl.yaml#pl\n`, 'data/acme/pl.yaml': figures });
    const cache = new BuildCache(await mkdtemp(path.join(tmpdir(), 'qd-cache-')));
    const plain = await loadProject(root);
    await loadProject(root, new DataStore(root, cache.parsedValues()));
    const warm = await loadProject(root, new DataStore(root, cache.parsedValues()));
    expect(warm.problems).toEqual([]);
    expect(warm.decks).toEqual(plain.decks);
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

// Hostile and unlucky input (issue 13): each case is a project on disk, links and odd bytes included.
describe('loadProject with hostile and unlucky files', () => {
  const highlights = 'kind: highlights\nsource: { seed: 000_9e66fd0b7d2bdcb7.txt, slide: Highlights }\nbullets:\n  - text: one\n  - text: two\n  - text: 5\n';
  const custom = (data: string) => `${deckHead}  - template: templates/Echo.svelte\n    data: ${data}\n`;
  const outsideFile = async (name: string, text: string) => {
    const folder = await mkdtemp(path.join(tmpdir(), 'quarterdeck-outside-'));
    await writeFile(path.join(folder, name), text);
    return path.join(folder, name);
  };
  const cases: { name: string; files: Record<string, string | Buffer>; links?: (root: string) => Promise<void>; expected: string[] }[] = [
    {
      name: 'a data file linked to a file outside --root (defect 1)',
      files: { 'decks/q1.yaml': custom('leak.yaml'), 'templates/Echo.svelte': '<p>x</p>' },
      links: async (root) => symlink(await outsideFile('passwd.yaml', 'root: x\n'), path.join(root, 'data/leak.yaml')),
      expected: ['decks/q1.yaml:6:11 slides[0].data: data/leak.yaml links outside the project'],
    },
    {
      name: 'a custom template linked to a .svelte file outside --root (defect 2)',
      files: { 'decks/q1.yaml': custom('{ a: 1 }'), 'data/.keep.yaml': '' },
      links: async (root) => {
        await mkdir(path.join(root, 'templates'));
        await symlink(await outsideFile('Evil.svelte', '<p>x</p>'), path.join(root, 'templates/Echo.svelte'));
      },
      expected: ['decks/q1.yaml:5:15 slides[0].template: templates/Echo.svelte links outside the project'],
    },
    {
      name: 'a deck template linked from outside --root',
      files: { 'decks/q1.yaml': 'extends: shared/base.yaml\n' },
      links: async (root) => {
        await mkdir(path.join(root, 'shared'));
        await symlink(await outsideFile('base.yaml', `${deckHead}  - template: title\n`), path.join(root, 'shared/base.yaml'));
      },
      expected: ['decks/q1.yaml:1:10 extends: shared/base.yaml links outside the project'],
    },
    {
      name: 'a deck file linked from outside --root',
      files: { 'data/.keep.yaml': '' },
      links: async (root) => {
        await mkdir(path.join(root, 'decks'));
        await symlink(await outsideFile('q1.yaml', `${deckHead}  - template: title\n`), path.join(root, 'decks/q1.yaml'));
      },
      expected: ['decks/q1.yaml: This file links outside the project'],
    },
    {
      name: 'a file a data glob matches that links outside --root',
      files: { 'decks/q1.yaml': custom('acme/2008-*.yaml'), 'templates/Echo.svelte': '<p>x</p>', 'data/acme/2008-a.yaml': 'a: 1\n' },
      links: async (root) => symlink(await outsideFile('b.yaml', 'b: 2\n'), path.join(root, 'data/acme/2008-b.yaml')),
      expected: ['decks/q1.yaml:6:11 slides[0].data: data/acme/2008-b.yaml links outside the project'],
    },
    {
      name: 'a deck date with month 13 (defect 3)',
      files: { 'decks/q1.yaml': deckHead.replace('2025-05', '2025-13') + '  - template: title\n' },
      expected: ['decks/q1.yaml:2:7 date: This date does not exist in the calendar; check the month (01 to 12) and the day.'],
    },
    {
      name: 'a deck date of 30 February (defect 4)',
      files: { 'decks/q1.yaml': deckHead.replace('2025-05', '2025-02-30') + '  - template: title\n' },
      expected: ['decks/q1.yaml:2:7 date: This date does not exist in the calendar'],
    },
    {
      name: 'a deck template date with month 00',
      files: { 'decks/q1.yaml': 'extends: base.yaml\n', 'base.yaml': `${deckHead.replace('2025-05', '2025-00')}  - template: title\n` },
      expected: ['base.yaml:2:7 date: This date does not exist in the calendar'],
    },
    {
      name: 'a release moment without its UTC offset',
      files: { 'decks/q1.yaml': deckHead.replace('date: 2025-05\n', 'date: 2025-05\npublishAt: 2025-05-14T15:00:00\n') + '  - template: title\n' },
      expected: ['decks/q1.yaml:3:12 publishAt: Use an ISO date and time with its UTC offset, for example 2009-02-12T15:00:00+09:00 (or …Z for UTC).'],
    },
    {
      name: 'a release moment at hour 24 of 30 February',
      files: { 'decks/q1.yaml': deckHead.replace('date: 2025-05\n', 'date: 2025-05\npublishAt: 2025-02-30T24:00:00+09:00\n') + '  - template: title\n' },
      expected: ['decks/q1.yaml:3:12 publishAt: This moment does not exist'],
    },
    {
      name: 'two deck files with the same id (defect 5)',
      files: { 'decks/x.yaml': `${deckHead}  - template: title\n`, 'decks/x.yml': `${deckHead}  - template: title\n` },
      expected: ['decks/x.yml: The deck id "x" is taken twice: by decks/x.yaml and decks/x.yml.'],
    },
    {
      name: 'a data file in Shift-JIS (defect 6)',
      files: {
        'decks/q1.yaml': `${deckHead}  - template: agenda\n    data: agenda.yaml\n`,
        'data/agenda.yaml': Buffer.concat([Buffer.from('items:\n  - '), Buffer.from([0x94, 0x84, 0x8f, 0xe3]), Buffer.from('\n')]),
      },
      expected: ['data/agenda.yaml:2:5 The file is not UTF-8: the bytes 0x94 0x84 at byte offset 11 (line 2) are not valid UTF-8.\n    The file reads cleanly as Shift-JIS.'],
    },
    {
      name: 'a data reference that names a folder (defect 9)',
      files: { 'decks/q1.yaml': `${deckHead}  - template: agenda\n    data: acme.yaml#items\n`, 'data/acme.yaml/inner.yaml': 'a: 1\n' },
      expected: ['decks/q1.yaml:6:11 slides[0].data: data/acme.yaml is a folder, not a file.'],
    },
    {
      name: 'a data reference to a loop of links (defect 9)',
      files: { 'decks/q1.yaml': `${deckHead}  - template: agenda\n    data: a.yaml#items\n` },
      links: async (root) => {
        await symlink('b.yaml', path.join(root, 'data/a.yaml'));
        await symlink('a.yaml', path.join(root, 'data/b.yaml'));
      },
      expected: ['decks/q1.yaml:6:11 slides[0].data: data/a.yaml is a loop of symbolic links.'],
    },
    {
      name: 'a data file over the size limit (defect 9)',
      files: { 'decks/q1.yaml': `${deckHead}  - template: agenda\n    data: big.yaml#items\n`, 'data/big.yaml': Buffer.alloc(fileSizeLimit + 1, 0x20) },
      expected: ['decks/q1.yaml:6:11 slides[0].data: data/big.yaml is 4.0 MB, more than the 4.0 MB a deck or data file may hold.'],
    },
    {
      name: 'a data glob over a folder that is a file',
      files: { 'decks/q1.yaml': custom('acme/2008-*.yaml'), 'templates/Echo.svelte': '<p>x</p>', 'data/acme': 'not a folder\n' },
      expected: ['decks/q1.yaml:6:11 slides[0].data: data/acme is a file, not a folder.'],
    },
    {
      name: 'a wrong-typed bullet in a highlights data file, at its own line (defect 10)',
      files: { 'decks/q1.yaml': `${deckHead}  - template: highlights\n    data: h.yaml\n`, 'data/h.yaml': highlights },
      expected: ['data/h.yaml:6:11 bullets[2].text: Invalid input: expected string, received number'],
    },
    {
      name: 'a YAML 1.1 merge key',
      files: { 'decks/q1.yaml': `${deckHead}  - &t { template: title }\n  - <<: *t\n    title: Again\n` },
      expected: ['decks/q1.yaml:6:5 A merge key (<<) is not YAML 1.2: YAML 1.2 has no merge keys'],
    },
  ];

  it.each(cases)('reports $name as a located problem', async ({ files, links, expected }) => {
    const root = await tempProject({});
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), text);
    }
    await mkdir(path.join(root, 'data'), { recursive: true });
    await links?.(root);
    const project = await loadProject(root);
    expect(project.decks).toEqual([]);
    const shown = project.problems.map(formatProblem);
    expect(shown).toHaveLength(expected.length);
    expected.forEach((start, index) => expect(shown[index]!.startsWith(start), shown[index]).toBe(true));
  });
});

describe('loadProject with a data glob', () => {
  const deck = (reference: string) => `${deckHead}  - template: templates/Echo.svelte\n    data: ${reference}\n`;
  const files = { 'templates/Echo.svelte': '<p>x</p>', 'data/acme/2008-b.yaml': 'b: 2\n', 'data/acme/2008-a.yaml': 'a: 1\n', 'data/acme/2009-a.yaml': 'c: 3\n', 'data/acme/(1)-x.yaml': 'd: 4\n', 'data/acme/sub/2008-c.yaml': 'e: 5\n' };

  it.each([
    ['acme/2008-*.yaml', ['acme/2008-a.yaml', 'acme/2008-b.yaml']],
    ['acme/*-a.yaml', ['acme/2008-a.yaml', 'acme/2009-a.yaml']],
    ['acme/(1)-*.yaml', ['acme/(1)-x.yaml']],
  ])('%s matches the files of that one folder in name order', async (reference, matched) => {
    const project = await loadProject(await tempProject({ ...files, 'decks/q1.yaml': deck(reference) }));
    expect(project.problems).toEqual([]);
    expect((project.decks[0]!.slides[0]!.data as { file: string }[]).map((match) => match.file)).toEqual(matched);
  });

  it.each([
    ['acme/2010-*.yaml', 'No data file matches data/acme/2010-*.yaml.'],
    ['none/2008-*.yaml', 'No data file matches data/none/2008-*.yaml.'],
    ['acme/2008-a.yaml/*.yaml', 'data/acme/2008-a.yaml is a file, not a folder.'],
  ])('%s is reported at the reference: %s', async (reference, message) => {
    const project = await loadProject(await tempProject({ ...files, 'decks/q1.yaml': deck(reference) }));
    expect(project.problems.map((problem) => problem.message)).toEqual([message]);
  });
});

describe('loadProjectDeck', () => {
  const files = {
    'decks/q1.yaml': `${deckHead}  - template: table\n    data: acme/pl.yaml#pl\n`,
    'decks/q2.yaml': `${deckHead}  - template: table\n    data: acme/broken.yaml#pl\n`,
    'data/acme/pl.yaml': figures,
    'data/acme/broken.yaml': 'pl:\n  columns: [FY1, FY2\n',
  };

  it('loads one deck and the data it uses, without the problems of another deck and its data', async () => {
    const root = await tempProject(files);
    const one = await loadProjectDeck(root, 'q1');
    expect(one?.problems).toEqual([]);
    expect(one?.decks.map((deck) => deck.id)).toEqual(['q1']);
    // The whole project has the other deck's problem, and the same deck.
    const all = await loadProject(root);
    expect(all.problems.map((problem) => problem.file)).toEqual(['data/acme/broken.yaml']);
    expect(all.decks.find((deck) => deck.id === 'q1')).toEqual(one?.decks[0]);
  });

  it('gives the problems of the deck asked for, and nothing for an id no deck file has', async () => {
    const root = await tempProject(files);
    const two = await loadProjectDeck(root, 'q2');
    expect(two?.decks).toEqual([]);
    expect(two?.problems.map(formatProblem)).toEqual((await loadProject(root)).problems.map(formatProblem));
    expect(await loadProjectDeck(root, 'q3')).toBeUndefined();
  });

  it('reports a deck id taken by two files when that deck is asked for', async () => {
    const root = await tempProject({ ...files, 'decks/q1.yml': `${deckHead}  - template: title\n` });
    const one = await loadProjectDeck(root, 'q1');
    expect(one?.decks).toEqual([]);
    expect(one?.problems.map((problem) => problem.message)).toEqual(['The deck id "q1" is taken twice: by decks/q1.yaml and decks/q1.yml.']);
  });

  it('reads the citations of every slide inventory in data/, like loadProject', async () => {
    const root = await tempProject({
      ...files,
      'data/acme/slides.yaml': 'kind: slide-inventory\nseed: 001_0123456789abcdef.txt\ndeck: Acme\ndate: May 2025\ncitation: Acme results\npublished: 2025-05\nslides:\n  - { title: Cover, content: text }\n',
    });
    const one = await loadProjectDeck(root, 'q1');
    expect([...(one?.citations.keys() ?? [])]).toEqual(['001_0123456789abcdef.txt']);
    expect(one?.citations).toEqual((await loadProject(root)).citations);
  });
});
