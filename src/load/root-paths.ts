import path from 'node:path';

/** `decks/q1.yaml` style paths for messages, whatever the platform. */
export function relativeToRoot(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/** Resolves `relative` against `base` and refuses anything that ends up outside `root`. */
export function resolveInsideRoot(root: string, base: string, relative: string): string | undefined {
  const resolved = path.resolve(base, relative);
  const fromRoot = path.relative(path.resolve(root), resolved);
  return fromRoot.startsWith('..') || path.isAbsolute(fromRoot) ? undefined : resolved;
}
