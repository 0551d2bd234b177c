// Preloaded with `node --import` when GNU time is missing: at exit, writes this process's peak
// resident memory (KiB, from the kernel's rusage) to the file the benchmark named.
import { writeFileSync } from 'node:fs';

const file = process.env.QUARTERDECK_BENCH_RSS;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
