import path from 'node:path';
import { irDocumentSchema, type IrDocument } from '../model/ir/index.ts';
import type { Problem } from '../problems.ts';
import { unreadableFile, type DataStore } from './data-store.ts';
import { listFiles, unlistableFolder } from './project-glob.ts';
import type { YamlSource } from './yaml-source.ts';
import { zodProblems } from './zod-problems.ts';

export interface LoadedIrDocument {
  file: string;
  doc: IrDocument;
  source: YamlSource;
}

/**
 * Reads every file under data/ and validates each one that names a `kind:` against the IR data
 * model. Files without `kind` are free-form data that only the slides using them validate.
 */
export async function loadDataFiles(root: string, store: DataStore): Promise<{ files: number; documents: LoadedIrDocument[]; problems: Problem[] }> {
  const folder = path.join(root, 'data');
  const listing = await listFiles(root, folder, '**/*.{yaml,yml,json}');
  if (!listing.ok) return { files: 0, documents: [], problems: [unlistableFolder(root, folder, listing.unreadable)] };
  const files = listing.files;
  const documents: LoadedIrDocument[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const read = await store.read(file);
    if (!read.ok) {
      problems.push(...('unreadable' in read ? [unreadableFile(root, file, read.unreadable)] : read.problems));
      continue;
    }
    const value = read.source.value;
    if (!value || typeof value !== 'object' || !('kind' in value)) continue;
    const parsed = irDocumentSchema.safeParse(value);
    if (parsed.success) documents.push({ file: read.source.file, doc: parsed.data, source: read.source });
    else problems.push(...zodProblems(parsed.error, read.source));
  }
  return { files: files.length, documents, problems };
}
