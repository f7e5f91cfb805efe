// Preloaded with `node --import` into a measured run: at exit, writes the process's peak resident
// memory (bytes) to the file ETR_BENCH_PEAK_FILE names. The run itself is left as it is.
import { writeFileSync } from 'node:fs';

const file = process.env.ETR_BENCH_PEAK_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
