import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import {
  customTemplatePattern,
  dataReferencePattern,
  deckSchema,
  deckTemplateSchema,
  extendingDeckSchema,
  slideEntrySchema,
  slotSchema,
} from '../model/deck.ts';
import { templateSchemas } from '../model/slides/index.ts';

/**
 * The JSON Schema for deck files, generated from the zod schemas so the two never disagree.
 * Each slide is checked against its own template: the editor offers that template's options and
 * data fields once `template:` is set.
 */
export function deckJsonSchema(): Record<string, unknown> {
  const toJson = (schema: z.ZodType) =>
    z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  const base = toJson(deckSchema) as { properties: Record<string, unknown> };
  const slideBase = toJson(slideEntrySchema) as { properties: Record<string, Record<string, unknown>> };
  const defs: Record<string, unknown> = {};
  const reference = { type: 'string', pattern: dataReferencePattern.source, description: slideBase.properties.data!.description };
  const builtins = Object.entries(templateSchemas).map(([name, schema]) => ({
    type: 'object',
    description: schema.description,
    properties: {
      ...slideBase.properties,
      template: { const: name, description: schema.description },
      data: { anyOf: [reference, hoistDefs(`${name}-data`, toJson(schema.data), defs)] },
      options: hoistDefs(`${name}-options`, toJson(schema.options), defs),
    },
    required: ['template'],
    additionalProperties: false,
  }));
  const custom = {
    type: 'object',
    description: 'A Svelte component of your own project.',
    properties: { ...slideBase.properties, template: { type: 'string', pattern: customTemplatePattern.source } },
    required: ['template'],
    additionalProperties: false,
  };
  defs.slide = { oneOf: [...builtins, custom] };
  const slides = { type: 'array', items: { $ref: '#/$defs/slide' } };
  const withSlides = (schema: Record<string, unknown>, name: string, value: unknown) => {
    const { properties, ...rest } = hoistDefs(name, schema, defs) as { properties: Record<string, unknown> };
    return { ...rest, properties: { ...properties, ...(value as object) } };
  };
  const plain = withSlides(base, 'deck', { slides: { ...(base.properties.slides as object), items: slides.items } });
  const extending = withSlides(toJson(extendingDeckSchema), 'extending', {
    slots: { type: 'object', description: 'Slides of this deck only, by the template slot they go in.', additionalProperties: slides },
  });
  const template = withSlides(toJson(deckTemplateSchema), 'template', {
    slides: { type: 'array', minItems: 1, items: { anyOf: [hoistDefs('slot', toJson(slotSchema), defs), { $ref: '#/$defs/slide' }] } },
  });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Quarterdeck deck file, or a deck template in decks/templates/',
    anyOf: [plain, extending, template],
    $defs: defs,
  };
}

export async function writeDeckSchema(root: string): Promise<string> {
  const file = path.join(root, 'decks', 'deck.schema.json');
  await writeFile(file, `${JSON.stringify(deckJsonSchema(), null, 2)}\n`);
  return file;
}

/**
 * A template schema converted on its own keeps its recursive parts (nested bullets) in its own
 * $defs; embedded in the deck schema those refs would point at the root. Move them to the root's
 * $defs under names prefixed by the template, and point the refs there.
 */
function hoistDefs(prefix: string, schema: Record<string, unknown>, defs: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _dialect, $defs: own = {}, ...rest } = schema as { $schema?: string; $defs?: Record<string, unknown> };
  const rename = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value).replace(/"#\/\$defs\/([^"]+)"/g, (_match, key: string) => `"#/$defs/${prefix}-${key}"`));
  for (const [key, definition] of Object.entries(own)) defs[`${prefix}-${key}`] = rename(definition);
  return rename(rest) as Record<string, unknown>;
}
