import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { teamBatch } from '../../../src/app/team.js';
import { openCatalog, type CatalogSource } from '../../../src/catalog/source.js';
import { etrBinary, runEtr } from '../../helpers/run-etr.js';
import { batchRecordArb, cutInto, mixedBatchLines, workerEntry } from '../../helpers/batch-records.js';
import { workDir } from '../../helpers/work-dir.js';



async function teamOf(catalog: CatalogSource, chunks: Uint8Array[], jobs: number): Promise<string> {
  const run = await teamBatch({ file: 'people.jsonl', chunks }, { catalog, top: 3, domains: [], overrides: {}, strict: false, people: true, anonymize: false, lang: 'en', ...(jobs > 1 && { jobs: { count: jobs, entry: workerEntry } }) });
  return JSON.stringify(run);
}

describe('etr team --jobs N', () => {
  let catalog: CatalogSource;
  beforeAll(async () => {
    expect(etrBinary).toBeTruthy();
    catalog = await openCatalog(undefined);
  });

  it('gives the same report and problems in worker threads as in one thread, however the input is split into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(batchRecordArb, { minLength: 1, maxLength: 60 }), fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 2, max: 3 }), async (records, cuts, jobs) => {
        const bytes = Buffer.from(`${records.join('\n')}\n`);
        const chunks = cutInto(bytes, cuts);
        expect(await teamOf(catalog, chunks, jobs)).toBe(await teamOf(catalog, [bytes], 1));
      }),
      { numRuns: 10 },
    );
  }, 120_000);

  const { dir } = workDir('team-jobs');
  it('etr team --batch FILE --jobs 2 writes what --jobs 1 writes, over several 64 KiB chunks, with errors and warnings in lines', () => {
    const lines = mixedBatchLines(2500);
    const file = join(dir, 'people.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    // JSON with --people at --top 1 and --anonymize: under the 1 MB a test's output may take.
    const jsonPeople = ['--format', 'json', '--people', '--anonymize', '--top', '1'];
    for (const extra of [jsonPeople, ['--format', 'json'], [], ['--people', '--format', 'markdown'], ['--people', '--lang', 'zh']]) {
      const one = runEtr(['team', '--batch', file, '--jobs', '1', ...extra]);
      const two = runEtr(['team', '--batch', file, '--jobs', '2', ...extra]);
      expect(one.code, extra.join(' ')).toBe(1);
      expect(two, extra.join(' ')).toEqual(one);
    }
    const report = JSON.parse(runEtr(['team', '--batch', file, '--jobs', '2', ...jsonPeople]).stdout) as { profiles: number; failed: number; people: { index: number }[] };
    expect(report.profiles + report.failed).toBe(2500);
    // The people in input order, their indexes as the input numbers them.
    expect(report.people.map((p) => p.index)).toEqual([...report.people.map((p) => p.index)].sort((a, b) => a - b));
    expect(report.failed).toBeGreaterThan(20);
  });

  it('refuses --jobs 0, and --jobs with --merge', () => {
    expect(runEtr(['team', '--batch', '-', '--jobs', '0']).code).toBe(2);
    expect(runEtr(['team', '--merge', 'a.json', '--jobs', '2']).stderr).toContain('--jobs');
  });
});
