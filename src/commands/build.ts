import path from 'node:path';
import { BuildCache } from '../compile/build-cache.ts';
import { buildDecks, type BuiltDeck } from '../compile/build-decks.ts';
import type { ExportPlan } from '../compile/export-files.ts';
import { discardStaging, prepareStaging, publishStaging } from '../compile/output-folder.ts';
import type { ExportStep } from '../export/progress.ts';
import { DataStore } from '../load/data-store.ts';
import { loadProject } from '../load/project.ts';
import { UserError } from '../problems.ts';

export interface BuildOptions {
  root: string;
  out: string;
  /** The URL OUT is served at: link previews then carry absolute URLs. */
  baseUrl?: string | undefined;
  /** Export these decks too (no ids: every deck), into the same folder, before it replaces OUT. */
  export?: (ExportPlan & { scale: number; notes: boolean; log: (line: string) => void }) | undefined;
  /** Read nothing from the build cache (a cold build); what is built is still stored for the next build. */
  noCache?: boolean | undefined;
  /** Where the build cache lives (default: node_modules/.cache/quarterdeck, or QUARTERDECK_CACHE_DIR). */
  cacheDir?: string | undefined;
}

export interface BuildResult {
  out: string;
  decks: BuiltDeck[];
  exported: ExportStep[];
}

/**
 * Builds every deck in <root>/decks into OUT/<deck-id>/index.html (the audience edition) and
 * OUT/<deck-id>/review/index.html (the review edition), plus the deck list, OUT/index.html.
 * With `export`, the export runs on the new build before it is published, so its pages link files
 * that are there. All or nothing: any problem leaves OUT as the last good build left it. What did not
 * change since an earlier build comes from the build cache; the export always runs afresh.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const root = path.resolve(options.root);
  const out = path.resolve(options.out);
  const cache = new BuildCache(options.cacheDir, { read: !options.noCache });
  const project = await loadProject(root, new DataStore(root, cache.parsedValues()));
  if (project.problems.length) throw new UserError(project.problems);
  const ids = project.decks.map((deck) => deck.id);
  if (options.export) assertKnownDecks(options.export.ids, ids);
  // No ids named: every deck.
  const plan = options.export && { ...options.export, ids: options.export.ids.size ? options.export.ids : new Set(ids) };

  const staging = await prepareStaging(root, out);
  try {
    const decks = await buildDecks(root, project.decks, project.citations, staging, { baseUrl: options.baseUrl, exports: plan }, cache);
    let exported: ExportStep[] = [];
    if (plan) {
      const [{ exportDecks }, { serve }] = await Promise.all([import('../export/export-decks.ts'), import('./serve.ts')]);
      // The new build, served on loopback as preview serves it, until the export is done.
      const server = await serve({ out: staging, port: 0, host: '127.0.0.1', access: false });
      try {
        const decks = project.decks.filter((deck) => plan.ids.has(deck.id));
        exported = await exportDecks({ folder: staging, url: server.url, decks, plan, scale: plan.scale, notes: plan.notes, log: plan.log });
      } finally {
        await server.close();
      }
    }
    await publishStaging(staging, out);
    await cache.finish();
    const moved = (file: string) => path.join(out, path.relative(staging, file));
    return {
      out,
      exported,
      decks: decks.map((deck) => ({
        ...deck,
        editions: { audience: { ...deck.editions.audience, file: moved(deck.editions.audience.file) }, review: { ...deck.editions.review, file: moved(deck.editions.review.file) } },
      })),
    };
  } catch (error) {
    await discardStaging(staging);
    throw error;
  }
}

function assertKnownDecks(ids: ReadonlySet<string>, known: string[]): void {
  const unknown = [...ids].filter((id) => !known.includes(id));
  if (unknown.length) {
    throw new UserError(
      unknown.map((id) => ({ file: `decks/${id}.yaml`, path: [], message: `There is no deck "${id}" to export.`, hint: `Name one of: ${known.join(', ')}.` })),
    );
  }
}
