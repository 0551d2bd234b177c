import path from 'node:path';
import type { Citations } from '../model/edition.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { loadCitations } from './citations.ts';
import { sortProblems, type Problem } from '../problems.ts';
import { DataStore } from './data-store.ts';
import { deckIdOf, loadDeck } from './deck.ts';
import { listFiles, unlistableFolder } from './project-glob.ts';
import { relativeToRoot } from './root-paths.ts';

export interface LoadedProject {
  root: string;
  /** Every deck file found, loaded or not. */
  deckFiles: string[];
  decks: ResolvedDeck[];
  /** How the audience edition cites each seed, from the slide inventories in data/. */
  citations: Citations;
  /** Every problem in every deck and the data it references, sorted, without repeats. */
  problems: Problem[];
}

/** Loads every deck in <root>/decks. A deck with problems is left out of `decks`. */
export async function loadProject(root: string, store = new DataStore(root)): Promise<LoadedProject> {
  return loadDecks(root, store, () => true);
}

/**
 * Loads only the deck `id` and the data it uses (with the citations every deck needs), as if the
 * project were loaded and the other decks left out: `dev` answers a page this way before it has
 * validated the rest. `undefined` when no deck file has that id.
 */
export async function loadProjectDeck(root: string, id: string, store = new DataStore(root)): Promise<LoadedProject | undefined> {
  const project = await loadDecks(root, store, (file) => deckIdOf(file) === id);
  return project.deckFiles.some((file) => deckIdOf(file) === id) ? project : undefined;
}

async function loadDecks(root: string, store: DataStore, wanted: (file: string) => boolean): Promise<LoadedProject> {
  const folder = path.join(root, 'decks');
  const listing = await listFiles(root, folder, '*.{yaml,yml}');
  if (!listing.ok) return { root, deckFiles: [], decks: [], citations: new Map(), problems: [unlistableFolder(root, folder, listing.unreadable)] };
  const files = listing.files;
  const loading = files.filter(wanted);
  const [results, sources] = await Promise.all([Promise.all(loading.map((file) => loadDeck(root, file, store))), loadCitations(root, store)]);
  const decks: ResolvedDeck[] = [];
  const clashes = sameIds(root, files).filter(({ id }) => loading.some((file) => deckIdOf(file) === id));
  const problems: Problem[] = [...clashes.map(({ problem }) => problem), ...sources.problems];
  for (const result of results) {
    if (result.ok && !clashes.some(({ id }) => id === result.deck.id)) decks.push(result.deck);
    else if (!result.ok) problems.push(...result.problems);
  }
  return { root, deckFiles: files, decks, citations: sources.citations, problems: sortProblems(problems) };
}

// x.yaml and x.yml would both be built into x/, one silently over the other; neither is loaded.
function sameIds(root: string, files: string[]): { id: string; problem: Problem }[] {
  const byId = new Map<string, string[]>();
  for (const file of files) byId.set(deckIdOf(file), [...(byId.get(deckIdOf(file)) ?? []), file]);
  return [...byId].flatMap(([id, same]) => {
    if (same.length < 2) return [];
    const names = same.map((file) => relativeToRoot(root, file));
    const message = `The deck id "${id}" is taken twice: by ${names.join(' and ')}.`;
    return [{ id, problem: { file: names[1]!, path: [], message, hint: 'Each deck file needs a name of its own; rename or remove one of them.' } }];
  });
}
