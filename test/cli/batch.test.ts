import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canMakeNonBlockingPipe, runEtrDirect, runEtrIntoNonBlockingPipe } from '../helpers/non-blocking-pipe.js';
import { etrBinary, runEtr } from '../helpers/run-etr.js';

const people = [
  { name: 'Ana', riskAppetite: 'high', experienceYears: 3, skills: { Copywriting: 'proficient', 'fact-checking': 3, journalism: 2 }, interests: ['content'] },
  { name: 'Bo', riskAppetite: 'very-low', experienceYears: 8, skills: { python: 4, statistics: 4, 'clinical knowledge': 3 }, interests: ['medical'] },
];

interface BatchLine {
  index: number;
  line: number;
  ok: boolean;
  name?: string;
  results?: { rank: number; role: string; domain: string; score: number; readiness: string; components: Record<string, number> }[];
  warnings?: { code: string }[];
  problems?: { code: string; line: number; column: number | null; file: string }[];
}

const parseLines = (stdout: string): BatchLine[] => stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as BatchLine);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'etr-batch-'));
});

describe('etr advise --batch', () => {
  it('advises each JSON line as `etr advise --profile` would, and says which ones failed', () => {
    const file = join(dir, 'people.jsonl');
    writeFileSync(file, `${JSON.stringify(people[0])}\n{"name":"Cy","skills":{"python":7}}\n\nnot json\n${JSON.stringify(people[1])}\n`);
    const { stdout, stderr, code } = runEtr(['advise', '--batch', file, '--top', '3']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const lines = parseLines(stdout);
    expect(lines.map((l) => [l.index, l.line, l.ok])).toEqual([
      [1, 1, true],
      [2, 2, false],
      [3, 4, false],
      [4, 5, true],
    ]);
    expect(lines[1]!.problems!.map((p) => [p.code, p.line])).toContainEqual(['invalid-level', 2]);
    expect(lines[2]!.problems!.map((p) => p.code)).toEqual(['json-syntax']);
    expect(lines[2]!.problems![0]!.file).toMatch(/people\.jsonl$/);

    // Each good record holds the same top three as the full report for that person.
    for (const [i, person] of [[0, people[0]!], [3, people[1]!]] as const) {
      const profile = join(dir, `person-${i}.yaml`);
      writeFileSync(profile, JSON.stringify(person));
      const report = JSON.parse(runEtr(['advise', '--profile', profile, '--format', 'json', '--top', '3']).stdout) as {
        results: { rank: number; role: { id: string; domain: string }; score: number; readiness: string; components: Record<string, number> }[];
      };
      expect(lines[i]!.name).toBe(person.name);
      expect(lines[i]!.results).toEqual(report.results.map((r) => ({ rank: r.rank, role: r.role.id, domain: r.role.domain, score: r.score, readiness: r.readiness, components: r.components })));
    }
  });

  it('reads a YAML stream from standard input, with problems on the input\'s own lines', () => {
    const stream = 'name: A\nriskAppetite: low\nskills:\n  python: 3\n---\nname: B\nriskAppetite: low\nskills:\n  python: 9\n';
    const { stdout, stderr, code } = runEtr(['advise', '--batch', '-', '--top', '1'], { stdin: stream });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const [a, b] = parseLines(stdout);
    expect(a).toMatchObject({ index: 1, line: 1, ok: true, name: 'A' });
    expect(a!.results).toHaveLength(1);
    expect(b).toMatchObject({ index: 2, line: 6, ok: false });
    expect(b!.problems!.find((p) => p.code === 'invalid-level')).toMatchObject({ file: '<stdin>', line: 9, column: 11 });
  });

  it('exits 0 when every profile was advised, and applies --risk and --domain to each', () => {
    const input = `${people.map((p) => JSON.stringify(p)).join('\n')}\n`;
    const { stdout, code } = runEtr(['advise', '--batch', '-', '--domain', 'finance', '--risk', 'high'], { stdin: input });
    expect(code).toBe(0);
    const lines = parseLines(stdout);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.results!.every((r) => r.domain === 'finance')).toBe(true);
  });

  it('is a usage error (2) with a missing file, or combined with --profile', () => {
    const missing = runEtr(['advise', '--batch', join(dir, 'nope.jsonl')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.jsonl: no such file/);
    const both = runEtr(['advise', '--batch', '-', '--profile', 'data/examples/quant.yaml'], { stdin: '' });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--batch does not combine with --profile/);
    const neither = runEtr(['advise']);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toMatch(/--profile/);
  });

  it('streams: answers each profile while the input is still open', async () => {
    const child = spawn(process.execPath, [etrBinary, 'advise', '--batch', '-', '--top', '1'], { env: { ...process.env, NO_COLOR: '1' } });
    const firstLine = new Promise<string>((resolve) => {
      let out = '';
      child.stdout.on('data', (data: Buffer) => {
        out += data.toString();
        if (out.includes('\n')) resolve(out.split('\n')[0]!);
      });
    });
    child.stdin.write(`${JSON.stringify(people[0])}\n`);
    // The input is still open: the answer must come anyway.
    expect(JSON.parse(await firstLine)).toMatchObject({ index: 1, ok: true, name: 'Ana' });
    child.stdin.end(`${JSON.stringify(people[1])}\n`);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
  });

  describe('into pipes', () => {
    // Thousands of profiles make megabytes of output, more than any pipe holds at once.
    const many = () => {
      const file = join(dir, 'many.jsonl');
      writeFileSync(file, Array.from({ length: 3000 }, (_, i) => JSON.stringify({ ...people[i % 2], name: `Person ${i}` })).join('\n'));
      return file;
    };

    it('| head -1: the first line, nothing on stderr, exit 0, and it stops early', () => {
      const command = `"${process.execPath}" "${etrBinary}" advise --batch "${many()}" | head -1`;
      const result = spawnSync('sh', ['-c', command], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 20_000 });
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout)).toMatchObject({ index: 1, ok: true, name: 'Person 0' });
    });

    // What a non-blocking pipe refuses (EAGAIN) must go to the stream, which the batch then waits
    // on to drain, losing and reordering nothing.
    it.runIf(canMakeNonBlockingPipe)('a non-blocking pipe read late gets every line, in order', () => {
      const args = ['advise', '--batch', many()];
      const result = runEtrIntoNonBlockingPipe(args);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(parseLines(result.stdout).map((l) => l.index)).toEqual(Array.from({ length: 3000 }, (_, i) => i + 1));
      expect(result.stdout).toBe(runEtrDirect(args).stdout);
    });
  });
});
