import path from 'node:path';
import { customTemplatePattern, type SlideEntry } from '../model/deck.ts';
import { editionNames, type Edition } from '../model/edition.ts';
import type { ImageAsset } from '../model/image.ts';
import type { ResolvedSlide, TemplateRef } from '../model/resolved.ts';
import type { ImageUse, SlideIssue } from '../model/slide.ts';
import { templateSchemas } from '../model/slides/index.ts';
import { formatPath, type DataPath, type Problem } from '../problems.ts';
import { unreadableMessage, type DataStore } from './data-store.ts';
import { resolveDataGlob } from './data-glob.ts';
import { readImageFile } from './image-file.ts';
import { lookup, parseDataReference } from './data-reference.ts';
import { resolveProjectFile } from './project-file.ts';
import { resolveInsideRoot } from './root-paths.ts';
import type { YamlSource } from './yaml-source.ts';
import { zodProblems } from './zod-problems.ts';

export interface SlideContext {
  root: string;
  store: DataStore;
  deck: YamlSource;
  /** Where this slide sits in the deck file: ['slides', n]. */
  at: DataPath;
}

/**
 * Where a slide was written. Its line and column are found when first read (only a render error
 * reads them): a deck file whose value came from the build cache is then parsed again only if a
 * template fails, not on every build.
 */
function writtenAt(source: YamlSource, at: DataPath): ResolvedSlide['written'] {
  let position: { line: number; column: number } | undefined;
  const locate = () => (position ??= source.locate(at));
  return {
    file: source.file,
    path: at,
    get line() {
      return locate().line;
    },
    get column() {
      return locate().column;
    },
  };
}

type Resolved<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Looks up a slide's template and data and validates both; reports every problem it finds. */
export async function resolveSlide(entry: SlideEntry, context: SlideContext): Promise<Resolved<ResolvedSlide>> {
  const [template, data] = await Promise.all([resolveTemplate(entry.template, context), resolveData(entry.data, context)]);
  if (!template.ok || !data.ok) {
    return { ok: false, problems: [...(template.ok ? [] : template.problems), ...(data.ok ? [] : data.problems)] };
  }
  const problems: Problem[] = [];
  let validData = data.value.value;
  let options: Record<string, unknown> = entry.options ?? {};
  let allowed: readonly Edition[] = editionNames;
  const images: ImageAsset[] = [];
  if (template.value.kind === 'builtin') {
    const schema = templateSchemas[template.value.name as keyof typeof templateSchemas];
    const kept = context.store.validated;
    const key = kept?.key({ template: template.value.name, data: validData, options });
    const known = key === undefined ? undefined : await kept!.get(key);
    if (known) ({ data: validData, options } = known.value as { data: unknown; options: Record<string, unknown> });
    else {
      const parsedData = schema.data.safeParse(validData);
      if (parsedData.success) validData = parsedData.data;
      else problems.push(...zodProblems(parsedData.error, data.value.source, data.value.at));
      const parsedOptions = schema.options.safeParse(options);
      if (parsedOptions.success) options = parsedOptions.data as Record<string, unknown>;
      else problems.push(...zodProblems(parsedOptions.error, context.deck, [...context.at, 'options']));
      if (!problems.length && 'check' in schema && schema.check) {
        for (const issue of (schema.check as (data: unknown, options: unknown) => SlideIssue[])(validData, options)) {
          problems.push(context.deck.problemAt([...context.at, 'options', ...issue.path], issue.message));
        }
      }
      if (!problems.length && key !== undefined) await kept!.set(key, { data: validData, options });
    }
    if (!problems.length && 'editions' in schema && schema.editions) {
      allowed = (schema.editions as (options: unknown) => readonly Edition[])(options);
    }
    if (!problems.length && 'images' in schema && schema.images) {
      const uses = (schema.images as (data: unknown, options: unknown) => ImageUse[])(validData, options);
      const read = await Promise.all(uses.map((use) => resolveImage(use, data.value, context)));
      for (const result of read) {
        if (result.ok) images.push(result.value);
        else problems.push(...result.problems);
      }
    }
  }
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    value: {
      template: template.value,
      written: writtenAt(context.deck, context.at),
      title: entry.title,
      displayTitle: entry.displayTitle,
      notes: entry.notes,
      reviewNotes: entry.reviewNotes,
      editions: allowed.filter((edition) => entry.edition === undefined || entry.edition === edition),
      data: validData,
      options,
      images,
    },
  };
}

/** An image a slide names, read and measured; a problem at its `file` where the deck or data file wrote it. */
async function resolveImage(use: ImageUse, data: LocatedData, { root, deck, at }: SlideContext): Promise<Resolved<ImageAsset>> {
  const read = await readImageFile(root, use.image.file);
  if (read.ok) return { ok: true, value: read.asset };
  const [source, where] = use.in === 'data' ? [data.source, data.at] : [deck, [...at, 'options']];
  return fail(source.problemAt([...where, ...use.path, 'file'], read.message, read.hint));
}

async function resolveTemplate(name: string, { root, deck, at }: SlideContext): Promise<Resolved<TemplateRef>> {
  const where = [...at, 'template'];
  if (customTemplatePattern.test(name)) {
    const file = resolveInsideRoot(root, root, name);
    if (!file) return fail(deck.problemAt(where, `The template path ${name} leaves --root.`, 'Keep custom templates inside the project folder.'));
    // The template is compiled and run at build time, so a link to a file elsewhere is refused.
    const resolved = await resolveProjectFile(root, file);
    if (!resolved.ok) {
      if (resolved.unreadable.missing) return fail(deck.problemAt(where, `Template file ${name} does not exist.`, 'Custom template paths are relative to --root.'));
      return fail(deck.problemAt(where, unreadableMessage(root, file, resolved.unreadable), resolved.unreadable.hint));
    }
    return { ok: true, value: { kind: 'custom', file: resolved.real, relative: name } };
  }
  if (Object.hasOwn(templateSchemas, name)) return { ok: true, value: { kind: 'builtin', name } };
  return fail(
    deck.problemAt(where, `Unknown template "${name}".`, `Use one of: ${Object.keys(templateSchemas).join(', ')}, or a path to a .svelte file.`),
  );
}

interface LocatedData {
  value: unknown;
  /** The file the value was read from and where in it, for messages about the value. */
  source: YamlSource;
  at: DataPath;
}

async function resolveData(data: unknown, context: SlideContext): Promise<Resolved<LocatedData>> {
  const { root, store, deck, at } = context;
  const where = [...at, 'data'];
  if (typeof data !== 'string') return { ok: true, value: { value: data, source: deck, at: where } };

  const reference = parseDataReference(data);
  if (!reference) {
    return fail(deck.problemAt(where, `"${data}" is not a data reference.`, 'Write file.yaml#path.to.value, with the file relative to data/.'));
  }
  if (reference.file.includes('*')) {
    const matched = await resolveDataGlob(reference, root, store, deck, where);
    return matched.ok ? { ok: true, value: { value: matched.value, source: matched.source, at: [] } } : matched;
  }
  const dataFolder = path.join(root, 'data');
  const file = resolveInsideRoot(root, dataFolder, reference.file);
  if (!file) return fail(deck.problemAt(where, `The data reference ${data} leaves --root.`, 'Data files live in data/ under --root.'));
  const read = await store.read(file);
  if (!read.ok) {
    if (!('unreadable' in read)) return { ok: false, problems: read.problems };
    if (read.unreadable.missing) {
      return fail(deck.problemAt(where, `Data file data/${reference.file} does not exist.`, 'The file part of a data reference is relative to data/.'));
    }
    return fail(deck.problemAt(where, unreadableMessage(root, file, read.unreadable), read.unreadable.hint));
  }
  const found = lookup(read.source.value, reference.path);
  if (!found.found) {
    const choices = found.choices.length ? ` It has: ${found.choices.join(', ')}.` : '';
    return fail(
      deck.problemAt(
        where,
        `data/${reference.file} has nothing at ${formatPath(reference.path)}: no "${found.missing}" in ${formatPath(found.at) || 'the top level'}.${choices}`,
        'Check the path after # in the data reference.',
      ),
    );
  }
  return { ok: true, value: { value: found.value, source: read.source, at: reference.path } };
}

function fail<T>(problem: Problem): Resolved<T> {
  return { ok: false, problems: [problem] };
}
