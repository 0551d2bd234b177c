import { existsSync } from 'node:fs';
import { readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../problems.ts';

/** Marks a folder as ours, so that a build only ever replaces a folder it wrote itself. */
const marker = '.quarterdeck-build';

/**
 * A build writes into a staging folder beside OUT and swaps it in only when everything succeeded,
 * so a failed build leaves the last good output exactly as it was.
 */
export async function prepareStaging(root: string, out: string): Promise<string> {
  await assertReplaceable(root, out);
  const staging = `${out}.tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  return staging;
}

export async function publishStaging(staging: string, out: string): Promise<void> {
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
