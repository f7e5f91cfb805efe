import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { adviseBatch, type BatchOptions } from '../../../src/app/batch.js';
import { builtinCatalogDir } from '../../../src/catalog/builtin.js';
import { loadCatalog } from '../../../src/catalog/load.js';
import type { Catalog } from '../../../src/model/catalog.js';
import { etrBinary, runEtr } from '../../helpers/run-etr.js';
import { batchRecordArb, cutInto, mixedBatchLines, workerEntry } from '../../helpers/batch-records.js';
import { workDir } from '../../helpers/work-dir.js';



async function output(catalog: Catalog, chunks: Uint8Array[], jobs: number): Promise<string> {
  const options: BatchOptions = { catalog, top: 3, domains: [], overrides: {}, strict: false, ...(jobs > 1 && { jobs: { count: jobs, entry: workerEntry } }) };
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
      fc.asyncProperty(fc.array(batchRecordArb, { minLength: 1, maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 2, max: 3 }), async (records, cuts, jobs) => {
        const bytes = Buffer.from(`${records.join('\n')}\n`);
        const chunks = cutInto(bytes, cuts);
        expect(await output(catalog, chunks, jobs)).toBe(await output(catalog, [bytes], 1));
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  const { dir } = workDir('jobs');
  it('etr advise --batch FILE --jobs 2 writes what --jobs 1 writes, over several 64 KiB chunks, with errors and warnings in lines', () => {
    const lines = mixedBatchLines(2500);
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
