import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { DataStore } from '../load/data-store.ts';
import { BuildCache } from './build-cache.ts';
import { deckIdSpelling } from '../model/deck.ts';
import type { Edition } from '../model/edition.ts';
import { loadProject, loadProjectDeck, type LoadedProject } from '../load/project.ts';
import { formatProblem, UserError, type Problem } from '../problems.ts';
import { deckListEntries, listTheme, listThemes } from './deck-list-entry.ts';
import { updateEvent } from './dev-events.ts';
import { devImageSrc } from './image-assets.ts';
import { deckListPage, deckPage, problemPage, type PageAssets } from './page.ts';
import { compiledUntilEdited, watchedFiles } from './dev-templates.ts';
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
  // The build cache's parsed files and compiled templates: what `build` made, a start need not make again.
  const cache = new BuildCache();
  const store = new DataStore(userRoot, cache.parsedValues());
  // The page server compiles no template, so Vite would not watch them: the templates a deck uses
  // and the files compiled into them are watched once they are known.
  const watching = watchedFiles(userRoot);
  let watch = (_files: readonly string[]) => {};
  const templates = compiledUntilEdited(userRoot, cache, (files) => watch(files));
  let session: RenderSession;

  const load = () => loadProject(userRoot, store);

  // Saves come in bursts (an editor may write a file twice); only the newest load may speak, or
  // a slow load of a broken file could bring back an error the next save fixed.
  let latest = 0;

  /** Every deck and the data it uses loaded, then every edition rendered: what `build` would stop at. */
  async function projectProblems(): Promise<{ project: LoadedProject; problems: Problem[] }> {
    const project = await load();
    // A template that does not compile or throws is shown like a bad edit, not as an HTTP 500.
    const problems = project.problems.length ? project.problems : await session.renderingProblems(project.decks, project.citations, devImageSrc);
    return { project, problems };
  }

  // Each deck page as answered since the last change to any file: the same files give the same page,
  // so a second request (another tab, the first page load after a script polled the server) is not
  // loaded and rendered again.
  const pages = new Map<string, Promise<DevPage | undefined>>();

  async function onChange(server: ViteDevServer, file: string) {
    pages.clear();
    templates.changed(file);
    if (!watched.test(file)) return;
    store.forget(file);
    const generation = ++latest;
    const { project, problems } = await projectProblems();
    if (generation !== latest) return;
    if (problems.length) server.ws.send({ type: 'error', err: overlayError(userRoot, problems) });
    else server.ws.send({ type: 'custom', event: updateEvent, data: { decks: project.decks.map((deck) => deck.id) } });
  }

  // A page is answered from its own deck and data alone (loadProjectDeck); the whole project is
  // validated once in the background, when the server has had no request for a moment and the last
  // page served has connected back (the page, then its script, styles and fonts, are what the user
  // waits for), so that a problem in another deck is still reported at start, in the console.
  let validation: 'waiting' | 'started' | 'closed' = 'waiting';
  let validationTimer: NodeJS.Timeout | undefined;
  let inFlight = 0;
  /** A page was answered whose browser has not connected yet: it is still loading what the page links. */
  let pageLoading = false;
  const idleMs = () => (pageLoading ? 3000 : 1000);
  function validateWhenIdle(server: ViteDevServer, idleMs: number) {
    if (validation !== 'waiting') return;
    clearTimeout(validationTimer);
    validationTimer = setTimeout(() => {
      if (inFlight > 0 || validation !== 'waiting') return;
      validation = 'started';
      const generation = latest;
      projectProblems().then(
        ({ problems }) => {
          // An edit since has been reported on its own (onChange); this result is older.
          if (generation !== latest || validation === 'closed' || !problems.length) return;
          server.config.logger.warn(`Quarterdeck found ${problems.length} problem(s); the decks they are in show them when opened:\n${problems.map(formatProblem).join('\n')}`);
        },
        (error: Error) => {
          if (validation !== 'closed') server.config.logger.error(`Quarterdeck could not validate the project: ${error.stack ?? error.message}`);
        },
      );
    }, idleMs);
    validationTimer.unref();
  }

  return {
    name: 'quarterdeck-dev',
    // Vite's close() (and restart()) closes the plugins: the render session's own Vite server with them.
    async closeBundle() {
      await session?.close();
    },
    config: () => ({ server: { watch: { ignored: watching.ignored } } }),
    configureServer(server) {
      session = RenderSession.forDev(userRoot, templates.compiled);
      // Every render names its deck's templates; the watcher is told of each once.
      watch = (files) => {
        const fresh = watching.add(files);
        if (fresh.length) server.watcher.add(fresh);
      };
      const current = session;
      server.httpServer?.once('listening', () => {
        // Compiles the templates while the user opens the browser; the first page would wait for it.
        session.warm().catch(() => {});
        // Longer before any page: the user is likely opening one.
        validateWhenIdle(server, 3000);
      });
      // Registered before Vite's own middlewares, so it sees every request: pages, scripts, styles, fonts.
      server.middlewares.use((_request, response, next) => {
        inFlight += 1;
        response.once('close', () => {
          inFlight -= 1;
          validateWhenIdle(server, idleMs());
        });
        next();
      });
      // A page's script has run and connected: the first slide is up.
      server.ws.on('connection', () => {
        pageLoading = false;
        validateWhenIdle(server, idleMs());
      });
      // Vite's restart() gives the plugin a new server; only the server in use may stop the validation.
      validation = 'waiting';
      server.httpServer?.once('close', () => {
        if (session !== current) return;
        validation = 'closed';
        clearTimeout(validationTimer);
      });
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
          const page = match[1] ? await deckHtml(match[1], match[2] ? 'review' : 'audience') : { html: await listHtml(await load()) };
          if (page === undefined) return next();
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.setHeader('Cache-Control', 'no-store');
          response.end(withSlides(await server.transformIndexHtml(url.pathname, page.html), page));
          pageLoading = true;
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

  /** The deck's page, or the list of its problems, or `undefined` when no deck file has that id. */
  function deckHtml(id: string, edition: Edition): Promise<DevPage | undefined> {
    const key = `${id}/${edition}`;
    let page = pages.get(key);
    if (!page) {
      page = renderDeckHtml(id, edition);
      pages.set(key, page);
      // A page that failed (a template that throws) is tried afresh next time, and reported again.
      page.catch(() => pages.get(key) === page && pages.delete(key));
    }
    return page;
  }

  async function renderDeckHtml(id: string, edition: Edition): Promise<DevPage | undefined> {
    const project = await loadProjectDeck(userRoot, id, store);
    if (!project) return undefined;
    const deck = project.decks[0];
    if (!deck) return { html: problemPage(await session.renderProblemList(project.problems.map(formatProblem)), `/${problemPageEntry}`) };
    const rendered = await session.renderDeck(deck, edition, project.citations, devImageSrc);
    return { html: deckPage(deck, edition, { head: `${rendered.head}\n${untilScriptRuns}`, body: slidesPlaceholder }, devAssets), slides: rendered.body };
  }

  async function listHtml(project: LoadedProject): Promise<string> {
    const entries = deckListEntries(project.decks);
    const list = await session.renderDeckList(entries, { reviewLinks: true }, project.citations, devImageSrc);
    return deckListPage(list, { ...devAssets, styles: [] }, listTheme(entries), listThemes(entries));
  }
}

/**
 * A page to send through Vite's transformIndexHtml, which injects its client and rewrites the URLs
 * of scripts and styles. It parses the whole document, and a deck's slides are most of it (a third
 * of a second for a 64-slide deck) while holding nothing Vite rewrites: rendered markup, images at
 * absolute /@fs/ URLs, no script or stylesheet. So the slides wait outside, where `slides` holds
 * them, and `html` has a placeholder in their place.
 */
interface DevPage {
  html: string;
  slides?: string;
}

const slidesPlaceholder = '<!--quarterdeck:slides-->';

/**
 * In dev the deck's stylesheets come with its script (Vite injects each as the module is run), so
 * the browser would first lay out every slide with no deck styles, then again as each arrives:
 * most of a second for a 55-slide deck. The slides wait hidden until the script has run instead
 * (a built page links its stylesheets, and lays out without its script as pages, see deck.css).
 */
const untilScriptRuns = '<style>.qd-no-js .reveal { display: none; }</style>';

function withSlides(transformed: string, page: DevPage): string {
  return page.slides === undefined ? transformed : transformed.replace(slidesPlaceholder, () => page.slides!);
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
