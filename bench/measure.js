// Timing and memory from the machine's own accounting: process.hrtime for wall time, and GNU time
// (/usr/bin/time -v) for a child's peak resident memory. Where GNU time is missing, the child reports
// its own process.resourceUsage().maxRSS at exit through a preloaded module (bench/report-rss.js).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const gnuTime = '/usr/bin/time';
const rssReporter = fileURLToPath(new URL('./report-rss.js', import.meta.url));
export const memorySource = existsSync(gnuTime) ? 'GNU time -v (maximum resident set size)' : "the child's process.resourceUsage().maxRSS";

/** Milliseconds since an arbitrary origin, from the monotonic clock. */
export const now = () => Number(process.hrtime.bigint()) / 1e6;

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The p-th percentile (0–100) by the nearest-rank method: a value that was measured, never an average of two. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Runs `node args…` to completion and returns its wall time (ms), peak RSS (KiB) and output.
 * Rejects on a non-zero exit or when `timeoutMs` passes (the child is then killed).
 */
export async function runNode(args, { cwd, timeoutMs = 300_000 } = {}) {
  const scratch = await mkdtemp(path.join(tmpdir(), 'quarterdeck-bench-rss-'));
  const rssFile = path.join(scratch, 'rss');
  const [command, commandArgs] = existsSync(gnuTime)
    ? [gnuTime, ['-v', '-o', rssFile, process.execPath, ...args]]
    : [process.execPath, ['--import', rssReporter, ...args]];
  const child = spawn(command, commandArgs, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, QUARTERDECK_BENCH_RSS: rssFile } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const started = now();
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise((resolve) => child.on('close', (exitCode, signal) => resolve(exitCode ?? signal)));
  const wallMs = now() - started;
  clearTimeout(timer);
  try {
    if (code !== 0) throw new Error(`node ${args.join(' ')} exited with ${code}:\n${stderr || stdout}`);
    return { wallMs, peakRssKiB: await readPeakRss(rssFile), stdout };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function readPeakRss(file) {
  const text = await readFile(file, 'utf8').catch(() => '');
  const gnu = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
  const value = gnu ? Number(gnu[1]) : Number(text.trim());
  return Number.isFinite(value) && value > 0 ? value : null;
}
