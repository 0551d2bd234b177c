import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Vitest only: the deck build, dev server and preview get their Vite config from
// src/compile/vite-config.ts, so nothing here changes what users see.
export default defineConfig({
  plugins: [svelte({ compilerOptions: { css: 'injected' } })],
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/helpers/build-cli.ts'],
    // Several tests start the CLI or a Vite server as a child process; on a busy two-core machine
    // one can take well over Vitest's default 5 s. Speed is the bench's business, not the tests'.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
