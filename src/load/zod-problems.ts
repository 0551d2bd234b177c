import type { z } from 'zod';
import type { DataPath, Problem } from '../problems.ts';
import type { YamlSource } from './yaml-source.ts';

/**
 * Turns a failed zod validation into problems located in the YAML file, so each message names
 * the line of the offending value. `prefix` is where the validated value sits inside the file.
 */
export function zodProblems(error: z.ZodError, source: YamlSource, prefix: DataPath = []): Problem[] {
  return error.issues.flatMap(closestIssues).map((issue) => {
    const path = [...prefix, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))];
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.join(', ');
      const at = issue.keys[0] === undefined ? path : [...path, issue.keys[0]];
      const hint = 'Check the spelling; the JSON Schema lists the fields this place accepts.';
      return source.problemAtKey(at, `Unknown field ${keys}.`, hint);
    }
    if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
      return source.problemAt(path, `Missing field ${String(path.at(-1))} (expected ${issue.expected}).`, 'Add this field; it is required.');
    }
    return source.problemAt(path, issue.message, hintFor(issue));
  });
}

/**
 * A union that fails says only "Invalid input" at the union. When the value has the shape of just
 * one of its branches (an object where the choices are a string or an object), that branch's own
 * issues say what is wrong and where: `bullets[2].text`, not `bullets[2]`.
 */
export function closestIssues(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || !issue.errors.length) return [issue];
  const wrongShape = (branch: z.core.$ZodIssue[]) => branch.some((inner) => inner.path.length === 0 && (inner.code === 'invalid_type' || inner.code === 'invalid_value'));
  const fitting = issue.errors.filter((branch) => branch.length && !wrongShape(branch));
  if (fitting.length !== 1) return [issue];
  return fitting[0]!.flatMap((inner) => closestIssues({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue));
}

function hintFor(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'invalid_type' && issue.expected === 'number') {
    return 'Write the figure as a plain number, such as 1234.5 or -20 (no thousands separators, units or brackets).';
  }
  return undefined;
}
