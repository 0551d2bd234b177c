import { existsSync } from 'node:fs';
import path from 'node:path';
import { preview as vitePreview, type Plugin, type PreviewServer } from 'vite';
import { viteConfig } from '../compile/vite-config.ts';
import { deckIdSpelling } from '../model/deck.ts';
import { UserError } from '../problems.ts';

export interface PreviewOptions {
  root: string;
  out: string;
  port: number;
  host: string;
}

export interface RunningPreview {
  url: string;
  out: string;
  server: PreviewServer;
  close(): Promise<void>;
}

/** Serves a built folder as static files, exactly as a shared deck URL would be served. */
export async function preview(options: PreviewOptions): Promise<RunningPreview> {
  const out = path.resolve(options.out);
  if (!existsSync(path.join(out, 'index.html'))) {
    throw new UserError([
      { file: out, path: [], message: 'There is no built deck list here.', hint: 'Run quarterdeck build first, with the same --out.' },
    ]);
  }
  const config = viteConfig(path.resolve(options.root), { mode: 'production' });
  const server = await vitePreview({
    ...config,
    plugins: [...(config.plugins ?? []), deckFolderRedirect(out)],
    appType: 'mpa',
    build: { outDir: out },
    preview: { port: options.port, host: options.host, strictPort: true },
  });
  const url = server.resolvedUrls?.local[0] ?? `http://${options.host}:${options.port}/`;
  return { url, out, server, close: () => server.close() };
}

/**
 * `/<deck-id>` → `/<deck-id>/`: a deck's page links its assets relative to its folder, so a
 * shared link typed without the slash must still land on the folder.
 */
function deckFolderRedirect(out: string): Plugin {
  return {
    name: 'quarterdeck-deck-folder-redirect',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        const id = new RegExp(`^/(${deckIdSpelling})$`).exec(url.pathname)?.[1];
        if (!id || !existsSync(path.join(out, id, 'index.html'))) return next();
        response.statusCode = 301;
        response.setHeader('Location', `/${id}/${url.search}`);
        response.end();
      });
    },
  };
}
