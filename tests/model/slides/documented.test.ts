import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { documented } from '../../../src/model/slides/documented.ts';

const inner = z.strictObject({ name: z.string(), note: z.string().describe('Own') }).refine((o) => o.name !== 'x', {
  error: 'not x',
  path: ['name'],
});
const schema = z.strictObject({ kind: z.literal('k'), items: z.array(inner).min(1) }).describe('Root');

describe('documented', () => {
  const out = documented(schema, { kind: 'Kind', items: 'The items', 'items[].name': 'A name', 'items[].note': 'Ignored' });

  it('documented(schema) adds descriptions where there are none and keeps the ones there are', () => {
    const json = z.toJSONSchema(out, { io: 'input' }) as Record<string, any>;
    expect(json.description).toBe('Root');
    expect(json.properties.kind.description).toBe('Kind');
    expect(json.properties.items.description).toBe('The items');
    expect(json.properties.items.items.properties.name.description).toBe('A name');
    expect(json.properties.items.items.properties.note.description).toBe('Own');
  });

  it('documented(schema) accepts and rejects what the schema does: refinements, strictness, array checks', () => {
    expect(out.safeParse({ kind: 'k', items: [{ name: 'a', note: 'n' }] }).success).toBe(true);
    const paths = (v: unknown) => out.safeParse(v).error?.issues.map((i) => i.path);
    expect(paths({ kind: 'k', items: [] })).toEqual([['items']]);
    expect(paths({ kind: 'k', items: [{ name: 'x', note: 'n' }] })).toEqual([['items', 0, 'name']]);
    expect(paths({ kind: 'k', items: [{ name: 'a', note: 'n' }], extra: 1 })).toEqual([[]]);
  });
});
