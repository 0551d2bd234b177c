import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { deckJsonSchema } from '../../src/commands/schema.ts';

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(deckJsonSchema());
const deckFile = async (file: string) => parse(await readFile(file, 'utf8'));

describe('deckJsonSchema', () => {
  it('matches the committed decks/deck.schema.json (run `npx quarterdeck schema` after changing a schema)', async () => {
    expect(JSON.parse(await readFile('decks/deck.schema.json', 'utf8'))).toEqual(deckJsonSchema());
  });

  it('accepts the fixture deck, custom template included', async () => {
    expect(validate(await deckFile('tests/fixtures/acme/decks/quarterly.yaml')), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['an unknown template option', { template: 'chart', data: 'a.yaml#x', options: { kind: 'pie' } }],
    ['a misspelled slide field', { template: 'title', notse: 'x' }],
    ['a figure written as text in inline data', { template: 'table', data: { columns: ['A'], rows: [{ label: 'R', values: ['1,0'] }] } }],
    ['a data reference without a file', { template: 'table', data: '#pl' }],
  ])('rejects %s, as an editor would flag it', (_name, slide) => {
    expect(validate({ title: 'T', date: '2025-05', company: 'C', slides: [slide] })).toBe(false);
  });
});

describe('deckJsonSchema for deck templates', () => {
  it('accepts a deck that extends a template, and the template itself', () => {
    expect(validate({ extends: 'decks/templates/q.yaml', date: '2009-02', params: { period: '3Q08' }, slots: { extra: [{ template: 'section', title: 'New' }] } })).toBe(true);
    expect(validate({ params: { period: 'the quarter' }, title: 'Results for {{period}}', slides: [{ template: 'title' }, { slot: 'extra' }] })).toBe(true);
  });

  it('rejects a slot slide with a bad option', () => {
    expect(validate({ extends: 'decks/templates/q.yaml', slots: { extra: [{ template: 'chart', data: 'a.yaml#x', options: { kind: 'pie' } }] } })).toBe(false);
  });
});
