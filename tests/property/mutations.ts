import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';

/**
 * What a careless or hostile user can do to a project's files, as fast-check arbitraries: change a
 * value's type, delete a key, swap two values, write an invalid date or odd unicode, break the
 * encoding, replace a file by a symlink or a folder, or break a custom template. A mutation names
 * its file by index and its YAML node by index, so one arbitrary fits any fixture project.
 */
export type Mutation =
  | { kind: 'set'; file: number; node: number; value: unknown }
  | { kind: 'delete'; file: number; node: number }
  | { kind: 'swap'; file: number; node: number; other: number }
  | { kind: 'bytes'; file: number; at: number; bytes: number[] }
  | { kind: 'symlink'; file: number; target: 'outside' | 'loop' | 'missing' | 'other-file' }
  | { kind: 'folder'; file: number }
  | { kind: 'template'; code: string };

const oddStrings = [
  '2008-13',
  '2009-02-30',
  '2025-00-10',
  '2025-05-14',
  '',
  ' ',
  'acme/results.yaml#pl',
  'acme/results.yaml#nothing.here',
  'acme/missing.yaml',
  'acme',
  '../../../etc/passwd',
  '/etc/passwd',
  'acme/*.yaml',
  'templates/Closing.svelte',
  '../outside.svelte',
  'tabel',
  'financial-table',
  '<script>alert(1)</script>',
  '{{period}}',
  '"54,188"',
  '\u202eevil',
  '日本語のテキスト',
  '\u0000',
  'x'.repeat(5000),
];

const value: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(...oddStrings),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.integer(),
    fc.double({ noNaN: false }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('title', 'data', 'options', 'template', 'kind', 'values', 'label', 'x'), tie('value'), { maxKeys: 3 }),
  ),
})).value;

const templateCode = fc.constantFrom(
  '{#if}',
  '<p>{data.message.toUpperCase()}</p>',
  '{(() => { throw new Error("boom") })()}',
  '<script>throw new Error("at load")</script>',
  '<p>{undefined.x}</p>',
  '<div',
);

const index = fc.nat({ max: 1000 });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('set' as const), file: index, node: index, value }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), file: index, node: index }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('swap' as const), file: index, node: index, other: index }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('bytes' as const), file: index, at: index, bytes: fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 4 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('symlink' as const), file: index, target: fc.constantFrom('outside' as const, 'loop' as const, 'missing' as const, 'other-file' as const) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('folder' as const), file: index }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('template' as const), code: templateCode }), weight: 1 },
);

/**
 * Applies mutations to the project at `root`. `files` are the project's YAML files (relative to
 * root) that mutations pick from; `template` is its custom template, if any; `outside` is a file
 * outside the project that a symlink may point at.
 */
export async function applyMutations(root: string, files: string[], template: string | undefined, outside: string, mutations: Mutation[]): Promise<void> {
  for (const change of mutations) {
    if (change.kind === 'template') {
      if (!template) continue;
      const file = path.join(root, template);
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replace('</div>', `${change.code}\n</div>`));
      continue;
    }
    const relative = files[change.file % files.length]!;
    const file = path.join(root, relative);
    if (change.kind === 'folder') {
      await rm(file, { force: true, recursive: true });
      await mkdir(file, { recursive: true });
    } else if (change.kind === 'symlink') {
      const other = path.join(root, files[(change.file + 1) % files.length]!);
      const target = { outside, loop: file, missing: path.join(root, 'no-such-file.yaml'), 'other-file': other }[change.target];
      await rm(file, { force: true, recursive: true });
      await symlink(target, file);
    } else if (change.kind === 'bytes') {
      const bytes = await readOrNull(file);
      if (!bytes) continue;
      const at = change.at % (bytes.length + 1);
      await writeFile(file, Buffer.concat([bytes.subarray(0, at), Buffer.from(change.bytes), bytes.subarray(at)]));
    } else {
      const bytes = await readOrNull(file);
      if (!bytes) continue;
      const document = parseDocument(bytes.toString('utf8'), { uniqueKeys: false });
      if (document.errors.length) continue;
      editDocument(document, change);
      await writeFile(file, document.toString());
    }
  }
}

function editDocument(document: Document, change: Extract<Mutation, { kind: 'set' | 'delete' | 'swap' }>): void {
  const paths = nodePaths(document.contents);
  if (paths.length === 0) return;
  const at = paths[change.node % paths.length]!;
  if (change.kind === 'set') document.setIn(at, document.createNode(change.value));
  else if (change.kind === 'delete') document.deleteIn(at);
  else {
    const other = paths[change.other % paths.length]!;
    const [a, b] = [document.getIn(at, true), document.getIn(other, true)];
    if (isPrefix(at, other) || isPrefix(other, at)) return;
    document.setIn(at, b);
    document.setIn(other, a);
  }
}

/** Every path to a node of the document, depth first, the root's children first. */
function nodePaths(node: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths: (string | number)[][] = [];
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = (pair.key as { value?: unknown } | null)?.value;
      if (typeof key !== 'string') continue;
      paths.push([...prefix, key], ...nodePaths(pair.value, [...prefix, key]));
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, position) => paths.push([...prefix, position], ...nodePaths(item, [...prefix, position])));
  }
  return paths;
}

const isPrefix = (a: (string | number)[], b: (string | number)[]) => a.length <= b.length && a.every((key, position) => key === b[position]);

async function readOrNull(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch {
    return null;
  }
}
