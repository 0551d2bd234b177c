// Vitest's global setup: many tests run `node bin/quarterdeck.js`, which runs lib/, the CLI built from
// src/. Build it here when src/ has changed, so `npx vitest` straight after an edit tests the edit.
import { buildIfStale } from '../../tooling/cli-build.js';

export default function setup(): void {
  buildIfStale();
}
