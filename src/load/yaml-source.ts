import { LineCounter, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import type { DataPath, Problem } from '../problems.ts';

/** A parsed YAML file that still knows where every value came from. */
export interface YamlSource {
  /** Relative to --root, forward slashes. */
  file: string;
  value: unknown;
  locate(path: DataPath): { line: number; column: number };
  problemAt(path: DataPath, message: string, hint?: string): Problem;
  /** A problem with a field that should not be there, pointing at its key. */
  problemAtKey(path: DataPath, message: string, hint?: string): Problem;
}

export type ParsedYaml = { ok: true; source: YamlSource } | { ok: false; problems: Problem[] };

export function parseYaml(file: string, text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    return {
      ok: false,
      problems: doc.errors.map((error) => {
        const [line, column] = position(lineCounter, error.pos[0]);
        return {
          file,
          line,
          column,
          path: [],
          message: `YAML syntax error: ${firstLine(error.message)}`,
          hint: 'Check the indentation and quoting around this line.',
        };
      }),
    };
  }
  const merges = mergeKeys(doc, lineCounter).map(([line, column]): Problem => ({
    file,
    line,
    column,
    path: [],
    message: 'A merge key (<<) is not YAML 1.2: YAML 1.2 has no merge keys, so Quarterdeck would read "<<" as a field name.',
    hint: 'Write the fields out in full, or put the shared values in a deck template (extends:).',
  }));
  if (merges.length) return { ok: false, problems: merges };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 10_000 });
  } catch (error) {
    // yaml refuses documents whose aliases expand without bound (a "billion laughs" file).
    return {
      ok: false,
      problems: [{ file, path: [], message: `YAML error: ${(error as Error).message}`, hint: 'Write the repeated values out instead of using so many aliases (*name).' }],
    };
  }
  return { ok: true, source: yamlSource(file, value, () => ({ doc, lineCounter })) };
}

/**
 * A file whose value was parsed before, by a build that found no mistake in it (the build cache keeps
 * the values by the file's text): the text is parsed again only if a problem needs a position.
 */
export function parsedYaml(file: string, text: string, value: unknown): YamlSource {
  let parsed: { doc: Document; lineCounter: LineCounter } | undefined;
  return yamlSource(file, value, () => {
    if (!parsed) {
      const lineCounter = new LineCounter();
      parsed = { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
    }
    return parsed;
  });
}

function yamlSource(file: string, value: unknown, parsed: () => { doc: Document; lineCounter: LineCounter }): YamlSource {
  const at = (path: DataPath, preferKey: boolean) => {
    const { doc, lineCounter } = parsed();
    const [line, column] = position(lineCounter, nodeAt(doc, path, preferKey)?.range?.[0] ?? 0);
    return { line, column };
  };
  const locate = (path: DataPath) => at(path, false);
  return {
    file,
    value,
    locate,
    problemAt: (path, message, hint) => ({ file, ...locate(path), path, message, hint }),
    problemAtKey: (path, message, hint) => ({ file, ...at(path, true), path, message, hint }),
  };
}

// YAML 1.1 merged `<<: *defaults` into the map; YAML 1.2, which Quarterdeck reads, does not.
function mergeKeys(doc: Document, lineCounter: LineCounter): [number, number][] {
  const found: number[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<' && pair.key.type === 'PLAIN') found.push(pair.key.range?.[0] ?? 0);
    },
  });
  return found.map((offset) => position(lineCounter, offset));
}

/** The deepest node that exists along `path`: a missing key points at its parent. */
function nodeAt(doc: Document, path: DataPath, preferKey: boolean): Node | undefined {
  let node = doc.contents as Node | null;
  if (!node) return undefined;
  for (const [index, key] of path.entries()) {
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      const wantKey = preferKey && index === path.length - 1;
      // Point at the key for a value that is null, since an empty value has no range of its own.
      next = pair ? (!wantKey && pair.value && (pair.value as Node).range ? pair.value : pair.key) : undefined;
    } else if (isSeq(node) && typeof key === 'number') {
      next = node.items[key];
    }
    if (!next) break;
    node = next as Node;
  }
  return node;
}

function position(lineCounter: LineCounter, offset: number): [number, number] {
  const { line, col } = lineCounter.linePos(offset);
  return [Math.max(line, 1), Math.max(col, 1)];
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
