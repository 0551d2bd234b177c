import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { browserVariable, chromiumArgs, defaultBrowser } from '../../tooling/settings.js';
import { UserError } from '../problems.ts';

/**
 * The one Chromium an export uses for every deck and format: the one the tests use, or the one
 * QUARTERDECK_CHROMIUM names.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env[browserVariable] || defaultBrowser;
  if (!existsSync(executablePath)) {
    throw new UserError([
      {
        file: executablePath,
        path: [],
        message: 'Export draws the decks in Chromium, and there is no Chromium here.',
        hint: `Install Chromium (on Debian: apt-get install chromium), or set ${browserVariable} to the path of one.`,
      },
    ]);
  }
  return chromium.launch({ executablePath, args: chromiumArgs });
}

/** The reveal.js deck on a page has laid itself out (and, in the print view, its pages). */
export const revealReady = () => {
  const reveal = (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal;
  return Boolean(reveal?.isReady());
};
