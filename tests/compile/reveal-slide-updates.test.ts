import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { revealSlideUpdates, writeOnlyChangedSlideState } from '../../src/compile/reveal-slide-updates.ts';

// The file a bundler imports: the package's "import" export, beside the stylesheet.
const revealFile = path.join(path.dirname(createRequire(import.meta.url).resolve('reveal.js/reveal.css')), 'reveal.mjs');
const reveal = readFileSync(revealFile, 'utf8');

describe('writeOnlyChangedSlideState', () => {
  // A new reveal.js whose loop reads otherwise fails here, not in a user's build: look at its
  // updateSlides again, and rewrite the pattern or drop the plugin if it already writes only changes.
  it('finds the slide loop of the installed reveal.js once and rewrites it', () => {
    const patched = writeOnlyChangedSlideState(reveal);
    expect(patched).toBeDefined();
    expect(patched).not.toBe(reveal);
    expect(patched!.match(/qdState/g)?.length).toBeGreaterThan(1);
    expect(patched!.match(/t\.classList\.remove\("past"\), t\.classList\.remove\("present"\)/g)).toBeNull();
  });

  it('leaves a module that still parses as JavaScript', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'qd-reveal-'));
    try {
      const file = path.join(folder, 'reveal.mjs');
      writeFileSync(file, writeOnlyChangedSlideState(reveal)!);
      expect(() => execFileSync(process.execPath, ['--check', file], { stdio: 'pipe' })).not.toThrow();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('returns undefined for code without that loop', () => {
    expect(writeOnlyChangedSlideState('export default 1;')).toBeUndefined();
  });
});

describe('revealSlideUpdates', () => {
  const transform = revealSlideUpdates().transform as (code: string, id: string) => { code: string } | null;

  it('rewrites reveal.js and no other module', () => {
    expect(transform(reveal, revealFile)?.code).toBe(writeOnlyChangedSlideState(reveal));
    expect(transform(reveal, '/project/src/client/main.ts')).toBeNull();
  });
});
