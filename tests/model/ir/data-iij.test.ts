import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { explainSkippedSeeds, seedsDir, seedsMissing } from '../../helpers/seeds.ts';
import { IIJ_DIR, loadIij } from './load-iij.ts';

const files = loadIij();
explainSkippedSeeds('data/iij sources against the seed files');

describe('data/iij', () => {
  it('has data files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [f.file, f] as const))('%s validates against irDocumentSchema', (_file, f) => {
    expect(f.issues).toBeUndefined();
  });

  it('every file a slides inventory names exists', () => {
    for (const f of files) {
      if (f.doc?.kind !== 'slide-inventory') continue;
      for (const s of f.doc.slides) {
        for (const name of s.files ?? []) expect(existsSync(join(IIJ_DIR, name)), `${f.file}: ${name}`).toBe(true);
      }
    }
  });

  it('every data file is listed in a slide inventory', () => {
    const listed = new Set(
      files.flatMap((f) => (f.doc?.kind === 'slide-inventory' ? f.doc.slides.flatMap((s) => s.files ?? []) : [])),
    );
    const unlisted = files.filter((f) => f.doc?.kind !== 'slide-inventory' && !listed.has(f.file)).map((f) => f.file);
    expect(unlisted).toEqual([]);
  });

  it.skipIf(seedsMissing)('every source names a seed file that exists and a slide title found in that seed', () => {
    const seeds = seedsDir;
    const sources: { file: string; seed: string; slide: string }[] = [];
    const walk = (file: string, v: unknown): void => {
      if (Array.isArray(v)) v.forEach((x) => walk(file, x));
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o.seed === 'string' && typeof o.slide === 'string') sources.push({ file, seed: o.seed, slide: o.slide });
        Object.values(o).forEach((x) => walk(file, x));
      }
    };
    for (const f of files) walk(f.file, f.doc);
    // A title printed over two lines ("II -4. …" then "② Cost of Revenues") is found with its line breaks as spaces.
    const words = (text: string) => text.replace(/\s+/g, ' ');
    for (const s of sources) {
      const text = words(readFileSync(join(seeds, s.seed), 'utf8'));
      expect(text.includes(words(s.slide)), `${s.file}: slide "${s.slide}" not in ${s.seed}`).toBe(true);
    }
  });
});
