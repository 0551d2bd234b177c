import { expect, test } from 'vitest';
import { speakerViewScriptHashes } from '../../src/serve/speaker-view.ts';

test("speakerViewScriptHashes finds the one inline script of the installed reveal.js's speaker view", () => {
  expect(speakerViewScriptHashes()).toEqual([expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/)]);
});
