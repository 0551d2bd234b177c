import path from 'node:path';
import { checkStatedFigures, type Comparison } from '../finance/checks.ts';
import { DataStore } from '../load/data-store.ts';
import { loadDataFiles } from '../load/data-files.ts';
import { BuildCache } from '../compile/build-cache.ts';
import { customTemplateFiles } from '../compile/build-decks.ts';
import { devImageSrc } from '../compile/image-assets.ts';
import { ssrBundle } from '../compile/ssr-bundle.ts';
import { RenderSession } from '../compile/render-session.ts';
import { loadProject, type LoadedProject } from '../load/project.ts';
import { sortProblems, type Problem } from '../problems.ts';

export interface CheckReport {
  /** What was checked and every stated-versus-computed difference, for the terminal. */
  lines: string[];
  problems: Problem[];
  comparisons: number;
  differences: Comparison[];
}

export interface CheckOptions {
  root: string;
  /** A render session to reuse (tests that check many projects); check opens its own otherwise. */
  session?: RenderSession | undefined;
  /** Compile the templates afresh rather than take them from the build cache. */
  noCache?: boolean | undefined;
  cacheDir?: string | undefined;
}

/**
 * Validates every deck and data file, renders every deck that loads as `build` would (so a template
 * that does not compile or throws is reported too: whatever check passes, build builds), and compares
 * stated figures with computed ones. Writes nothing.
 */
export async function check(options: CheckOptions): Promise<CheckReport> {
  const root = path.resolve(options.root);
  const cache = new BuildCache(options.cacheDir, { read: !options.noCache });
  const store = new DataStore(root, cache.parsedValues());
  const [project, data] = await Promise.all([loadProject(root, store), loadDataFiles(root, store)]);
  const renderProblems = await renderEach(root, project, options.session, cache);
  const figures = checkStatedFigures(data.documents.map(({ file, doc }) => ({ file, doc })));

  const unexplained = figures.differences.filter((difference) => !difference.explained);
  const located = new Map(data.documents.map((document) => [document.file, document.source]));
  const differenceProblems = unexplained.map((difference): Problem => {
    const source = located.get(difference.stated.file);
    const where = source?.locate(difference.stated.path);
    return {
      file: difference.stated.file,
      ...where,
      path: difference.stated.path,
      message: `Stated ${difference.what} is ${difference.stated.value} but computes to ${round(difference.computed.value)} (${describeInputs(difference)}).`,
      hint: 'Correct the figure, or add a note next to it that explains the difference.',
    };
  });

  const lines = [
    `Checked ${project.deckFiles.length} deck file(s) and ${data.files} data file(s) (${data.documents.length} IR document(s)) in ${path.relative(process.cwd(), root) || 'the current folder'}.`,
    `Compared ${figures.comparisons.length} stated figure(s) with computed ones: ${figures.differences.length} difference(s) beyond rounding, ${figures.differences.length - unexplained.length} explained by a note.`,
    `${figures.uncomputed.length} stated figure(s) could not be computed: their inputs were chart images that did not survive in the text.`,
    ...figures.differences.map(
      (difference) =>
        `  ${difference.explained ? 'explained' : 'UNEXPLAINED'}: ${difference.what}: stated ${difference.stated.value} (${difference.stated.file}, ${difference.stated.source.slide}), computed ${round(difference.computed.value)} from ${describeInputs(difference)}${difference.note ? `\n    note: ${difference.note}` : ''}`,
    ),
  ];
  return {
    lines,
    problems: sortProblems([...project.problems, ...renderProblems, ...data.problems, ...differenceProblems]),
    comparisons: figures.comparisons.length,
    differences: figures.differences,
  };
}

/** What `build` would stop at while rendering, in a session of check's own unless one is given. */
async function renderEach(root: string, { decks, citations }: LoadedProject, shared: RenderSession | undefined, cache: BuildCache): Promise<Problem[]> {
  if (decks.length === 0) return [];
  // The templates as build compiles them, from the cache when they are there.
  const session = shared ?? (await RenderSession.forBuild(root, await ssrBundle(root, customTemplateFiles(decks), cache)));
  try {
    // Nothing is written, so images are named where they are, as dev names them.
    return await session.renderingProblems(decks, citations, devImageSrc);
  } finally {
    if (!shared) await session.close();
  }
}

function describeInputs(comparison: Comparison): string {
  return comparison.from.map((input) => `${input.metric} ${input.at} = ${input.value} in ${input.file}, ${input.source.slide}`).join('; ');
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
