import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { etrBinary, repoRoot, runEtr } from '../helpers/run-etr.js';

/**
 * The README's recipe across cores (section "Team view"), run locally over two processes:
 *
 *   parallel --pipepart -a people.jsonl --block -1 -j 2 -k 'etr team --batch - --format json > part-{#}.json'
 *   etr team --merge $(ls part-*.json | sort -V) --people --format json
 *
 * With GNU parallel installed, the recipe itself runs. Without it, the test does what the recipe
 * does: splits the input at a line end into two blocks and pipes each into its own `etr team`,
 * both running at once, then merges; the test's name says which it ran.
 */
const hasParallel = spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status === 0;
const how = hasParallel ? 'with GNU parallel, as the README writes it' : 'GNU parallel is not installed: two etr processes run at once on the two halves, as the recipe runs them';

function etrInto(args: string[], input: Buffer, out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [etrBinary, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`etr ${args.join(' ')} exited with ${code}`));
      writeFileSync(out, Buffer.concat(chunks));
      resolve();
    });
    child.stdin.end(input);
  });
}

/** `count` profiles as JSON lines: the examples over and over, each with its own name and years. */
function manyPeople(count: number): string {
  const dir = join(repoRoot, 'data', 'examples');
  const examples = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>);
  return Array.from({ length: count }, (_, i) => `${JSON.stringify({ ...examples[i % examples.length], name: `Person ${i + 1}`, experienceYears: i % 13 })}\n`).join('');
}

describe('etr team across processes', () => {
  it(`merges the parts of a parallel run into the report of one run (${how})`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'etr-team-parallel-'));
    const people = join(dir, 'people.jsonl');
    writeFileSync(people, manyPeople(1000));
    const args = ['team', '--batch', '-', '--people', '--format', 'json'];
    if (hasParallel) {
      const recipe = `parallel --pipepart -a people.jsonl --block -1 -j 2 -k '"${process.execPath}" "${etrBinary}" ${args.join(' ')} > part-{#}.json'`;
      const result = spawnSync('sh', ['-c', recipe], { cwd: dir, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
    } else {
      const bytes = readFileSync(people);
      // A block ends at a line end, as parallel's blocks do (--recend defaults to a newline).
      const cut = bytes.indexOf(0x0a, Math.floor(bytes.length / 2)) + 1;
      await Promise.all([etrInto(args, bytes.subarray(0, cut), join(dir, 'part-1.json')), etrInto(args, bytes.subarray(cut), join(dir, 'part-2.json'))]);
    }
    const parts = readdirSync(dir)
      .filter((f) => /^part-\d+\.json$/.test(f))
      .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
      .map((f) => join(dir, f));
    expect(parts.length).toBe(2);
    const merged = runEtr(['team', '--merge', ...parts, '--format', 'json']);
    expect(merged.code, merged.stderr).toBe(0);
    const whole = runEtr(['team', '--batch', people, '--people', '--format', 'json']);
    expect(whole.code, whole.stderr).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
    expect((JSON.parse(merged.stdout) as { profiles: number }).profiles).toBe(1000);
  }, 120_000);
});
