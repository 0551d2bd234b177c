import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { editionNames, type Edition } from '../model/edition.ts';
import type { Keyring } from './keyring.ts';

export type { Edition };
export type Role = 'viewer' | 'presenter';

/** What a signed link lets its holder do: one deck, one edition, until `expires`. */
export interface Grant {
  deck: string;
  edition: Edition;
  role: Role;
  /** Unix seconds. */
  expires: number;
  keyId: string;
  note?: string | undefined;
}

export type Refusal = 'malformed' | 'unknown-key' | 'bad-signature' | 'expired';
export type Verified = { ok: true; grant: Grant } | { ok: false; reason: Refusal };

/** Longer than any token `share` makes (a long note included); anything longer is not parsed. */
const maxTokenLength = 2048;

// The signed payload is this fixed-order array as JSON: one encoding per grant, so the bytes
// signed are the bytes checked, and no field can be added or reordered without breaking the MAC.
const payloadSchema = z.tuple([
  z.literal(1),
  z.string().min(1),
  z.enum(editionNames),
  z.enum(['viewer', 'presenter']),
  z.number().int().nonnegative(),
  z.string().min(1),
  z.string().nullable(),
]);

const mac = (secret: Buffer, payload: string) => createHmac('sha256', secret).update(payload).digest();

/** `<base64url payload>.<base64url HMAC-SHA256>`, signed with the keyring's first key. */
export function signGrant(keyring: Keyring, grant: Omit<Grant, 'keyId'>): string {
  const key = keyring.signing;
  const fields = [1, grant.deck, grant.edition, grant.role, grant.expires, key.id, grant.note ?? null];
  const payload = Buffer.from(JSON.stringify(fields)).toString('base64url');
  return `${payload}.${mac(key.secret, payload).toString('base64url')}`;
}

/** `nowSeconds` is Unix seconds; a grant is good up to, not including, its `expires` second. */
export function verifyGrant(keyring: Keyring, token: string, nowSeconds: number): Verified {
  const refuse = (reason: Refusal): Verified => ({ ok: false, reason });
  if (token.length > maxTokenLength || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token)) return refuse('malformed');
  const [payload, signature] = token.split('.') as [string, string];
  let fields;
  try {
    fields = payloadSchema.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    return refuse('malformed');
  }
  // A changed payload either no longer parses or no longer matches its MAC: both refusals.
  if (!fields.success) return refuse('malformed');
  const [, deck, edition, role, expires, keyId, note] = fields.data;
  const key = keyring.byId.get(keyId);
  if (!key) return refuse('unknown-key');
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(key.secret, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return refuse('bad-signature');
  if (nowSeconds >= expires) return refuse('expired');
  return { ok: true, grant: { deck, edition, role, expires, keyId, note: note ?? undefined } };
}
