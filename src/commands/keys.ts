import { rotateKeyring } from '../serve/keyring.ts';

/** `quarterdeck keys rotate`: a fresh key signs from now on; old links die with the old keys. */
export function rotateKeys(file: string, keepOld: boolean): string {
  const { id, kept } = rotateKeyring(file, { keepOld });
  const old = kept ? `; ${kept} older key(s) still verify until you remove them` : '; links signed with any older key no longer open';
  return `Wrote ${file}: key ${id} signs new links${old}. Send SIGHUP to a running quarterdeck serve to reload it.`;
}
