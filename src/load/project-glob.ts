import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import type { Problem } from '../problems.ts';
import { resolveProjectPath, whyUnresolved, type Unreadable } from './project-file.ts';
import { relativeToRoot } from './root-paths.ts';

export type Listing = { ok: true; files: string[] } | { ok: false; unreadable: Unreadable };

/**
 * The files in `folder` whose paths, relative to it, match `pattern` ("*.yaml", "**\/*.json"),
 * absolute and sorted so that output never depends on the disk. A folder that does not exist has
 * no files; one that cannot be read, or that links outside --root, says so instead of matching
 * nothing. Each file still meets the real-path rule when it is read, since a match may be a link.
 */
export async function listFiles(root: string, folder: string, pattern: string): Promise<Listing> {
  const resolved = await resolveProjectPath(root, folder);
  if (!resolved.ok) return resolved.unreadable.missing ? { ok: true, files: [] } : resolved;
  if (!resolved.info.isDirectory()) {
    return { ok: false, unreadable: { missing: false, message: 'is a file, not a folder.', hint: 'Make it a folder, or name the folder that holds it.' } };
  }
  // The glob skips what it cannot read; a folder that cannot be listed is said to be so.
  const denied = await access(resolved.real, constants.R_OK | constants.X_OK).catch((error: NodeJS.ErrnoException) => error);
  if (denied) return { ok: false, unreadable: await whyUnresolved(folder, denied) };
  const files = await glob(pattern, { cwd: folder, onlyFiles: true, expandDirectories: false });
  return { ok: true, files: files.map((file) => path.join(folder, file)).sort() };
}

/** A folder that cannot be listed, as a problem with the folder as a whole. */
export function unlistableFolder(root: string, folder: string, unreadable: Unreadable): Problem {
  return { file: relativeToRoot(root, folder) || '.', path: [], message: `This folder cannot be listed: it ${unreadable.message}`, hint: unreadable.hint };
}
