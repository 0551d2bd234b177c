import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Vitest only: the deck build, dev server and preview get their Vite config from
// src/compile/vite-config.ts, so nothing here changes what users see.
export default defineConfig({
  plugins: [svelte({ compilerOptions: { css: 'injected' } })],
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
  },
});
