import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../problems.ts';
import { relativeToRoot } from './root-paths.ts';
import { parseYaml, type ParsedYaml } from './yaml-source.ts';

export type DataFileResult = ParsedYaml | { ok: false; missing: true; problems: Problem[] };

/**
 * Reads data files once per load and remembers them, so a file referenced by twenty slides is
 * parsed once. `quarterdeck dev` keeps one store and forgets just the files that changed.
 */
export class DataStore {
  readonly #cache = new Map<string, Promise<DataFileResult>>();

  constructor(readonly root: string) {}

  /** `absolute` must already be known to be inside root. */
  read(absolute: string): Promise<DataFileResult> {
    let result = this.#cache.get(absolute);
    if (!result) {
      result = this.#read(absolute);
      this.#cache.set(absolute, result);
    }
    return result;
  }

  forget(absolute: string): void {
    this.#cache.delete(path.resolve(absolute));
  }

  async #read(absolute: string): Promise<DataFileResult> {
    const file = relativeToRoot(this.root, absolute);
    let text: string;
    try {
      text = await readFile(absolute, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      return { ok: false, missing: true, problems: [] };
    }
    return parseYaml(file, text);
  }
}
