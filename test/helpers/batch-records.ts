import fc from 'fast-check';
import { join } from 'node:path';
import { repoRoot } from './run-etr.js';

/*
 * What the tests of worker threads (advise --batch --jobs, team --jobs) share: the built worker,
 * records of every kind, input cut into chunks anywhere, and a larger input file's lines.
 */

/** The built worker entry (npm run build): worker threads run the bundle, as the binary's do. */
export const workerEntry = join(repoRoot, 'dist', 'batch-worker.js');

/**
 * Profiles of every kind a batch meets: good, with warnings (an unknown skill), bad JSON, a bad
 * field, skills named as people name them (a worker looks those up with the names it was handed).
 */
export const batchRecordArb = fc.oneof(
  fc.constant('{"name":"A","riskAppetite":"low","skills":{"python":3,"statistics":2}}'),
  fc.constant('{"name":"F","skills":{"Prompt Engineering":3,"统计学":2}}'),
  fc.constant('{"name":"B","riskAppetite":"high","skills":{"python":2,"no such skill":4},"interests":["marketing-content"]}'),
  fc.constant('{"name":"C","skills":{"python":9}}'),
  fc.constant('{"name": "D", "skills": {'),
  fc.constant(''),
  fc.integer({ min: 0, max: 5 }).map((level) => `{"name":"E${level}","preferredEtr":0.01,"experienceYears":${level},"skills":{"sql":${level}}}`),
);

/** The bytes cut into chunks of the given sizes, in turn, as a reader may hand them over. */
export function cutInto(bytes: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let at = 0, k = 0; at < bytes.length; k++) chunks.push(bytes.subarray(at, (at += sizes[k % sizes.length]!)));
  return chunks;
}

/** Lines of a batch over several 64 KiB chunks: mostly good profiles, some with warnings, some broken. */
export function mixedBatchLines(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    i % 97 === 5 ? '{"name": "broken", ' : i % 41 === 3 ? `{"name":"W${i}","skills":{"python":3,"unheard-of skill":2}}` : `{"name":"P${i}","riskAppetite":"${['low', 'medium', 'high'][i % 3]}","skills":{"python":${i % 6},"statistics":${(i * 7) % 6}}}`,
  );
}
