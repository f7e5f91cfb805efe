import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { adviseBatch, type BatchOptions } from '../../../src/app/batch.js';
import { builtinCatalogDir } from '../../../src/catalog/builtin.js';
import { loadCatalog } from '../../../src/catalog/load.js';
import type { Catalog } from '../../../src/model/catalog.js';
import { etrBinary, repoRoot, runEtr } from '../../helpers/run-etr.js';
import { workDir } from '../../helpers/work-dir.js';

/** The built worker entry (npm run build): worker threads run the bundle, as the binary's do. */
const entry = join(repoRoot, 'dist', 'batch-worker.js');

/** Profiles of every kind a batch meets: good, with warnings (an unknown skill), bad JSON, a bad field. */
const recordArb = fc.oneof(
  fc.constant('{"name":"A","riskAppetite":"low","skills":{"python":3,"statistics":2}}'),
  fc.constant('{"name":"B","riskAppetite":"high","skills":{"python":2,"no such skill":4},"interests":["marketing-content"]}'),
  fc.constant('{"name":"C","skills":{"python":9}}'),
  fc.constant('{"name": "D", "skills": {'),
  fc.constant(''),
  fc.integer({ min: 0, max: 5 }).map((level) => `{"name":"E${level}","preferredEtr":0.01,"experienceYears":${level},"skills":{"sql":${level}}}`),
);

async function output(catalog: Catalog, chunks: Uint8Array[], jobs: number): Promise<string> {
  const options: BatchOptions = { catalog, top: 3, domains: [], overrides: {}, strict: false, ...(jobs > 1 && { jobs: { count: jobs, entry } }) };
  const parts: string[] = [];
  let failed = 0;
  for await (const out of adviseBatch({ file: 'people.jsonl', chunks }, options)) {
    parts.push(Buffer.from(out.lines).toString('utf8'));
    failed += out.failed;
  }
  return `${parts.join('')}failed ${failed}`;
}

describe('advise --batch --jobs N', () => {
  let catalog: Catalog;
  beforeAll(async () => {
    expect(etrBinary).toBeTruthy();
    catalog = (await loadCatalog(builtinCatalogDir())).catalog!;
  });

  it('gives the same bytes in worker threads as in one thread, however the input is split into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(recordArb, { minLength: 1, maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 2, max: 3 }), async (records, cuts, jobs) => {
        const bytes = Buffer.from(`${records.join('\n')}\n`);
        const chunks: Uint8Array[] = [];
        for (let at = 0, k = 0; at < bytes.length; k++) chunks.push(bytes.subarray(at, (at += cuts[k % cuts.length]!)));
        expect(await output(catalog, chunks, jobs)).toBe(await output(catalog, [bytes], 1));
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  const { dir } = workDir('jobs');
  it('etr advise --batch FILE --jobs 2 writes what --jobs 1 writes, over several 64 KiB chunks, with errors and warnings in lines', () => {
    const lines = Array.from({ length: 2500 }, (_, i) =>
      i % 97 === 5 ? '{"name": "broken", ' : i % 41 === 3 ? `{"name":"W${i}","skills":{"python":3,"unheard-of skill":2}}` : `{"name":"P${i}","riskAppetite":"${['low', 'medium', 'high'][i % 3]}","skills":{"python":${i % 6},"statistics":${(i * 7) % 6}}}`,
    );
    const file = join(dir, 'people.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const one = runEtr(['advise', '--batch', file, '--top', '1', '--jobs', '1']);
    const two = runEtr(['advise', '--batch', file, '--top', '1', '--jobs', '2']);
    expect(one.code).toBe(1);
    expect(one.stdout.split('\n').length).toBe(2501);
    expect(two).toEqual(one);
    // The language and the region reach the workers too.
    const chineseOne = runEtr(['advise', '--batch', file, '--top', '1', '--jobs', '1', '--lang', 'zh', '--region', 'cn']);
    const chineseTwo = runEtr(['advise', '--batch', file, '--top', '1', '--jobs', '2', '--lang', 'zh', '--region', 'cn']);
    expect(chineseOne.stdout).toContain('"region":"cn"');
    expect(chineseOne.stdout).toContain('"lang":"zh"');
    expect(chineseTwo).toEqual(chineseOne);
  });

  it('refuses --jobs 0', () => {
    const result = runEtr(['advise', '--batch', '-', '--jobs', '0']);
    expect(result.code).toBe(2);
  });
});
