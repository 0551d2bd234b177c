// The `quarterdeck dev`, `preview` and `serve` servers the bench measures, and a redis-server for `serve --redis`: started as child
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
 * Runs `quarterdeck <command> … --host 127.0.0.1 --port N` and resolves with its URL and process id
 * once it prints one (on stdout or stderr); rejects if it exits first or prints nothing within
 * `timeoutMs`. `env` is added to the bench's environment. With `discardStdout`, the child's stdout
 * goes to /dev/null: `serve` writes an access-log line there per request, which a load test makes
 * into megabytes that nothing reads.
 */
export async function startServer(command, args, { timeoutMs = 60_000, env = {}, discardStdout = false } = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/quarterdeck.js', command, ...args, '--host', host, '--port', String(port)], {
    cwd: projectRoot,
    stdio: ['ignore', discardStdout ? 'ignore' : 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  running.add(child);
  child.on('exit', () => running.delete(child));
  let output = '';
  let started = false;
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`quarterdeck ${command} printed no URL within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    // Kept only until the URL shows: afterwards the streams are read and dropped, so no pipe fills up.
    const onData = (chunk) => {
      if (started) return;
      output += chunk;
      if (/http:\/\/\S+/.test(output)) {
        started = true;
        clearTimeout(timer);
        resolve(`http://${host}:${port}/`);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`quarterdeck ${command} exited with ${code}:\n${output}`));
    });
  }).catch(async (error) => {
    await stop(child);
    throw error;
  });
  return { url, pid: child.pid, stop: () => stop(child) };
}

/**
 * A redis-server of the bench's own on a free loopback port, saving nothing, for `serve --redis`;
 * resolves once it accepts connections. Stopped like the servers.
 */
export async function startRedis() {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', host, '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.on('exit', () => running.delete(child));
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start on port ${port} within 10 s:\n${output}`)), 10_000);
    const onData = (chunk) => {
      output += chunk;
      if (/ready to accept connections/i.test(output)) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        child.stdout.resume();
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`redis-server could not start (${error.message}): install it (Debian: apt-get install redis-server)`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}:\n${output}`));
    });
  }).catch(async (error) => {
    await stop(child);
    throw error;
  });
  return { url: `redis://${host}:${port}`, stop: () => stop(child) };
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
