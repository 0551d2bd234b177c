import path from 'node:path';
import type { Citations, SourceCitation } from '../model/edition.ts';
import { slideInventorySchema } from '../model/ir/slide-inventory.ts';
import type { Problem } from '../problems.ts';
import type { DataStore } from './data-store.ts';
import { readProjectText } from './project-file.ts';
import { listFiles } from './project-glob.ts';
import { zodProblems } from './zod-problems.ts';

const inventoryKind = 'slide-inventory';

/**
 * The slide inventories in data/ (`kind: slide-inventory`), as the citations the audience edition
 * prints: seed file → the deck's name, its date and its slide titles in order. A mistake in an
 * inventory is located like any other; files that are not inventories are left to the decks that
 * use them (and to `check`), so an unrelated file never stops a build here.
 */
export async function loadCitations(root: string, store: DataStore): Promise<{ citations: Citations; problems: Problem[] }> {
  const listing = await listFiles(root, path.join(root, 'data'), '**/*.{yaml,yml,json}');
  const citations = new Map<string, SourceCitation>();
  const problems: Problem[] = [];
  if (!listing.ok) return { citations, problems };
  for (const file of listing.files) {
    // Most data files are not inventories: look for the word before parsing, so that loading one deck
    // (as `dev` does on its first request) does not parse the data of every other deck.
    const text = await readProjectText(root, file);
    if (text.ok && !text.text.includes(inventoryKind)) continue;
    const read = await store.read(file);
    if (!read.ok) continue;
    const value = read.source.value as { kind?: unknown } | null;
    if (!value || typeof value !== 'object' || value.kind !== inventoryKind) continue;
    const parsed = slideInventorySchema.safeParse(value);
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, read.source));
      continue;
    }
    const { seed, citation, published, slides } = parsed.data;
    const headings = new Map(slides.flatMap((slide, page) => (slide.headings ?? []).map((heading) => [heading, page] as const)));
    citations.set(seed, { citation, published, pages: slides.map((slide) => slide.title), headings });
  }
  return { citations, problems };
}
