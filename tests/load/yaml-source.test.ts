import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/yaml-source.ts';

describe('parseYaml', () => {
  it('locates values, and keys for fields that should not be there', () => {
    const parsed = parseYaml('d.yaml', 'a:\n  b: [1, 2]\n  c: x\n');
    if (!parsed.ok) throw new Error('expected a parse');
    expect(parsed.source.locate(['a', 'b', 1])).toEqual({ line: 2, column: 10 });
    expect(parsed.source.problemAtKey(['a', 'c'], 'x')).toMatchObject({ line: 3, column: 3 });
    expect(parsed.source.locate(['a', 'missing'])).toEqual({ line: 2, column: 3 });
  });

  it('accepts aliases used a reasonable number of times', () => {
    const text = `base: &cats [FY1, FY2]\n${Array.from({ length: 150 }, (_, i) => `c${i}: *cats`).join('\n')}\n`;
    expect(parseYaml('d.yaml', text).ok).toBe(true);
  });

  it('turns an alias bomb into a located problem instead of a crash', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) levels.push(`${'abcdefgh'[i]}: &${'abcdefgh'[i]} [${Array(10).fill(`*${'abcdefgh'[i - 1]}`).join(', ')}]`);
    const parsed = parseYaml('bomb.yaml', `${levels.join('\n')}\n`);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatchObject({ file: 'bomb.yaml', message: expect.stringMatching(/alias/i) });
    // The whole file is at fault; it has no position, and none is made up.
    if (!parsed.ok) expect(parsed.problems[0]!.line).toBeUndefined();
  });
});
