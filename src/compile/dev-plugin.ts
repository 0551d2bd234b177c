import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { DataStore } from '../load/data-store.ts';
import { deckIdSpelling } from '../model/deck.ts';
import type { Edition } from '../model/edition.ts';
import { loadProject, type LoadedProject } from '../load/project.ts';
import { formatProblem, UserError, type Problem } from '../problems.ts';
import { deckListEntries, listTheme, listThemes } from './deck-list-entry.ts';
import { updateEvent } from './dev-events.ts';
import { devImageSrc } from './image-assets.ts';
import { deckListPage, deckPage, problemPage, type PageAssets } from './page.ts';
import { RenderSession } from './render-session.ts';
import { clientEntry, fontsEntry, problemPageEntry, themeEntries } from './vite-config.ts';

const watched = /\.(ya?ml|json|svelte)$/;
/** `/`, `/<deck-id>/` or `/<deck-id>/review/` (the review edition), each also with `index.html`. */
const pagePath = new RegExp(`^/(?:(${deckIdSpelling})/(review/)?)?(?:index\\.html)?$`);

/**
 * `quarterdeck dev` as a Vite plugin: renders decks on request from the files as they are now, and
 * when a deck, data or template file changes tells the open pages to fetch their slides again, or
 * shows Vite's error overlay naming the file and line of the first problem.
 */
export function devPlugin(userRoot: string): Plugin {
  const store = new DataStore(userRoot);
  let session: RenderSession;

  const load = () => loadProject(userRoot, store);

  // Saves come in bursts (an editor may write a file twice); only the newest load may speak, or
  // a slow load of a broken file could bring back an error the next save fixed.
  let latest = 0;

  async function onChange(server: ViteDevServer, file: string) {
    if (!watched.test(file)) return;
    store.forget(file);
    const generation = ++latest;
    const project = await load();
    if (generation !== latest) return;
    // A template that does not compile or throws is shown like a bad edit, not as an HTTP 500.
    const problems = project.problems.length ? project.problems : await session.renderingProblems(project.decks, project.citations, devImageSrc);
    if (generation !== latest) return;
    if (problems.length) server.ws.send({ type: 'error', err: overlayError(userRoot, problems) });
    else server.ws.send({ type: 'custom', event: updateEvent, data: { decks: project.decks.map((deck) => deck.id) } });
  }

  return {
    name: 'quarterdeck-dev',
    configureServer(server) {
      session = RenderSession.over(server, userRoot);
      server.watcher.add([path.join(userRoot, 'decks'), path.join(userRoot, 'data')]);
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, (file) => {
        // A bug while regenerating shows in the overlay; it must not end the dev server.
        onChange(server, file).catch((error: Error) => server.ws.send({ type: 'error', err: { message: error.message, stack: error.stack ?? '' } }));
      });

      server.middlewares.use(async (request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        const match = pagePath.exec(url.pathname);
        if (!match || request.method !== 'GET') return next();
        try {
          const project = await load();
          const html = match[1] ? await deckHtml(project, match[1], match[2] ? 'review' : 'audience') : await listHtml(project);
          if (html === undefined) return next();
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.setHeader('Cache-Control', 'no-store');
          response.end(await server.transformIndexHtml(url.pathname, html));
        } catch (error) {
          if (!(error instanceof UserError)) return next(error);
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.setHeader('Cache-Control', 'no-store');
          const page = problemPage(await session.renderProblemList(error.problems.map(formatProblem)), `/${problemPageEntry}`);
          response.end(await server.transformIndexHtml(url.pathname, page));
        }
      });
    },
  };

  async function deckHtml(project: LoadedProject, id: string, edition: Edition): Promise<string | undefined> {
    const deck = project.decks.find((candidate) => candidate.id === id);
    if (!deck) {
      return project.deckFiles.some((file) => path.basename(file).replace(/\.ya?ml$/, '') === id) ? problemPage(await session.renderProblemList(project.problems.map(formatProblem)), `/${problemPageEntry}`) : undefined;
    }
    return deckPage(deck, edition, await session.renderDeck(deck, edition, project.citations, devImageSrc), devAssets);
  }

  async function listHtml(project: LoadedProject): Promise<string> {
    const entries = deckListEntries(project.decks);
    const list = await session.renderDeckList(entries, { reviewLinks: true }, project.citations, devImageSrc);
    return deckListPage(list, { ...devAssets, styles: [] }, listTheme(entries), listThemes(entries));
  }
}

/** Vite serves the sources as they are; the client entry brings the shared styles with it. */
const devAssets: PageAssets = {
  scripts: [`/${clientEntry}`],
  styles: [],
  fonts: [`/${fontsEntry}`],
  themes: Object.fromEntries(Object.entries(themeEntries).map(([theme, file]) => [theme, `/${file}`])) as PageAssets['themes'],
};

/** In the shape of Vite's own errors, so its overlay shows the file and position. */
function overlayError(root: string, problems: Problem[]) {
  const first = problems[0]!;
  return {
    message: problems.map(formatProblem).join('\n'),
    stack: '',
    id: path.join(root, first.file),
    // Vite's overlay needs a line to show a position; a problem with a whole file has none.
    loc: first.line === undefined ? undefined : { file: path.join(root, first.file), line: first.line, column: first.column ?? 1 },
    plugin: 'quarterdeck',
  };
}
