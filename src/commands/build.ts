import path from 'node:path';
import { buildDecks, type BuiltDeck } from '../compile/build-decks.ts';
import { discardStaging, prepareStaging, publishStaging } from '../compile/output-folder.ts';
import { loadProject } from '../load/project.ts';
import { UserError } from '../problems.ts';

export interface BuildOptions {
  root: string;
  out: string;
}

export interface BuildResult {
  out: string;
  decks: BuiltDeck[];
}

/**
 * Builds every deck in <root>/decks into OUT/<deck-id>/index.html (the audience edition) and
 * OUT/<deck-id>/review/index.html (the review edition), plus the deck list, OUT/index.html.
 * All or nothing: any problem leaves OUT as the last good build left it.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const root = path.resolve(options.root);
  const out = path.resolve(options.out);
  const project = await loadProject(root);
  if (project.problems.length) throw new UserError(project.problems);

  const staging = await prepareStaging(root, out);
  try {
    const decks = await buildDecks(root, project.decks, project.citations, staging);
    await publishStaging(staging, out);
    const moved = (file: string) => path.join(out, path.relative(staging, file));
    return {
      out,
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
