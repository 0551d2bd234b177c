import path from 'node:path';
import { escapePath } from 'tinyglobby';
import type { DataPath, Problem } from '../problems.ts';
import { unreadableMessage, type DataStore } from './data-store.ts';
import type { DataReference } from './data-reference.ts';
import { listFiles } from './project-glob.ts';
import { relativeToRoot, resolveInsideRoot } from './root-paths.ts';
import type { YamlSource } from './yaml-source.ts';

/** One file matched by a `*` reference, as a template receives it. */
export interface MatchedDataFile {
  /** Relative to data/, such as iij/2008-06-balance-sheet.yaml. */
  file: string;
  data: unknown;
}

type GlobResult = { ok: true; value: MatchedDataFile[]; source: YamlSource } | { ok: false; problems: Problem[] };

/**
 * `iij/2008-06-*.yaml`: every data file in that folder whose name matches, in name order, for
 * templates that gather across files (the appendix of corrected readings). A problem with one of
 * the files is located in that file.
 */
export async function resolveDataGlob(reference: DataReference, root: string, store: DataStore, deck: YamlSource, where: DataPath): Promise<GlobResult> {
  const problem = (message: string, hint: string): GlobResult => ({ ok: false, problems: [deck.problemAt(where, message, hint)] });
  if (reference.path.length) return problem('A data reference with * takes whole files; it cannot have a path after #.', 'Remove the part after #.');
  const folder = resolveInsideRoot(root, path.join(root, 'data'), path.dirname(reference.file));
  if (!folder) return problem(`The data reference ${reference.file} leaves --root.`, 'Data files live in data/ under --root.');
  if (path.dirname(reference.file).includes('*')) return problem('Only the file name of a data reference may hold *.', 'Write folder/prefix-*.yaml.');

  // Only * is special in a data reference, and it never crosses into another folder.
  const pattern = path.basename(reference.file).split('*').map(escapePath).join('*');
  const listing = await listFiles(root, folder, pattern);
  if (!listing.ok) return problem(unreadableMessage(root, folder, listing.unreadable), listing.unreadable.hint);
  if (listing.files.length === 0) return problem(`No data file matches data/${reference.file}.`, 'Check the folder and the pattern.');

  const sources: YamlSource[] = [];
  const problems: Problem[] = [];
  for (const file of listing.files) {
    const read = await store.read(file);
    if (read.ok) sources.push(read.source);
    else if ('unreadable' in read) problems.push(deck.problemAt(where, unreadableMessage(root, file, read.unreadable), read.unreadable.hint));
    else problems.push(...read.problems);
  }
  if (problems.length) return { ok: false, problems };
  const dataRoot = path.join(root, 'data');
  const value = sources.map((source) => ({ file: relativeToRoot(dataRoot, path.join(root, source.file)), data: source.value }));
  return { ok: true, value, source: combinedSource(deck, where, sources, value) };
}

// Problems found in the gathered list point into the file they came from: [i, 'data', …rest].
function combinedSource(deck: YamlSource, where: DataPath, sources: YamlSource[], value: MatchedDataFile[]): YamlSource {
  const pick = (at: DataPath) => {
    const [index, key, ...rest] = at;
    const source = typeof index === 'number' && key === 'data' ? sources[index] : undefined;
    return source ? { source, path: rest } : { source: deck, path: [...where, ...at] };
  };
  return {
    file: deck.file,
    value,
    locate: (at) => pick(at).source.locate(pick(at).path),
    problemAt: (at, message, hint) => pick(at).source.problemAt(pick(at).path, message, hint),
    problemAtKey: (at, message, hint) => pick(at).source.problemAtKey(pick(at).path, message, hint),
  };
}
