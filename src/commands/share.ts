import path from 'node:path';
import { editionFolder, type Edition } from '../model/edition.ts';
import { signGrant } from '../serve/grants.ts';
import { loadKeyring } from '../serve/keyring.ts';
import { siteReader } from '../serve/site.ts';
import { UsageError, UserError } from '../problems.ts';

export interface ShareOptions {
  out: string;
  deck: string;
  edition: Edition;
  /** Seconds from now. */
  expiresIn: number;
  note?: string | undefined;
  presenter: boolean;
  /** Ends in `/` (parseBaseUrl). */
  baseUrl?: string | undefined;
  keysFile?: string | undefined;
  now?: number;
}

/** A link that opens one built deck's edition until it expires, even before its publishAt. */
export function share(options: ShareOptions): string {
  const site = siteReader(path.resolve(options.out))();
  if (!site.decks.has(options.deck)) {
    const known = [...site.decks.keys()].join(', ') || 'none';
    throw new UserError([{ file: path.resolve(options.out), path: [], message: `There is no built deck "${options.deck}".`, hint: `Built decks: ${known}. Build first, or check the id (the deck file's name without .yaml).` }]);
  }
  const keyring = loadKeyring({ keysFile: options.keysFile });
  const expires = Math.floor((options.now ?? Date.now()) / 1000) + options.expiresIn;
  const token = signGrant(keyring, { deck: options.deck, edition: options.edition, role: options.presenter ? 'presenter' : 'viewer', expires, note: options.note });
  const folder = `${options.deck}/${editionFolder[options.edition]}`;
  const link = `${folder}?access=${token}`;
  return options.baseUrl ? new URL(link, options.baseUrl).href : `/${link}`;
}

const units: Record<string, number> = { m: 60, h: 3600, d: 86_400 };

/** `30m`, `48h`, `7d` → seconds; at most a year, since a link cannot be taken back but by rotating the key. */
export function parseExpires(value: unknown): number {
  const match = /^([1-9][0-9]{0,5})([mhd])$/.exec(String(value ?? '48h'));
  const seconds = match ? Number(match[1]) * units[match[2]!]! : NaN;
  if (!(seconds <= 366 * 86_400)) {
    throw new UsageError(`--expires takes a duration such as 30m, 48h or 7d (at most a year), not "${String(value)}".`);
  }
  return seconds;
}

export function parseShareEdition(value: unknown): Edition {
  if (value === undefined || value === 'audience' || value === 'review') return (value ?? 'audience') as Edition;
  throw new UsageError(`--edition takes audience or review, not "${String(value)}".`);
}
