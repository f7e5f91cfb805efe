import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Option } from 'commander';
import { pathInfo } from '../core/files.js';
import { positiveInteger } from './options.js';

/** --jobs of `advise --batch` and `team`: the same words, the same default. */
export const jobsOption = () => new Option('--jobs <n>', 'with --batch: worker threads (default: the available cores, at most 8, for a file of 16 MiB or more; else 1)').argParser(positiveInteger);

/** Where the bundle keeps the worker entry of both (scripts/build.mjs); absent when running from the sources. */
const workerEntry = () => (typeof __dirname === 'string' ? join(__dirname, 'batch-worker.js') : undefined);

/**
 * How many worker threads a batch takes: --jobs as given, else the available cores (at most 8)
 * for a regular file of 16 MiB or more (some 60,000 profiles), where starting threads and handing
 * them the catalog pays: at 10,000 profiles (2.6 MB) two threads were slower than one on a busy
 * 2-core machine. Standard input and pipes stay in this thread by default, so an answer comes as
 * soon as its profile is in.
 */
export function batchJobs(input: string, given: number | undefined): { count: number; entry: string } | undefined {
  const entry = workerEntry();
  if (entry === undefined || !existsSync(entry)) return undefined;
  if (given !== undefined) return given > 1 ? { count: given, entry } : undefined;
  if (input === '-') return undefined;
  const found = pathInfo(input);
  if (!('stats' in found) || !found.stats.isFile() || found.stats.size < 16 * 1024 * 1024) return undefined;
  const count = Math.min(availableParallelism(), 8);
  return count > 1 ? { count, entry } : undefined;
}
