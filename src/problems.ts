/**
 * The one error type for mistakes a user can fix. It carries every problem found, not only the
 * first, each with the file, position and data path, so a user fixes a file in one pass.
 * Anything else thrown is a bug in Quarterdeck, and the CLI prints its stack.
 */

import type { DataPath } from './model/data-path.ts';

export type { DataPath };

export interface Problem {
  /** Path relative to --root, with forward slashes. */
  file: string;
  /** 1-based; absent for a problem with the file or folder as a whole, which has no position. */
  line?: number | undefined;
  column?: number | undefined;
  /** Where inside the file, e.g. ['slides', 3, 'data']. Empty for the whole file. */
  path: DataPath;
  message: string;
  /** What to do about it. */
  hint?: string | undefined;
}

export class UserError extends Error {
  readonly problems: Problem[];

  /** `cause` is the error a user's code threw (a template), printed in full only with --debug. */
  constructor(problems: Problem[], options?: { cause?: unknown }) {
    super(problems.map(formatProblem).join('\n'), options);
    this.name = 'UserError';
    this.problems = problems;
  }
}

/** A command line the CLI cannot run: its message and the usage are printed, and it exits 1. */
export class UsageError extends Error {}

/** `slides[3].data.rows[0]`, the spelling users see in messages. */
export function formatPath(path: DataPath): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += /^[A-Za-z_$][\w$-]*$/.test(key) ? (text ? `.${key}` : key) : `[${JSON.stringify(key)}]`;
  }
  return text;
}

export function formatProblem(problem: Problem): string {
  const position = problem.line === undefined ? '' : `:${problem.line}${problem.column === undefined ? '' : `:${problem.column}`}`;
  const where = `${problem.file}${position}`;
  // `data/x.yaml: This file …` for a problem with a whole file, which has neither position nor path.
  const path = problem.path.length ? ` ${formatPath(problem.path)}:` : position ? '' : ':';
  const hint = problem.hint ? `\n    ${problem.hint}` : '';
  return `${where}${path} ${problem.message}${hint}`;
}

/**
 * Problems sorted by file and position, so output is stable whatever order checks ran in, each
 * once: a data file read by a deck and by `check`'s own pass over data/ reports its mistakes once.
 */
export function sortProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return [...problems]
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    .filter((problem) => {
      const key = formatProblem(problem);
      return seen.has(key) ? false : (seen.add(key), true);
    });
}
