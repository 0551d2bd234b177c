import path from 'node:path';
import type { Problem } from '../problems.ts';
import { readProjectText, type Unreadable } from './project-file.ts';
import { relativeToRoot } from './root-paths.ts';
import { parseYaml, parsedYaml, type ParsedYaml } from './yaml-source.ts';

/**
 * Values of files parsed by an earlier run, by the file's text (the build cache, build-cache.ts):
 * parsing YAML is the largest part of loading a project that did not change.
 */
export interface ParsedValues {
  get(text: string): Promise<{ value: unknown } | undefined>;
  set(text: string, value: unknown): Promise<void>;
  /** Slides' validated data, kept the same way (a store without it validates every slide). */
  validated?: ValidatedValues | undefined;
}

/**
 * What validation made of a slide's data and options, by what it was validated from: validating is
 * pure, so a slide whose template, data and options did not change needs no zod. Only a slide that
 * validated without a problem is kept; one with a problem is validated again to report it.
 */
export interface ValidatedValues {
  /** The key of a validation's input; undefined when the input is not plain data (then it is not kept). */
  key(input: unknown): string | undefined;
  get(key: string): Promise<{ value: unknown } | undefined>;
  set(key: string, value: unknown): Promise<void>;
}

/** Parsed, or problems inside the file (syntax, encoding), or why it could not be read at all. */
export type DataFileResult = ParsedYaml | { ok: false; unreadable: Unreadable };

/**
 * Reads data files once per load and remembers them, so a file referenced by twenty slides is
 * parsed once. `quarterdeck dev` keeps one store and forgets just the files that changed.
 */
export class DataStore {
  readonly #cache = new Map<string, Promise<DataFileResult>>();

  constructor(
    readonly root: string,
    private readonly parsed?: ParsedValues,
  ) {}

  /** Reads deck, deck-template and data files alike, under the rules of `readProjectText`. */
  read(absolute: string): Promise<DataFileResult> {
    let result = this.#cache.get(absolute);
    if (!result) {
      result = this.#read(absolute);
      this.#cache.set(absolute, result);
    }
    return result;
  }

  /** Validated slide data kept between runs, when the store has them. */
  get validated(): ValidatedValues | undefined {
    return this.parsed?.validated;
  }

  forget(absolute: string): void {
    this.#cache.delete(path.resolve(absolute));
  }

  async #read(absolute: string): Promise<DataFileResult> {
    const read = await readProjectText(this.root, absolute);
    if (!read.ok) return read;
    const file = relativeToRoot(this.root, absolute);
    const known = await this.parsed?.get(read.text);
    if (known) return { ok: true, source: parsedYaml(file, read.text, known.value) };
    const result = parseYaml(file, read.text);
    // Only a file that parsed cleanly is kept; one with a mistake is parsed again to report it.
    if (result.ok) await this.parsed?.set(read.text, result.source.value);
    return result;
  }
}

/** "data/x.yaml is a folder, not a file.", for a problem located where a deck names the file. */
export function unreadableMessage(root: string, absolute: string, unreadable: Unreadable): string {
  return `${relativeToRoot(root, absolute)} ${unreadable.message}`;
}

/** A file found by listing a folder that cannot be read: a problem with the file as a whole. */
export function unreadableFile(root: string, absolute: string, unreadable: Unreadable): Problem {
  return { file: relativeToRoot(root, absolute), path: [], message: `This file ${unreadable.message}`, hint: unreadable.hint };
}
