import { createHash, type Hash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ParsedValues } from '../load/data-store.ts';
import { packageRoot } from './package-root.ts';

/** Bumped when the layout of an entry changes, so entries of an older Quarterdeck are never read. */
const entryFormat = 'quarterdeck-cache/2';
/** An entry not used by any of the last `keptBuilds` builds is removed. */
const keptBuilds = 5;
/** ...unless it was written this recently: it may belong to a build still running beside this one. */
const graceMs = 10 * 60_000;

/** `QUARTERDECK_CACHE_DIR` moves the cache (tests give each run a folder of its own). */
export function defaultCacheDir(): string {
  return process.env.QUARTERDECK_CACHE_DIR ? path.resolve(process.env.QUARTERDECK_CACHE_DIR) : path.join(packageRoot, 'node_modules', '.cache', 'quarterdeck');
}

/**
 * A content-addressed store of build products (the client bundle, the compiled templates, rendered
 * pages), each entry a file named by the hash of everything that determines it. An entry carries its
 * own kind, key, length and SHA-256: one that was truncated, has flipped bytes or was written for
 * another key is ignored (and later overwritten), never trusted. With `read: false` (`--no-cache`)
 * nothing is read, but what the build makes is still stored for the next one.
 */
export class BuildCache {
  private readonly used = new Set<string>();
  private readonly made = new Map<string, Promise<unknown>>();

  readonly dir: string;

  constructor(
    dir: string | undefined = undefined,
    private readonly options: { read: boolean } = { read: true },
  ) {
    this.dir = dir ? path.resolve(dir) : defaultCacheDir();
  }

  /** The entry's payload, or undefined when there is none or it does not check out. */
  async get(kind: string, key: string): Promise<Buffer | undefined> {
    const file = this.file(kind, key);
    this.used.add(path.relative(this.dir, file));
    if (!this.options.read) return undefined;
    const bytes = await readFile(file).catch(() => undefined);
    if (!bytes) return undefined;
    const newline = bytes.indexOf(0x0a);
    if (newline < 0) return undefined;
    let header: { format?: unknown; kind?: unknown; key?: unknown; bytes?: unknown; sha256?: unknown };
    try {
      header = JSON.parse(bytes.subarray(0, newline).toString('utf8'));
    } catch {
      return undefined;
    }
    const payload = bytes.subarray(newline + 1);
    const ok = header.format === entryFormat && header.kind === kind && header.key === key && header.bytes === payload.length && header.sha256 === sha256(payload);
    return ok ? payload : undefined;
  }

  async getJson<T>(kind: string, key: string): Promise<T | undefined> {
    const payload = await this.get(kind, key);
    if (!payload) return undefined;
    try {
      return JSON.parse(payload.toString('utf8')) as T;
    } catch {
      return undefined;
    }
  }

  /** Stores an entry; written beside its name and renamed into place, so a reader never sees half of one. */
  async set(kind: string, key: string, payload: Buffer | string): Promise<void> {
    const data = typeof payload === 'string' ? Buffer.from(payload) : payload;
    const file = this.file(kind, key);
    this.used.add(path.relative(this.dir, file));
    const header = JSON.stringify({ format: entryFormat, kind, key, bytes: data.length, sha256: sha256(data) });
    await this.folderOf(file);
    const temporary = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(temporary, Buffer.concat([Buffer.from(`${header}\n`), data]));
    await rename(temporary, file);
  }

  setJson(kind: string, key: string, value: unknown): Promise<void> {
    return this.set(kind, key, JSON.stringify(value));
  }

  /**
   * Parsed YAML values by the text they were parsed from, and slides' validated data by what it was
   * validated from (data-store.ts). Stored with V8's serializer, which keeps what JSON would not
   * (.inf, .nan, -0); a value that does not deserialize is a miss.
   */
  parsedValues(): ParsedValues {
    const key = (text: string) => keyOf('yaml', codeKey(), text);
    return {
      get: (text) => this.getValue('yaml', key(text)),
      set: (text, value) => this.set('yaml', key(text), serialize(value)),
      validated: {
        key: (input) => {
          const hashed = hashData(input);
          return hashed && keyOf('valid', codeKey(), hashed);
        },
        get: (key) => this.getValue('valid', key),
        // Only plain data comes back from V8's serializer as it went in (a class instance would not).
        set: async (key, value) => {
          if (isPlainData(value)) await this.set('valid', key, serialize(value));
        },
      },
    };
  }

  private async getValue(kind: string, key: string): Promise<{ value: unknown } | undefined> {
    const payload = await this.get(kind, key);
    if (!payload) return undefined;
    try {
      return { value: deserialize(payload) as unknown };
    } catch {
      return undefined;
    }
  }

  /**
   * A folder of files made from an entry (the compiled templates, which Node imports from disk), kept
   * as long as builds use it. Its files are not checked when read: the caller rewrites any that differ
   * from the checked entry they were made from.
   */
  async folder(name: string): Promise<string> {
    if (!/^[a-z-]+\/[0-9a-f]{64}$/.test(name)) throw new Error(`Bad cache folder name ${name}`);
    this.used.add(`${name}/`);
    const folder = path.join(this.dir, name);
    await mkdir(folder, { recursive: true });
    return folder;
  }

  /**
   * Records which entries this build used and removes every entry that none of the last
   * `keptBuilds` builds used, so the cache holds about what a few builds need and never grows
   * forever. A cache that cannot be tidied is no reason to fail a build.
   */
  async finish(): Promise<void> {
    try {
      const builds = path.join(this.dir, 'builds');
      await mkdir(builds, { recursive: true });
      await writeFile(path.join(builds, `${Date.now().toString().padStart(15, '0')}-${process.pid}.json`), JSON.stringify([...this.used].sort()));
      const logs = (await readdir(builds)).filter((name) => name.endsWith('.json')).sort();
      for (const old of logs.slice(0, -keptBuilds)) await rm(path.join(builds, old), { force: true });
      const kept = new Set<string>();
      for (const log of logs.slice(-keptBuilds)) {
        const names = await readFile(path.join(builds, log), 'utf8').then((text) => JSON.parse(text) as string[]).catch(() => []);
        for (const name of names) kept.add(name);
      }
      for (const entry of await readdir(this.dir, { recursive: true, withFileTypes: true })) {
        // Files only: the link to our node_modules beside the compiled templates is a symbolic link.
        if (!entry.isFile() || entry.parentPath === builds || path.relative(this.dir, entry.parentPath).split(path.sep).includes('node_modules')) continue;
        const file = path.join(entry.parentPath, entry.name);
        const name = path.relative(this.dir, file).split(path.sep).join('/');
        if (kept.has(name) || [...kept].some((folder) => folder.endsWith('/') && name.startsWith(folder))) continue;
        const age = Date.now() - (await stat(file).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
        if (age > graceMs) await rm(file, { force: true });
      }
    } catch {
      // Pruning is housekeeping: the next build tries again.
    }
  }

  /** Made once per build: a cold build stores hundreds of entries in a few folders. */
  private folderOf(file: string): Promise<unknown> {
    const folder = path.dirname(file);
    let made = this.made.get(folder);
    if (!made) {
      made = mkdir(folder, { recursive: true });
      this.made.set(folder, made);
      // A failure is the caller's to see; the next entry tries again.
      made.catch(() => this.made.delete(folder));
    }
    return made;
  }

  private file(kind: string, key: string): string {
    if (!/^[a-z-]+$/.test(kind) || !/^[0-9a-f]{64}$/.test(key)) throw new Error(`Bad cache entry name ${kind}/${key}`);
    return path.join(this.dir, kind, `${key}.entry`);
  }
}

export const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** A key from parts: each is length-prefixed, so no two different lists of parts give one key. */
export function keyOf(...parts: (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const data = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(`${data.length}:`).update(data);
  }
  return hash.digest('hex');
}

let codeKeyMemo: string | undefined;

/**
 * What every entry depends on: this Quarterdeck's code (every file under src/, from which both lib/
 * and the bundles are built, and the build tooling) and the exact packages installed (the lockfile).
 * Any change there makes every entry a miss, which is slow once but never wrong.
 */
export function codeKey(): string {
  if (codeKeyMemo) return codeKeyMemo;
  const hash = createHash('sha256').update(entryFormat).update(process.version);
  for (const file of ['package.json', 'package-lock.json', 'vite.config.ts']) hashFile(hash, path.join(packageRoot, file));
  for (const folder of ['src', 'tooling']) {
    const files = readdirSync(path.join(packageRoot, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) hashFile(hash, file);
  }
  codeKeyMemo = hash.digest('hex');
  return codeKeyMemo;
}

function hashFile(hash: Hash, file: string): void {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    data = Buffer.from('(missing)');
  }
  const name = path.relative(packageRoot, file);
  hash.update(`${name.length}:${name}${data.length}:`).update(data);
}

/**
 * A hash of plain data (what a page is rendered from). Every value is written out with a tag and
 * strings with their length, so no two different values hash alike: Maps, Sets, undefined and the
 * numbers JSON has no form for included. Keys keep their order: a file that lists them in another
 * order is only a miss. Anything else (a function, a class instance such as a Date, a value that
 * contains itself) has no content to hash: undefined, and the caller does without the cache.
 * Written as one walk rather than JSON.stringify with a replacer, which copied every object: hashing
 * the decks was the largest cost of a rebuild that renders nothing.
 */
export function hashData(value: unknown): string | undefined {
  const parts: string[] = [];
  const open = new Set<object>();
  const walk = (item: unknown): boolean => {
    switch (typeof item) {
      case 'string':
        parts.push(`s${item.length}:`, item);
        return true;
      case 'number':
        parts.push(Number.isFinite(item) && !Object.is(item, -0) ? `d${item};` : `D${Object.is(item, -0) ? '-0' : String(item)};`);
        return true;
      case 'boolean':
        parts.push(item ? 't' : 'f');
        return true;
      case 'undefined':
        parts.push('u');
        return true;
      case 'bigint':
        parts.push(`b${item};`);
        return true;
      case 'object':
        break;
      default:
        return false;
    }
    if (item === null) {
      parts.push('n');
      return true;
    }
    if (open.has(item)) return false;
    open.add(item);
    let ok = true;
    if (Array.isArray(item)) {
      parts.push('[');
      for (let index = 0; ok && index < item.length; index += 1) ok = walk(item[index]);
    } else if (item instanceof Map) {
      parts.push('M');
      for (const [key, entry] of item) if (!(ok = walk(key) && walk(entry))) break;
    } else if (item instanceof Set) {
      parts.push('S');
      for (const entry of item) if (!(ok = walk(entry))) break;
    } else {
      const prototype = Object.getPrototypeOf(item);
      if (prototype !== Object.prototype && prototype !== null) ok = false;
      else {
        parts.push('{');
        for (const key of Object.keys(item)) {
          parts.push(`s${key.length}:`, key);
          if (!(ok = walk((item as Record<string, unknown>)[key]))) break;
        }
      }
    }
    parts.push(']');
    open.delete(item);
    return ok;
  };
  return walk(value) ? sha256(parts.join('')) : undefined;
}

/**
 * True for what hashData can hash (and V8's serializer gives back as it was): plain data, no cycles.
 * The same walk, so the two never disagree; it runs only when an entry is stored.
 */
export function isPlainData(value: unknown): boolean {
  return hashData(value) !== undefined;
}
