import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../problems.ts';

/** Marks a folder as ours, so that a build only ever replaces a folder it wrote itself. */
const marker = '.quarterdeck-build';
/** Marks a staging folder while a build writes it; holds the building process's id. */
const stagingMarker = '.quarterdeck-staging';

/**
 * A build writes into a staging folder beside OUT and swaps it in only when everything succeeded,
 * so a failed build leaves the last good output exactly as it was.
 */
export async function prepareStaging(root: string, out: string): Promise<string> {
  await assertReplaceable(root, out);
  await removeStaleStaging(out);
  const staging = `${out}.tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await writeFile(path.join(staging, stagingMarker), `${process.pid}\n`);
  return staging;
}

/**
 * A build that was killed leaves its OUT.tmp-<pid> (or OUT.old-<pid>) behind. The next build
 * removes those whose process is gone, and only folders a build marked as its own.
 */
export async function removeStaleStaging(out: string): Promise<string[]> {
  const parent = path.dirname(out);
  const pattern = new RegExp(`^${escapeRegExp(path.basename(out))}\\.(?:tmp|old)-(\\d+)$`);
  const removed: string[] = [];
  for (const entry of await readdir(parent, { withFileTypes: true }).catch(() => [])) {
    const pid = pattern.exec(entry.name)?.[1];
    if (!pid || !entry.isDirectory() || isAlive(Number(pid))) continue;
    const folder = path.join(parent, entry.name);
    if (!existsSync(path.join(folder, stagingMarker)) && !existsSync(path.join(folder, marker))) continue;
    await rm(folder, { recursive: true, force: true });
    removed.push(folder);
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function publishStaging(staging: string, out: string): Promise<void> {
  await rm(path.join(staging, stagingMarker), { force: true });
  await writeFile(path.join(staging, marker), 'Written by quarterdeck build; the next build replaces this folder.\n');
  const old = `${out}.old-${process.pid}`;
  if (existsSync(out)) await rename(out, old);
  await rename(staging, out);
  await rm(old, { recursive: true, force: true });
}

export async function discardStaging(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true });
}

async function assertReplaceable(root: string, out: string): Promise<void> {
  const relative = path.relative(out, path.resolve(root));
  const problem = (message: string) =>
    new UserError([{ file: out, path: [], message, hint: 'Pass --out a folder of its own, such as dist/.' }]);
  if (relative === '' || !relative.startsWith('..')) {
    throw problem('The output folder holds the project itself; building would replace the decks and data.');
  }
  if (!existsSync(out)) return;
  const entries = await readdir(out);
  if (entries.length > 0 && !entries.includes(marker)) {
    throw problem('The output folder has files that an earlier build did not write; Quarterdeck will not replace it.');
  }
}
