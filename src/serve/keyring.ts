import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseYaml } from '../load/yaml-source.ts';
import { zodProblems } from '../load/zod-problems.ts';
import { UserError } from '../problems.ts';

export interface Key {
  id: string;
  secret: Buffer;
}

/** The first key signs new links; every key verifies, so removing a key revokes its links. */
export interface Keyring {
  signing: Key;
  byId: Map<string, Key>;
}

export const secretVariable = 'QUARTERDECK_SECRET';
export const minSecretBytes = 32;

const secret = z.string().refine((text) => Buffer.byteLength(text) >= minSecretBytes, {
  message: `A secret must be at least ${minSecretBytes} bytes long.`,
});
const keyringSchema = z.object({
  keys: z
    .array(z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'A key id is 1 to 64 letters, digits, "-" or "_".'), secret }).strict())
    .min(1, 'A keyring needs at least one key.'),
}).strict();

export interface KeySource {
  /** --keys FILE, as the user typed it. */
  keysFile?: string | undefined;
  env?: NodeJS.ProcessEnv;
}

/** The one way `serve` and `share` find their keys: --keys FILE, else QUARTERDECK_SECRET. */
export function loadKeyring({ keysFile, env = process.env }: KeySource): Keyring {
  if (keysFile !== undefined) return readKeyringFile(keysFile);
  const value = env[secretVariable];
  if (value === undefined || value === '') {
    throw new UserError([{
      file: secretVariable,
      path: [],
      message: 'No key to sign or check links with.',
      hint: `Set ${secretVariable} to a random secret of at least ${minSecretBytes} bytes (openssl rand -base64 48), or pass --keys FILE.`,
    }]);
  }
  if (Buffer.byteLength(value) < minSecretBytes) {
    throw new UserError([{ file: secretVariable, path: [], message: `The secret is shorter than ${minSecretBytes} bytes.`, hint: 'Use a longer random secret: openssl rand -base64 48.' }]);
  }
  // The id is derived from the secret, so changing the secret revokes every link made with the old one.
  const key = { id: createHash('sha256').update(value).digest('hex').slice(0, 8), secret: Buffer.from(value) };
  return { signing: key, byId: new Map([[key.id, key]]) };
}

function readKeyringFile(file: string): Keyring {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UserError([{ file, path: [], message: `Cannot read the keyring (${(error as NodeJS.ErrnoException).code ?? 'error'}).`, hint: 'Pass --keys a JSON file {"keys":[{"id":"…","secret":"…"}]}, or create one with quarterdeck keys rotate --keys FILE.' }]);
  }
  // JSON is YAML 1.2, and the YAML reader knows the line and column of every field.
  const parsed = parseYaml(file, text);
  if (!parsed.ok) throw new UserError(parsed.problems);
  const checked = keyringSchema.safeParse(parsed.source.value);
  if (!checked.success) throw new UserError(zodProblems(checked.error, parsed.source));
  const keys = checked.data.keys.map((key) => ({ id: key.id, secret: Buffer.from(key.secret) }));
  const byId = new Map<string, Key>();
  keys.forEach((key, index) => {
    if (byId.has(key.id)) throw new UserError([parsed.source.problemAt(['keys', index, 'id'], `The key id "${key.id}" is listed twice.`, 'Give every key its own id.')]);
    byId.set(key.id, key);
  });
  return { signing: keys[0]!, byId };
}

/**
 * Puts a fresh random key first in FILE (created if missing), so it signs from now on. The other
 * keys are dropped, revoking their links, unless `keepOld`: then they still verify until removed.
 */
export function rotateKeyring(file: string, { keepOld, now = new Date() }: { keepOld: boolean; now?: Date }): { id: string; kept: number } {
  const old = existsSync(file) ? [...readKeyringFile(file).byId.values()] : [];
  const id = `${now.toISOString().slice(0, 10)}-${randomBytes(3).toString('hex')}`;
  const kept = keepOld ? old : [];
  const keys = [{ id, secret: randomBytes(48).toString('base64url') }, ...kept.map((key) => ({ id: key.id, secret: key.secret.toString() }))];
  // Written beside and renamed, so a server reloading on SIGHUP never reads half a file.
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  writeFileSync(temporary, `${JSON.stringify({ keys }, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
  return { id, kept: kept.length };
}
