import { execFileSync, spawn, type ChildProcess } from 'node:child_process';

/**
 * `quarterdeck serve` and `quarterdeck share` as a user runs them: real processes of the CLI in lib/,
 * with the secret in QUARTERDECK_SECRET. Every server started here is stopped by `stopAll`, which a
 * test calls in afterAll, whatever happened.
 */
const running = new Set<ChildProcess>();

export interface ServeProcess {
  /** `http://127.0.0.1:PORT`, with no slash at the end. */
  base: string;
  pid: number;
  stop(): Promise<void>;
}

/** `quarterdeck serve --out OUT --port 0 [ARGS…]`; resolves with its address once it says where it listens. */
export function startServe(out: string, secret: string, args: string[] = []): Promise<ServeProcess> {
  // The access log (stdout) is not read here: 'ignore' gives it /dev/null, so no pipe fills up.
  const child = spawn(process.execPath, ['bin/quarterdeck.js', 'serve', '--out', out, '--port', '0', '--host', '127.0.0.1', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, QUARTERDECK_SECRET: secret },
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return new Promise((resolve, reject) => {
    let said = '';
    const timer = setTimeout(() => reject(new Error(`quarterdeck serve said no address within 30 s:\n${said}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      said += chunk;
      const address = /at (http:\/\/\S+?)\/? /.exec(said);
      if (address) {
        clearTimeout(timer);
        resolve({ base: address[1]!, pid: child.pid!, stop: () => stop(child) });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`quarterdeck serve exited with ${code}:\n${said}`));
    });
  });
}

/** The link `quarterdeck share DECK ARGS…` prints: a path starting with `/`. */
export function shareLink(out: string, secret: string, deck: string, args: string[] = []): string {
  return execFileSync(process.execPath, ['bin/quarterdeck.js', 'share', deck, '--out', out, ...args], {
    encoding: 'utf8',
    env: { ...process.env, QUARTERDECK_SECRET: secret },
  }).trim();
}

/** SIGTERM (serve closes cleanly on it), then SIGKILL if the process is still there after 3 s. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map(stop));
}
