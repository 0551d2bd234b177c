// The `quarterdeck dev` and `quarterdeck preview` servers the browser figures need: started as child
// processes on free loopback ports, and all stopped by stopAll(), which the bench calls on every exit.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { projectRoot } from '../tooling/settings.js';

const host = '127.0.0.1';
const running = new Set();

/** A port the OS reports free on loopback right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Runs `quarterdeck <command> … --host 127.0.0.1 --port N` and resolves with its URL once it prints
 * one; rejects if it exits first or prints nothing within `timeoutMs`.
 */
export async function startServer(command, args, { timeoutMs = 60_000 } = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/quarterdeck.js', command, ...args, '--host', host, '--port', String(port)], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.on('exit', () => running.delete(child));
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`quarterdeck ${command} printed no URL within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk) => {
      output += chunk;
      if (/http:\/\/\S+/.test(output)) {
        clearTimeout(timer);
        resolve(`http://${host}:${port}/`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`quarterdeck ${command} exited with ${code}:\n${output}`));
    });
  }).catch(async (error) => {
    await stop(child);
    throw error;
  });
  return { url, stop: () => stop(child) };
}

/** SIGTERM, then SIGKILL if the server is still there after two seconds. */
async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
  await exited;
  clearTimeout(timer);
}

export async function stopAll() {
  await Promise.all([...running].map(stop));
}

/** For a synchronous 'exit' handler, where nothing can be awaited. */
export function killAllNow() {
  for (const child of running) child.kill('SIGKILL');
}
