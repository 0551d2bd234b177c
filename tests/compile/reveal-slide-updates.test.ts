import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { revealRewrites, revealSlideUpdates, rewriteReveal } from '../../src/compile/reveal-slide-updates.ts';

// The file a bundler imports: the package's "import" export, beside the stylesheet.
const revealFile = path.join(path.dirname(createRequire(import.meta.url).resolve('reveal.js/reveal.css')), 'reveal.mjs');
const reveal = readFileSync(revealFile, 'utf8');

describe('rewriteReveal', () => {
  // A new reveal.js that writes this code otherwise fails here, not in a user's build: look at its
  // updateSlides and updateSlidesVisibility again, and rewrite the patterns or drop the rewrites.
  it.each(revealRewrites.map(({ name, pattern }) => [name, pattern] as const))('finds the code of "%s" once in the installed reveal.js', (_name, pattern) => {
    expect(reveal.match(new RegExp(pattern.source, 'g'))?.length).toBe(1);
  });

  it('applies every rewrite, and the slide loop no longer rewrites every class', () => {
    const { code, applied } = rewriteReveal(reveal);
    expect(applied).toEqual(revealRewrites.map(({ name }) => name));
    expect(code.match(/qdState/g)?.length).toBeGreaterThan(1);
    expect(code.match(/t\.classList\.remove\("past"\), t\.classList\.remove\("present"\)/g)).toBeNull();
    expect(code).toContain('if (e.style.display === "none" && !e.querySelector("video, audio, iframe")) return;');
    expect(code).toContain('l = c.getElementsByTagName("section")');
  });

  it('leaves a module that still parses as JavaScript', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'qd-reveal-'));
    try {
      const file = path.join(folder, 'reveal.mjs');
      writeFileSync(file, rewriteReveal(reveal).code);
      expect(() => execFileSync(process.execPath, ['--check', file], { stdio: 'pipe' })).not.toThrow();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('leaves code without any of them as it is', () => {
    expect(rewriteReveal('export default 1;')).toEqual({ code: 'export default 1;', applied: [] });
  });
});

describe('revealSlideUpdates', () => {
  const transform = revealSlideUpdates().transform as (code: string, id: string) => { code: string } | null;

  it('rewrites reveal.js and no other module', () => {
    expect(transform(reveal, revealFile)?.code).toBe(rewriteReveal(reveal).code);
    expect(transform(reveal, '/project/src/client/main.ts')).toBeNull();
  });
});
