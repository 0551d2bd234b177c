// The CLI runs as JavaScript built from src/ into lib/ (scripts/build-cli.js), so that running it
// loads no TypeScript compiler. This says whether lib/ is there and built from the src/ of now.
// Plain Node with no dependencies: bin/quarterdeck.js checks it on every start (a few ms).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
export const srcDir = path.join(packageRoot, 'src');
export const libDir = path.join(packageRoot, 'lib');
/**
 * Written last by a build: when it started (an edit saved during the build still counts as newer) and
 * which .ts files src/ held (a file added or deleted since counts too).
 */
export const stampFile = path.join(libDir, '.built.json');
export const buildCommand = 'npm run build:cli';

/** `undefined` when lib/ is current; otherwise why not, in a sentence that says what to run. */
export function staleLib() {
  const stamp = readStamp();
  if (!stamp) return `lib/ (the CLI built from src/) is missing in ${packageRoot}. Run \`${buildCommand}\` there (npm install runs it too).`;
  const sources = sourceFiles();
  const built = new Set(stamp.files);
  const changed = sources.find((file) => !built.has(file) || statSync(path.join(srcDir, file)).mtimeMs > stamp.startedAt)
    ?? stamp.files.find((file) => !sources.includes(file));
  if (!changed) return undefined;
  return `lib/ (the CLI built from src/) is older than src/${changed}. Run \`${buildCommand}\` in ${packageRoot} (or \`${buildCommand} -- --watch\` while you edit src/).`;
}

/** What a build records in the stamp: the .ts files under src/, relative to it, with / between folders. */
export function sourceFiles(folder = srcDir) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return entry.name.endsWith('.ts') ? [path.relative(srcDir, file).split(path.sep).join('/')] : [];
  });
}

function readStamp() {
  try {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
    return typeof stamp.startedAt === 'number' && Array.isArray(stamp.files) ? stamp : undefined;
  } catch {
    return undefined;
  }
}

/**
 * For the test runners (Vitest's global setup, the Playwright config), whose tests run
 * `node bin/quarterdeck.js`: builds lib/ when it is not current, and leaves a current one alone.
 */
export function buildIfStale() {
  if (!staleLib()) return;
  const result = spawnSync(process.execPath, [path.join(packageRoot, 'scripts', 'build-cli.js')], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${buildCommand} failed; see above.`);
}
