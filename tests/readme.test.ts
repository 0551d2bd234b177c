import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { templateSchemas } from '../src/model/slides/index.ts';

const readme = readFileSync('README.md', 'utf8');

/** The first column of the table under a heading: `| `name` | … |` rows. */
function tableNames(heading: string): string[] {
  const start = readme.indexOf(`\n${heading}\n`);
  expect(start, `README.md has no "${heading}" section`).toBeGreaterThanOrEqual(0);
  const section = readme.slice(start + heading.length + 2).split(/\n#{1,3} /)[0]!;
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]!);
}

describe('README.md', () => {
  it('lists every template in the template table, once each, and no other', () => {
    const listed = tableNames('### Templates');
    expect(listed.length).toBe(new Set(listed).size);
    expect([...listed].sort()).toEqual(Object.keys(templateSchemas).sort());
  });
});
