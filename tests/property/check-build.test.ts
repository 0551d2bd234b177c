import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/commands/check.ts';
import { devImageSrc } from '../../src/compile/image-assets.ts';
import { RenderSession } from '../../src/compile/render-session.ts';
import { loadProject } from '../../src/load/project.ts';
import { editionNames } from '../../src/model/edition.ts';
import { formatProblem, UserError, type Problem } from '../../src/problems.ts';
import { applyMutations, mutation } from './mutations.ts';

// "If check passes, build succeeds": fixture projects mutated as a careless or hostile user would
// (see mutations.ts). Every case must end in a clean build or in located problems, never in a crash,
// and whatever stops the build, check reports too. CI runs a fixed seed and count; set
// QUARTERDECK_PROPERTY_RUNS (per fixture) and QUARTERDECK_PROPERTY_SEED for a longer local run.
const runs = Number(process.env.QUARTERDECK_PROPERTY_RUNS ?? 150);
const seed = Number(process.env.QUARTERDECK_PROPERTY_SEED ?? 20261130);

// acme has a custom template and inline data; templates has every built-in template over IR documents.
// QUARTERDECK_PROPERTY_FIXTURES=tests/fixtures/templates runs one of them.
const fixtures = process.env.QUARTERDECK_PROPERTY_FIXTURES?.split(',') ?? ['tests/fixtures/acme', 'tests/fixtures/templates'];

let work: string;
let outside: string;
let session: RenderSession;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'quarterdeck-property-'));
  outside = path.join(work, 'outside-secret.yaml');
  await writeFile(outside, 'secret: the text of a file outside every project\n');
  session = await RenderSession.forBuild(work);
});

afterAll(async () => {
  await session?.close();
  await rm(work, { recursive: true, force: true });
});

type Outcome = { ok: true } | { ok: false; problems: Problem[] };

/** What `build` does before it writes anything: load every deck, then render each one. */
async function buildOutcome(root: string): Promise<Outcome> {
  try {
    const project = await loadProject(root);
    if (project.problems.length) throw new UserError(project.problems);
    for (const deck of project.decks) {
      for (const edition of editionNames) await session.renderDeck(deck, edition, project.citations, devImageSrc);
    }
    return { ok: true };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, problems: error.problems };
    throw error;
  }
}

describe.each(fixtures)('mutations of %s', (fixture) => {
  it(`never crash, and check fails whenever build would (${runs} runs, seed ${seed})`, async () => {
    const files = await projectFiles(fixture);
    const template = (await readdir(path.join(fixture, 'templates')).catch(() => [])).map((name) => `templates/${name}`).find((name) => name.endsWith('.svelte'));
    let count = 0;
    const outcomes = { clean: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const root = path.join(work, `case-${count++}`);
        await cp(fixture, root, { recursive: true });
        try {
          await applyMutations(root, files, template, outside, mutations);
          const checked = await check({ root, session });
          const built = await buildOutcome(root);
          outcomes[built.ok && checked.problems.length === 0 ? 'clean' : 'refused'] += 1;
          for (const problem of checked.problems) expectLocated(problem);
          if (checked.problems.length === 0) expect(built, 'check passed, so build must succeed').toEqual({ ok: true });
          if (!built.ok) {
            const reported = new Set(checked.problems.map(formatProblem));
            for (const problem of built.problems) {
              expectLocated(problem);
              expect(reported, 'check reports what stopped the build').toContain(formatProblem(problem));
            }
          }
        } finally {
          await rm(root, { recursive: true, force: true });
        }
      }),
      { numRuns: runs, seed },
    );
    // Both ends must be reached, or the property says nothing: some mutations leave a valid project.
    console.log(`${fixture}: ${outcomes.clean} mutated project(s) built cleanly, ${outcomes.refused} refused with located problems`);
    expect(outcomes.clean).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  }, 30 * 60_000);
});

function expectLocated(problem: Problem): void {
  expect(problem.file, 'a problem names a file of the project').toMatch(/^(?!\/)(?!\.\.\/)\S/);
  expect(problem.message.trim()).not.toBe('');
  expect(formatProblem(problem)).not.toMatch(/\n\s+at .+:\d+:\d+\)?$/m);
}

/** The YAML files a mutation may pick, relative to the fixture, in a stable order. */
async function projectFiles(fixture: string): Promise<string[]> {
  const entries = await readdir(fixture, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => path.relative(fixture, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
