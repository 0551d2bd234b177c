import { describe, expect, test } from 'vitest';
import { signGrant, verifyGrant } from '../../src/serve/grants.ts';
import { testKeyring } from '../helpers/built-site.ts';

const grant = { deck: 'quarterly', edition: 'review', role: 'viewer', expires: 2_000, note: 'auditors' } as const;

describe('signGrant / verifyGrant', () => {
  test('a signed grant verifies to the same fields and the signing key id', () => {
    const keyring = testKeyring(['new', 'old']);
    expect(verifyGrant(keyring, signGrant(keyring, grant), 1_999)).toEqual({ ok: true, grant: { ...grant, keyId: 'new' } });
  });

  test('a grant is refused from its expiry second on', () => {
    const keyring = testKeyring();
    expect(verifyGrant(keyring, signGrant(keyring, grant), 2_000)).toEqual({ ok: false, reason: 'expired' });
  });

  test('a changed payload no longer matches its signature', () => {
    const keyring = testKeyring();
    const [payload, signature] = signGrant(keyring, grant).split('.');
    const fields = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    fields[2] = 'audience';
    const forged = `${Buffer.from(JSON.stringify(fields)).toString('base64url')}.${signature}`;
    expect(verifyGrant(keyring, forged, 0)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  test('a key removed from the keyring revokes its grants; a key still listed verifies', () => {
    const token = signGrant(testKeyring(['old']), grant);
    expect(verifyGrant(testKeyring(['new', 'old']), token, 0).ok).toBe(true);
    expect(verifyGrant(testKeyring(['new']), token, 0)).toEqual({ ok: false, reason: 'unknown-key' });
  });

  test.each([
    ['empty', ''],
    ['no signature', 'abc'],
    ['three parts', 'a.b.c'],
    ['not JSON', `${Buffer.from('nope').toString('base64url')}.AAAA`],
    ['wrong shape', `${Buffer.from('[2,"q"]').toString('base64url')}.AAAA`],
    ['characters outside base64url', 'a+b.c/d'],
    ['too long', `${'a'.repeat(3000)}.b`],
  ])('a malformed token (%s) is refused as malformed', (_name, token) => {
    expect(verifyGrant(testKeyring(), token, 0)).toEqual({ ok: false, reason: 'malformed' });
  });

  test('a signature of the wrong length is refused without comparing', () => {
    const [payload] = signGrant(testKeyring(), grant).split('.');
    expect(verifyGrant(testKeyring(), `${payload}.AAAA`, 0)).toEqual({ ok: false, reason: 'bad-signature' });
  });
});
