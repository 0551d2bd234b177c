import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The extracted text of IIJ's original decks, which data/iij is checked against. It lives in
 * ../shared/seeds beside the repository, not in it; QUARTERDECK_SEEDS points the tests elsewhere
 * (or at a folder that does not exist, to see what a clone without ../shared does).
 */
export const seedsDir = path.resolve(process.env.QUARTERDECK_SEEDS ?? path.join(import.meta.dirname, '../../../shared/seeds'));

export const seedsMissing = !existsSync(seedsDir);

/** For `describe.skipIf(seedsMissing)`: says once why the seed tests are skipped. */
export function explainSkippedSeeds(what: string): void {
  if (seedsMissing) console.warn(`Skipped: ${what}. No seeds at ${seedsDir} (set QUARTERDECK_SEEDS to their folder).`);
}
