import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { devPlugin } from '../compile/dev-plugin.ts';
import { revealSlideUpdates } from '../compile/reveal-slide-updates.ts';
import { clientEntry, fontsEntry, problemPageEntry, viteConfig } from '../compile/vite-config.ts';

export interface DevOptions {
  root: string;
  port: number;
  host: string;
}

export interface DevServer {
  url: string;
  server: ViteDevServer;
  close(): Promise<void>;
}

/** Serves the decks from the files as they are, regenerating the open deck on every save. */
export async function dev(options: DevOptions): Promise<DevServer> {
  const root = path.resolve(options.root);
  // The templates render in the plugin's session (compiled, or through a Vite server of its own):
  // this server compiles only the browser code, and does not load Svelte's compiler.
  const config = viteConfig(root, { mode: 'development', plugins: [devPlugin(root)], templates: false });
  const server = await createServer({
    ...config,
    appType: 'custom',
    // The browser code's own transform is begun at start, before the first page asks for it.
    server: { ...config.server, port: options.port, host: options.host, strictPort: true, warmup: { clientFiles: [clientEntry, fontsEntry] } },
    // reveal.js is pre-bundled at start and kept in the root's cache folder (dependencyCache), so
    // a second start reuses it, and the first page finds it ready: a dependency discovered only when
    // the page asks for it would mean optimising again and reloading the page. The scan of the
    // browser entries finds any other. Svelte is left out: templates render on the server only.
    // The pre-bundle skips Vite's plugins, so it gets the reveal.js rewrite a build gets.
    optimizeDeps: { entries: [clientEntry, problemPageEntry], include: ['reveal.js'], exclude: ['svelte'], rolldownOptions: { plugins: [revealSlideUpdates()] } },
  });
  await server.listen();
  const address = server.resolvedUrls?.local[0] ?? `http://${options.host}:${options.port}/`;
  return { url: address, server, close: () => server.close() };
}
