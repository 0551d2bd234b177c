import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateSchemas } from '../../src/model/slides/index.ts';
import { templates } from '../../src/templates/registry.ts';

// Adding a template touches its schema entry, its .svelte file and one registry line. The registry's
// `satisfies` makes a schema without a component a type error; these catch what types cannot see.
const folder = path.resolve(import.meta.dirname, '../../src/templates');
const slideFiles = readdirSync(folder).filter((name) => name.endsWith('Slide.svelte'));
const source = (file: string) => readFileSync(path.join(folder, file), 'utf8');

describe('the template registry', () => {
  it('has a component for every schema and a schema for every component', () => {
    expect(Object.keys(templates).sort()).toEqual(Object.keys(templateSchemas).sort());
  });

  it('registers every *Slide.svelte file in src/templates', () => {
    const registered = Object.values(templates).map((component) => component.name);
    const files = slideFiles.map((file) => file.replace(/\.svelte$/, ''));
    expect(files.filter((name) => !registered.includes(name))).toEqual([]);
    expect(files).toHaveLength(Object.keys(templates).length);
  });

  it.each(Object.keys(templateSchemas))('the %s template opens with an @component header and a usage snippet', (name) => {
    const withUsage = slideFiles.filter((file) => source(file).includes(`- template: ${name}\n`));
    expect(withUsage, `no *Slide.svelte file shows "- template: ${name}" in its @component header`).toHaveLength(1);
    expect(source(withUsage[0]!).startsWith('<!--\n@component')).toBe(true);
  });

  it.each(slideFiles)('%s draws no problem on the slide: a mistake fails the deck load instead', (file) => {
    expect(source(file)).not.toMatch(/qd-problem|role="alert"/);
  });
});
