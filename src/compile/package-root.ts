import { fileURLToPath } from 'node:url';

/**
 * The folder holding Quarterdeck's own src/, whatever folder the user runs it from. A module of its
 * own so that code which only needs the path (the build cache) does not load Vite.
 */
export const packageRoot = fileURLToPath(new URL('../..', import.meta.url));
