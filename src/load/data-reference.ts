import type { DataPath } from '../problems.ts';

export interface DataReference {
  /** Relative to the data/ folder, as written. */
  file: string;
  path: DataPath;
}

/** `acme/results.yaml#revenue.quarterly[0]` → { file: 'acme/results.yaml', path: ['revenue', 'quarterly', 0] }. */
export function parseDataReference(text: string): DataReference | undefined {
  const match = /^([^#\s]+)(?:#(\S+))?$/.exec(text);
  if (!match) return undefined;
  const path = match[2] === undefined ? [] : parseDataPath(match[2]);
  return path && { file: match[1]!, path };
}

/** `a.b[0].c` → ['a', 'b', 0, 'c']; undefined where the spelling is off. */
export function parseDataPath(text: string): DataPath | undefined {
  const path: DataPath = [];
  const pattern = /([^.[\]]+)|\[(\d+)\]/y;
  let expectKey = true;
  let index = 0;
  while (index < text.length) {
    if (!expectKey && text[index] === '.') {
      index++;
      expectKey = true;
      continue;
    }
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    if (!match || (match[1] !== undefined && !expectKey)) return undefined;
    path.push(match[1] ?? Number(match[2]));
    index = pattern.lastIndex;
    expectKey = false;
  }
  return expectKey && path.length ? undefined : path;
}

export type Lookup = { found: true; value: unknown } | { found: false; at: DataPath; missing: string | number; choices: string[] };

/** Walks `path` into `value`; on a miss it says how far it got and what keys were there instead. */
export function lookup(value: unknown, path: DataPath): Lookup {
  let current = value;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const container = current as Record<string | number, unknown> | null;
    const has =
      container !== null &&
      typeof container === 'object' &&
      (Array.isArray(container) ? typeof key === 'number' && key < container.length : Object.hasOwn(container, key));
    if (!has) {
      const choices =
        container && typeof container === 'object' && !Array.isArray(container) ? Object.keys(container) : [];
      return { found: false, at: path.slice(0, i), missing: key, choices };
    }
    current = container[key];
  }
  return { found: true, value: current };
}
