// `npm run build:cli` (also run by `npm install`, `npm start`, `npm test` and the test runners): builds
// the CLI from src/ into lib/ as plain JavaScript, one file per module in the same folders, so that
// `quarterdeck` runs with no TypeScript compiler loaded. `--watch` rebuilds on every save.
//
// Rolldown (Vite's own bundler) follows the imports from src/cli.ts, so a new command or module is
// built as soon as something imports it, and only what runs in Node is emitted: the browser client
// and the templates are compiled by Vite when a deck is built (src/compile/vite-config.ts), from src/.
// Packages and files outside src/ (tooling/) stay imports, at the same relative paths, since lib/
// sits beside src/. About 0.4 s, against 4-8 s of CPU for tsc on the same files.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build, watch } from 'rolldown';
import { libDir, sourceFiles, srcDir, stampFile } from '../tooling/cli-build.js';

const { values } = parseArgs({ options: { watch: { type: 'boolean' } } });

const inside = (file) => !path.relative(srcDir, file).startsWith('..');
const options = (dir) => ({
  input: { cli: path.join(srcDir, 'cli.ts') },
  platform: 'node',
  // A bare import is a package; a relative one leaving src/ (tooling/settings.js) is kept as written.
  external: (id, importer) => !id.startsWith('.') && !path.isAbsolute(id) ? true : Boolean(importer) && !inside(path.resolve(path.dirname(importer), id)),
  treeshake: false,
  logLevel: 'warn',
  output: { dir, format: 'esm', preserveModules: true, preserveModulesRoot: srcDir, sourcemap: true },
});

if (values.watch) {
  const watcher = watch({ ...options(libDir), watch: { clearScreen: false } });
  watcher.on('event', (event) => {
    if (event.code === 'BUNDLE_END') {
      writeStamp(event.duration);
      event.result.close();
    }
    if (event.code === 'ERROR') {
      console.error(event.error.message);
      event.result?.close();
    }
  });
  console.log('Watching src/ and rebuilding lib/ on every save (Ctrl+C to stop).');
} else {
  // Built beside lib/ and swapped in, so a failed build leaves the last good lib/ and a run that
  // starts meanwhile never sees half a folder.
  const startedAt = Date.now();
  const files = sourceFiles();
  const next = `${libDir}.next-${process.pid}`;
  try {
    await build({ ...options(next), write: true });
  } catch (error) {
    rmSync(next, { recursive: true, force: true });
    console.error(`Building lib/ from src/ failed:\n${error.message ?? error}`);
    process.exit(1);
  }
  const old = `${libDir}.old-${process.pid}`;
  rmSync(old, { recursive: true, force: true });
  try {
    renameSync(libDir, old);
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  renameSync(next, libDir);
  rmSync(old, { recursive: true, force: true });
  writeFileSync(stampFile, `${JSON.stringify({ startedAt, files })}\n`);
  console.log(`Built lib/ from src/ in ${Date.now() - startedAt} ms.`);
}

/** After a rebuild in watch mode, which began `duration` ms ago. */
function writeStamp(duration) {
  writeFileSync(stampFile, `${JSON.stringify({ startedAt: Date.now() - duration, files: sourceFiles() })}\n`);
}
