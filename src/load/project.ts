import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedDeck } from '../model/resolved.ts';
import { formatProblem, sortProblems, type Problem } from '../problems.ts';
import { DataStore } from './data-store.ts';
import { loadDeck } from './deck.ts';

export interface LoadedProject {
  root: string;
  /** Every deck file found, loaded or not. */
  deckFiles: string[];
  decks: ResolvedDeck[];
  /** Every problem in every deck and the data it references, sorted, without repeats. */
  problems: Problem[];
}

/** Loads every deck in <root>/decks. A deck with problems is left out of `decks`. */
export async function loadProject(root: string, store = new DataStore(root)): Promise<LoadedProject> {
  const files = await listFiles(path.join(root, 'decks'), /\.ya?ml$/, false);
  const results = await Promise.all(files.map((file) => loadDeck(root, file, store)));
  const decks: ResolvedDeck[] = [];
  const problems: Problem[] = [];
  for (const result of results) {
    if (result.ok) decks.push(result.deck);
    else problems.push(...result.problems);
  }
  return { root, deckFiles: files, decks, problems: unique(sortProblems(problems)) };
}

/** Files under `folder` whose names match, sorted so that output order never depends on the disk. */
export async function listFiles(folder: string, pattern: RegExp, recursive: boolean): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { recursive, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

// A data file with a syntax error is reported once, however many slides refer to it.
function unique(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = formatProblem(problem);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
