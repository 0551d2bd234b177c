#!/usr/bin/env node
// Runs the CLI built from src/ into lib/ (npm run build:cli), so no TypeScript compiler is loaded.
// A lib/ older than src/ would run code the user no longer has: say so and what to run instead.
import { staleLib } from '../tooling/cli-build.js';

const stale = staleLib();
if (stale) {
  console.error(`quarterdeck: ${stale}`);
  process.exit(1);
}
// Stack traces under --debug name the lines in src/ and in the templates, through the source maps the
// builds write. Only then: reading and indexing the maps of every module loaded (the compiled templates'
// are large) took a rebuild about 70 ms of CPU in a profile.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
const { runCli } = await import('../lib/cli.js');
await runCli(process.argv.slice(2));
