#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so there is no compile step between an edit and a run.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli.ts');
await runCli(process.argv.slice(2));
