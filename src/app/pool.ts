import { Worker } from 'node:worker_threads';

/**
 * A fixed set of worker threads, each running one entry module, that take tasks and answer them
 * in any order; a caller that needs the answers in order awaits them in order. What a worker is
 * given once (a catalog, the options) goes in `workerData`, so each task carries only its input.
 * For `advise --batch` and `etr team`, which fan a list of people out: the entry module answers `{ id, input }` with `{ id, output }` or `{ id, error }`
 * (see app/batch/worker.ts).
 */
export interface WorkerPool<In, Out> {
  run(input: In, transfer?: ArrayBuffer[]): Promise<Out>;
  /** Stops every worker; tasks not answered yet are rejected. */
  close(): Promise<void>;
}

type Reply<Out> = { id: number; output: Out } | { id: number; error: string };

export function workerPool<In, Out>(entry: string, workerData: unknown, size: number): WorkerPool<In, Out> {
  const waiting = new Map<number, { resolve: (out: Out) => void; reject: (error: Error) => void; worker: number }>();
  const busy = new Array<number>(size).fill(0);
  const fail = (error: Error) => {
    for (const task of waiting.values()) task.reject(error);
    waiting.clear();
  };
  const workers = Array.from({ length: size }, (_, w) => {
    const worker = new Worker(entry, { workerData });
    worker.on('message', (reply: Reply<Out>) => {
      const task = waiting.get(reply.id);
      if (!task) return;
      waiting.delete(reply.id);
      busy[w]!--;
      if ('error' in reply) task.reject(new Error(reply.error));
      else task.resolve(reply.output);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (code !== 0) fail(new Error(`a worker thread stopped with exit code ${code}`));
    });
    return worker;
  });
  let nextId = 0;
  return {
    run(input, transfer = []) {
      // To the worker with the fewest tasks waiting: tasks of unequal size even out.
      const w = busy.indexOf(Math.min(...busy));
      busy[w]!++;
      const id = nextId++;
      return new Promise<Out>((resolve, reject) => {
        waiting.set(id, { resolve, reject, worker: w });
        workers[w]!.postMessage({ id, input }, transfer);
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
