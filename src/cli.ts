import { statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatProblem, UsageError, UserError } from './problems.ts';

interface Command {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Takes deck ids after the options (`export`). */
  positionals?: boolean;
  /** Imported only when the command runs, so `check` never loads Vite. */
  run(values: Record<string, unknown>, root: string, positionals: string[]): Promise<number>;
}

const rootOption = { root: { type: 'string', default: '.' }, debug: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;
const rootHelp = [
  '  --root DIR     the folder holding decks/ and data/ (default: the current folder)',
  '  --debug        with a problem a template threw, print what it threw and its stack trace',
].join('\n');
const baseUrlHelp = '  --base-url URL the URL OUT is served at (https://ir.example.com/decks/): link previews use absolute URLs';
const keysHelp = '  --keys FILE    the keyring (JSON {"keys":[{"id","secret"}]}; the first key signs); without it, the\n                 secret in QUARTERDECK_SECRET';
const cacheHelp = '  --no-cache     read nothing from the build cache (node_modules/.cache/quarterdeck): a cold build';
const outDir = (values: Record<string, unknown>, root: string) =>
  typeof values.out === 'string' ? path.resolve(values.out) : path.join(root, 'dist');

const commands: Record<string, Command> = {
  build: {
    summary: 'Build every deck into OUT/<deck-id>/index.html and a deck list at OUT/index.html.',
    usage: `quarterdeck build [--root DIR] [--out DIR] [--base-url URL] [--export] [--no-cache]\n\n${rootHelp}\n  --out DIR      where to write (default: DIR/dist); replaced only when the whole build succeeds\n${baseUrlHelp}\n  --export       export every deck in every format too (see quarterdeck export --help)\n${cacheHelp}`,
    options: { ...rootOption, out: { type: 'string' }, 'base-url': { type: 'string' }, export: { type: 'boolean' }, 'no-cache': { type: 'boolean' } },
    async run(values, root) {
      const { exportCommand, parseBaseUrl } = await import('./commands/export.ts');
      const baseUrl = parseBaseUrl(values['base-url']);
      const noCache = Boolean(values['no-cache']);
      const result = values.export
        ? await exportCommand({ root, out: outDir(values, root), ids: [], formats: ['pdf', 'png', 'og', 'html'], edition: 'audience', baseUrl, scale: 1, notes: false, noCache })
        : await (await import('./commands/build.ts')).build({ root, out: outDir(values, root), baseUrl, noCache });
      const slides = result.decks.reduce((sum, deck) => sum + deck.editions.audience.slides, 0);
      console.log(`Built ${result.decks.length} deck(s), ${slides} slide(s) into ${path.relative(process.cwd(), result.out) || '.'}, each also as a review edition`);
      for (const { id, title, editions } of result.decks) {
        console.log(`  ${id}/  ${title} (${editions.audience.slides} slides; review edition ${id}/review/, ${editions.review.slides} slides)`);
      }
      return 0;
    },
  },
  export: {
    summary: 'Export decks as a PDF, slide PNGs, a link-preview image and a single-file HTML deck.',
    usage: `quarterdeck export [deck-id …] [--root DIR] [--out DIR] [--format pdf,png,og,html] [--edition audience|review] [--base-url URL] [--scale N] [--notes] [--no-cache]

Builds every deck into OUT first (as quarterdeck build does), then writes beside the decks, for each
deck named (every deck without ids):
  OUT/<id>/<id>.pdf         one page per slide, outline, metadata, fonts embedded   (pdf)
  OUT/<id>/slides/NN.png    each slide, 1280×720 × --scale                          (png)
  OUT/<id>/og.png           the link-preview image, 1200×630                          (og)
  OUT/<id>/<id>.html        the deck in one file, for file:// with no network        (html)
The review edition's files go under OUT/<id>/review/ and are named <id>-review.

${rootHelp}
  --out DIR      the built folder (default: DIR/dist)
  --format LIST  the formats, comma-separated (default: all four)
  --edition E    audience (default) or review
${baseUrlHelp}
  --scale N      device pixels per slide pixel of the PNGs (default 1; 2 gives 2560×1440)
  --notes        a page of speaker notes after each slide in the PDF
${cacheHelp}`,
    options: {
      ...rootOption,
      out: { type: 'string' },
      format: { type: 'string' },
      edition: { type: 'string' },
      'base-url': { type: 'string' },
      scale: { type: 'string' },
      notes: { type: 'boolean' },
      'no-cache': { type: 'boolean' },
    },
    positionals: true,
    async run(values, root, ids) {
      const { exportCommand, parseBaseUrl, parseEdition, parseFormats, parseScale } = await import('./commands/export.ts');
      const options = { formats: parseFormats(values.format), edition: parseEdition(values.edition), baseUrl: parseBaseUrl(values['base-url']), scale: parseScale(values.scale) };
      const result = await exportCommand({ root, out: outDir(values, root), ids, ...options, notes: Boolean(values.notes), noCache: Boolean(values['no-cache']) });
      console.log(`Built ${result.decks.length} deck(s) into ${path.relative(process.cwd(), result.out) || '.'}`);
      return 0;
    },
  },
  dev: {
    summary: 'Serve the decks and regenerate them in the open browser as you edit decks/ and data/.',
    usage: `quarterdeck dev [--root DIR] [--port N] [--host HOST]\n\n${rootHelp}\n  --port N       port to listen on (default 5173)\n  --host HOST    address to listen on (default localhost)`,
    options: { ...rootOption, port: { type: 'string', default: '5173' }, host: { type: 'string', default: 'localhost' } },
    async run(values, root) {
      const { dev } = await import('./commands/dev.ts');
      const server = await dev({ root, port: port(values.port), host: String(values.host) });
      console.log(`Quarterdeck dev server: ${server.url}  (Ctrl+C to stop)`);
      return new Promise<number>(() => {});
    },
  },
  preview: {
    summary: 'Serve a built folder, the way a shared deck URL is served.',
    usage: `quarterdeck preview [--root DIR] [--out DIR] [--port N] [--host HOST]\n\nThe serve command's server with its access rules off: every built file, the full deck list and\nreview editions included, with no keys.\n\n${rootHelp}\n  --out DIR      the built folder (default: DIR/dist)\n  --port N       port to listen on (default 4173)\n  --host HOST    address to listen on (default localhost)`,
    options: { ...rootOption, out: { type: 'string' }, port: { type: 'string', default: '4173' }, host: { type: 'string', default: 'localhost' } },
    async run(values, root) {
      const { serve, closeOnSignals } = await import('./commands/serve.ts');
      const server = await serve({ out: outDir(values, root), port: port(values.port), host: String(values.host), access: false });
      closeOnSignals(server);
      console.log(`Serving ${path.relative(process.cwd(), server.out) || '.'} at ${server.url}  (Ctrl+C to stop)`);
      return new Promise<number>(() => {});
    },
  },
  serve: {
    summary: 'Serve a built folder in production: embargoes, signed links, caching, security headers.',
    usage: `quarterdeck serve [--root DIR] [--out DIR] [--port N] [--host HOST] [--keys FILE] [--frame-ancestors LIST] [--trust-proxy] [--redis URL]

Serves the public deck list, each deck's audience edition from its publishAt on, and what a
signed link (quarterdeck share) opens. Everything else answers 404. One JSON access-log line per
request on stdout. SIGTERM or Ctrl+C stops it after the requests in flight; SIGHUP reloads --keys.

${rootHelp}
  --out DIR      the built folder (default: DIR/dist)
  --port N       port to listen on (default 8080)
  --host HOST    address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
${keysHelp}
  --frame-ancestors LIST  other sites that may frame the decks, space-separated CSP sources
                 ("https://ir.example.com"); the server's own pages always may (the speaker view)
  --trust-proxy  behind a reverse proxy: take the client IP and https from X-Forwarded-*
  --redis URL    several serve processes share the presenter's slide through Redis
                 (redis://host:6379); without it, one process keeps it in memory`,
    options: {
      ...rootOption,
      out: { type: 'string' },
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      keys: { type: 'string' },
      'frame-ancestors': { type: 'string' },
      'trust-proxy': { type: 'boolean' },
      redis: { type: 'string' },
    },
    async run(values, root) {
      const { serve, closeOnSignals } = await import('./commands/serve.ts');
      const frameAncestors = typeof values['frame-ancestors'] === 'string' ? values['frame-ancestors'].split(/\s+/).filter(Boolean) : undefined;
      const server = await serve({
        out: outDir(values, root),
        port: port(values.port),
        host: String(values.host),
        access: true,
        keysFile: values.keys as string | undefined,
        frameAncestors,
        trustProxy: Boolean(values['trust-proxy']),
        redisUrl: values.redis as string | undefined,
      });
      closeOnSignals(server);
      console.error(`Serving ${path.relative(process.cwd(), server.out) || '.'} at ${server.url}  (Ctrl+C to stop)`);
      return new Promise<number>(() => {});
    },
  },
  share: {
    summary: 'Print a signed link that opens one deck (and edition) until it expires, even before publishAt.',
    usage: `quarterdeck share <deck-id> [--root DIR] [--out DIR] [--edition audience|review] [--expires 48h] [--note TEXT] [--presenter] [--base-url URL] [--keys FILE]

${rootHelp}
  --out DIR      the built folder the link is for (default: DIR/dist)
  --edition E    audience (default) or review
  --expires D    how long the link opens the deck: 30m, 48h (default), 7d
  --note TEXT    who the link is for ("auditors"), written in the access log
  --presenter    a presenter link: the audience following the deck follows its holder
  --base-url URL print an absolute link (https://ir.example.com/); without it, a path from /
${keysHelp}`,
    options: {
      ...rootOption,
      out: { type: 'string' },
      edition: { type: 'string' },
      expires: { type: 'string' },
      note: { type: 'string' },
      presenter: { type: 'boolean' },
      'base-url': { type: 'string' },
      keys: { type: 'string' },
    },
    positionals: true,
    async run(values, root, ids) {
      if (ids.length !== 1) throw usage(`share takes one deck id, not ${ids.length}.\n\nUsage: ${commands.share!.usage}`);
      const { share, parseExpires, parseShareEdition } = await import('./commands/share.ts');
      const { parseBaseUrl } = await import('./commands/export.ts');
      console.log(share({
        out: outDir(values, root),
        deck: ids[0]!,
        edition: parseShareEdition(values.edition),
        expiresIn: parseExpires(values.expires),
        note: values.note as string | undefined,
        presenter: Boolean(values.presenter),
        baseUrl: parseBaseUrl(values['base-url']),
        keysFile: values.keys as string | undefined,
      }));
      return 0;
    },
  },
  keys: {
    summary: 'Rotate the signing keys: quarterdeck keys rotate --keys FILE [--keep-old].',
    usage: `quarterdeck keys rotate --keys FILE [--keep-old]

Writes a fresh random key first in FILE (creating it), so it signs every new link. The other keys
are removed, and every link they signed stops opening; with --keep-old they still verify until you
delete them from FILE. Send SIGHUP to a running quarterdeck serve to reload FILE.

  --keys FILE    the keyring file
  --keep-old     keep the older keys, so links already sent still open`,
    options: { ...rootOption, keys: { type: 'string' }, 'keep-old': { type: 'boolean' } },
    positionals: true,
    async run(values, _root, words) {
      if (words.join(' ') !== 'rotate' || typeof values.keys !== 'string') throw usage(`Usage: ${commands.keys!.usage}`);
      const { rotateKeys } = await import('./commands/keys.ts');
      console.log(rotateKeys(values.keys, Boolean(values['keep-old'])));
      return 0;
    },
  },
  check: {
    summary: 'Validate every deck and data file without writing anything; exit 1 on any problem.',
    usage: `quarterdeck check [--root DIR] [--no-cache]\n\n${rootHelp}\n${cacheHelp}`,
    options: { ...rootOption, 'no-cache': { type: 'boolean' } },
    async run(values, root) {
      const { check } = await import('./commands/check.ts');
      const report = await check({ root, noCache: Boolean(values['no-cache']) });
      for (const line of report.lines) console.log(line);
      if (report.problems.length) throw new UserError(report.problems);
      return 0;
    },
  },
  schema: {
    summary: 'Write decks/deck.schema.json, the JSON Schema editors use to check deck files.',
    usage: `quarterdeck schema [--root DIR]\n\n${rootHelp}`,
    options: rootOption,
    async run(_values, root) {
      const { writeDeckSchema } = await import('./commands/schema.ts');
      console.log(`Wrote ${path.relative(process.cwd(), await writeDeckSchema(root))}`);
      return 0;
    },
  },
};

const mainHelp = `quarterdeck: investor-relations decks compiled from data

Usage: quarterdeck <command> [options]

Commands:
${Object.entries(commands).map(([name, command]) => `  ${name.padEnd(9)}${command.summary}`).join('\n')}

Run quarterdeck <command> --help for a command's options.`;

function port(value: unknown): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65535) throw usage(`--port takes a port number, not "${String(value)}".`);
  return number;
}

const usage = (message: string) => new UsageError(message);

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(mainHelp);
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) throw usage(`Unknown command "${name}".\n\n${mainHelp}`);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: command.positionals ?? false, strict: true });
  } catch (error) {
    throw usage(`${(error as Error).message}\n\nUsage: ${command.usage}`);
  }
  if (parsed.values.help) {
    console.log(`${command.summary}\n\nUsage: ${command.usage}`);
    return 0;
  }
  const root = path.resolve(String(parsed.values.root));
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
    throw usage(`--root ${String(parsed.values.root)} is not a folder. Point --root at the folder holding decks/ and data/.`);
  }
  return command.run(parsed.values, root, parsed.positionals);
}

export async function runCli(argv: string[]): Promise<void> {
  // `quarterdeck check | head` closes the pipe early; that is the reader's choice, not a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    else throw error;
  });
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    if (error instanceof UserError) {
      for (const problem of error.problems) console.error(formatProblem(problem));
      if (error.cause !== undefined && argv.includes('--debug')) console.error('\n', error.cause);
      console.error(`\n${error.problems.length} problem(s) found.`);
      process.exitCode = 1;
    } else if (error instanceof UsageError) {
      console.error(error.message);
      process.exitCode = 1;
    } else {
      throw error;
    }
  }
}
