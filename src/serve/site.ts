import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { siteManifestFile, type SiteManifest } from '../compile/site-manifest.ts';
import { UserError } from '../problems.ts';

const isoMoment = z.iso.datetime({ offset: true });

const manifestSchema = z.object({
  format: z.literal(1),
  decks: z.array(z.object({ id: z.string(), title: z.string(), publishAt: isoMoment.nullable() })),
  lists: z.array(z.object({ from: isoMoment.nullable(), file: z.string() })).min(1),
}) satisfies z.ZodType<SiteManifest>;

export interface SiteDeck {
  id: string;
  title: string;
  /** Milliseconds since the epoch; null when the deck is public as soon as it is served. */
  publishAt: number | null;
}

export interface Site {
  decks: Map<string, SiteDeck>;
  /** Sorted by `from`; the first one has `from: null`. */
  lists: { from: number | null; file: string }[];
}

export function parseSite(text: string, file: string): Site {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw unreadable(file, `is not JSON (${(error as Error).message})`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw unreadable(file, `is not a site manifest this version reads (${parsed.error.issues[0]?.message ?? 'unknown shape'})`);
  const moment = (text: string | null) => (text === null ? null : Date.parse(text));
  return {
    decks: new Map(parsed.data.decks.map((deck) => [deck.id, { ...deck, publishAt: moment(deck.publishAt) }])),
    lists: parsed.data.lists.map((list) => ({ from: moment(list.from), file: list.file })),
  };
}

/** The deck list the public may see at `now`: the last one whose moment has come. */
export function publicListAt(site: Site, now: number): string {
  let file = site.lists[0]!.file;
  for (const list of site.lists) if (list.from === null || list.from <= now) file = list.file;
  return file;
}

export const isPublished = (deck: SiteDeck, now: number) => deck.publishAt === null || now >= deck.publishAt;

/**
 * The manifest of OUT, read again whenever the file changes: a build replaces OUT while the
 * server runs, and a deck added or re-embargoed must follow without a restart.
 */
export function siteReader(out: string): () => Site {
  const file = path.join(out, siteManifestFile);
  let cached: { stamp: string; site: Site } | undefined;
  const read = () => {
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat) throw unreadable(file, 'is missing', 'Run quarterdeck build (this version) into this folder first.');
    const stamp = `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
    if (cached?.stamp !== stamp) cached = { stamp, site: parseSite(readFileSync(file, 'utf8'), file) };
    return cached.site;
  };
  read();
  return read;
}

function unreadable(file: string, what: string, hint = 'Build the folder again with quarterdeck build.') {
  return new UserError([{ file, path: [], message: `The site manifest ${what}.`, hint }]);
}
