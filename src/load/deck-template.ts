import { deckMetaFields, deckMetaSchema, deckTemplateSchema, extendingDeckSchema, slideEntrySchema } from '../model/deck.ts';
import type { DataPath, Problem } from '../problems.ts';
import { unreadableMessage, type DataStore } from './data-store.ts';
import { wellFormedSlides, type DeckOutline, type PlacedSlide } from './deck-outline.ts';
import { resolveInsideRoot } from './root-paths.ts';
import type { YamlSource } from './yaml-source.ts';
import { zodProblems } from './zod-problems.ts';

const placeholder = /\{\{\s*([A-Za-z][\w-]*)\s*\}\}/g;

/**
 * A deck file with `extends:`: the template's slides with the deck's params filled in, the deck's
 * own slides in the template's slots, and the deck's fields over the template's. Problems are
 * located where they were written: in the template for its slides, in the deck file for its own.
 */
export async function extendingDeckOutline(root: string, deck: YamlSource, store: DataStore): Promise<DeckOutline> {
  const checked = extendingDeckSchema.safeParse(deck.value);
  if (!checked.success) return { slides: [], problems: zodProblems(checked.error, deck) };
  const file = checked.data;

  const templatePath = resolveInsideRoot(root, root, file.extends);
  if (!templatePath) return fail(deck.problemAt(['extends'], `The deck template ${file.extends} leaves --root.`, 'Keep deck templates inside the project folder.'));
  const read = await store.read(templatePath);
  if (!read.ok) {
    if (!('unreadable' in read)) return { slides: [], problems: read.problems };
    if (read.unreadable.missing) return fail(deck.problemAt(['extends'], `Deck template ${file.extends} does not exist.`, 'The path is relative to --root.'));
    return fail(deck.problemAt(['extends'], unreadableMessage(root, templatePath, read.unreadable), read.unreadable.hint));
  }

  const problems: Problem[] = [];
  const declared = declaredParams(read.source.value);
  for (const name of Object.keys(file.params)) {
    if (!Object.hasOwn(declared, name)) problems.push(deck.problemAtKey(['params', name], `${file.extends} has no placeholder ${name}.`, `It takes: ${Object.keys(declared).join(', ') || 'none'}.`));
  }
  for (const [name, meaning] of Object.entries(declared)) {
    if (!Object.hasOwn(file.params, name)) problems.push(deck.problemAt(['params'], `Missing param ${name} (${meaning}).`, `${file.extends} needs it.`));
  }
  const template = fillPlaceholders(read.source, file.params, declared, problems);
  // A slide with a placeholder left in it would only add confusing problems of its own.
  if (problems.length) return { slides: [], problems };
  const checkedTemplate = deckTemplateSchema.safeParse(template.value);
  if (!checkedTemplate.success) return { slides: [], problems: zodProblems(checkedTemplate.error, template) };

  const slides: PlacedSlide[] = [];
  const slots = new Set<string>();
  checkedTemplate.data.slides.forEach((slide, index) => {
    if ('slot' in slide) {
      slots.add(slide.slot);
      slides.push(...wellFormedSlides(deck, ['slots', slide.slot]));
    } else {
      slides.push({ entry: slideEntrySchema.parse(slide), source: template, at: ['slides', index] });
    }
  });
  for (const name of Object.keys(file.slots)) {
    if (!slots.has(name)) problems.push(deck.problemAtKey(['slots', name], `${file.extends} has no slot ${name}.`, `Its slots: ${[...slots].join(', ') || 'none'}.`));
  }

  const merged = Object.fromEntries(deckMetaFields.map((field) => [field, file[field] ?? checkedTemplate.data[field]]));
  const meta = deckMetaSchema.safeParse(merged);
  if (!meta.success) {
    for (const problem of zodProblems(meta.error, deck)) {
      const field = problem.path[0] as (typeof deckMetaFields)[number];
      const fromTemplate = file[field] === undefined && checkedTemplate.data[field] !== undefined;
      problems.push(fromTemplate ? { ...problem, ...template.locate(problem.path), file: template.file } : problem);
    }
  }
  return { meta: meta.success ? meta.data : undefined, slides, problems };
}

function declaredParams(value: unknown): Record<string, string> {
  const params = (value as { params?: unknown } | null)?.params;
  return params && typeof params === 'object' ? Object.fromEntries(Object.entries(params).map(([name, meaning]) => [name, String(meaning)])) : {};
}

/**
 * The template with `{{name}}` replaced in every string. A placeholder the template does not declare
 * is a problem where it is written; a declared one the deck leaves out was reported in the deck.
 */
function fillPlaceholders(template: YamlSource, params: Record<string, string | number>, declared: Record<string, string>, problems: Problem[]): YamlSource {
  const fill = (value: unknown, at: DataPath): unknown => {
    if (typeof value === 'string') {
      return value.replace(placeholder, (match, name: string) => {
        if (Object.hasOwn(params, name)) return String(params[name]);
        if (!Object.hasOwn(declared, name)) {
          problems.push(template.problemAt(at, `The placeholder ${match} is not declared.`, `List ${name} under params: at the top of this template, with what it means.`));
        }
        return match;
      });
    }
    if (Array.isArray(value)) return value.map((item, index) => fill(item, [...at, index]));
    if (value && typeof value === 'object') {
      // The params block describes the placeholders; it is not filled in.
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, at.length === 0 && key === 'params' ? item : fill(item, [...at, key])]));
    }
    return value;
  };
  return { ...template, value: fill(template.value, []) };
}

function fail(problem: Problem): DeckOutline {
  return { slides: [], problems: [problem] };
}

export const isExtendingDeck = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, 'extends');
