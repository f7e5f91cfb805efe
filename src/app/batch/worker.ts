import { parentPort, workerData } from 'node:worker_threads';
import { recordAdviser, type BatchOptions, type BatchOutput } from '../batch.js';
import type { BatchRecord } from './records.js';

/**
 * The entry of a batch's worker threads (app/pool.ts): the catalog and options come once, in
 * workerData; each task is a run of records, answered with their NDJSON lines, the very bytes
 * the main thread would have written.
 */
const { options, file } = workerData as { options: BatchOptions; file: string };
const advise = recordAdviser(options, file);

parentPort!.on('message', ({ id, input }: { id: number; input: readonly BatchRecord[] }) => {
  try {
    const { lines, failed } = advise(input);
    // A copy of its own, handed over without another copy: the adviser's buffer is reused.
    const output: BatchOutput = { lines: lines.slice(), failed };
    parentPort!.postMessage({ id, output }, [output.lines.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).stack ?? String(error) });
  }
});
