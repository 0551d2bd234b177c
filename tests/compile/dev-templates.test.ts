import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchedFiles } from '../../src/compile/dev-templates.ts';
import { packageRoot } from '../../src/compile/vite-config.ts';

// The page server's watcher walks only what dev serves or renders from our package (dev-templates.ts).
describe('watchedFiles', () => {
  const inPackage = (...parts: string[]) => path.join(packageRoot, ...parts);
  const project = inPackage('tests', 'fixtures', 'acme');
  const watching = watchedFiles(project);
  watching.add([path.join(project, 'templates', 'Closing.svelte')]);

  it.each([
    ['our browser code', false, inPackage('src', 'client', 'main.ts')],
    ['our templates', false, inPackage('src', 'templates', 'Title.svelte')],
    ['the package folder, on the way to src/', false, packageRoot],
    ["the project's decks", false, path.join(project, 'decks', 'quarterly.yaml')],
    ["the project's data", false, path.join(project, 'data', 'income.yaml')],
    ['a folder on the way to the decks', false, inPackage('tests', 'fixtures')],
    ['a template a deck uses', false, path.join(project, 'templates', 'Closing.svelte')],
    ['the folder of that template', false, path.join(project, 'templates')],
    ['another file beside it', true, path.join(project, 'templates', 'Unused.svelte')],
    ['the built CLI', true, inPackage('lib', 'cli.js')],
    ['our tests', true, inPackage('tests', 'cli.test.ts')],
    ['a file outside our package', false, path.join(path.dirname(packageRoot), 'elsewhere', 'x.yaml')],
  ])('%s: ignored %s', (_what, ignored, file) => {
    expect(watching.ignored(file)).toBe(ignored);
  });
});
