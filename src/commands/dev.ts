import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { devPlugin } from '../compile/dev-plugin.ts';
import { viteConfig } from '../compile/vite-config.ts';

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
  const config = viteConfig(root, { mode: 'development', plugins: [devPlugin(root)] });
  const server = await createServer({
    ...config,
    appType: 'custom',
    server: { ...config.server, port: options.port, host: options.host, strictPort: true },
  });
  await server.listen();
  const address = server.resolvedUrls?.local[0] ?? `http://${options.host}:${options.port}/`;
  return { url: address, server, close: () => server.close() };
}
