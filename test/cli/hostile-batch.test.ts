import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenCatalog } from '../helpers/catalog-fixture.js';
import { etrBinary, type RunResult } from '../helpers/run-etr.js';
import { workDir } from '../helpers/work-dir.js';

/*
 * Issue #16, end to end against the built binary: batch input and profiles that would take
 * quadratic time, would be accepted silently, or come in another encoding or YAML form. Every
 * record is answered (or refused, located) in linear time, and what one record makes etr print
 * is bounded.
 */

const { dir: work, afterTests } = workDir('hostile-batch');

interface Problem {
  code: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number | null;
}

interface BatchLine {
  index: number;
  line: number;
  ok: boolean;
  name?: string;
  warnings?: Problem[];
  problems?: Problem[];
}

function put(name: string, content: string | Buffer): string {
  writeFileSync(join(work, name), content);
  return name;
}

/** etr in the scratch directory, with room for big outputs and a timeout that fails a hang. */
function etr(args: readonly string[], stdin?: string | Buffer): RunResult {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0' };
  delete env.NO_COLOR;
  delete env.ETR_DEBUG;
  const result = spawnSync(process.execPath, [etrBinary, ...args], { cwd: work, env, encoding: 'utf8', timeout: 30_000, maxBuffer: 64 * 1024 * 1024, input: stdin ?? '' });
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

function batch(file: string, ...more: string[]): { lines: BatchLine[]; result: RunResult } {
  const result = etr(['advise', '--batch', file, '--top', '1', ...more]);
  expectNoCrash(result);
  const lines = result.stdout === '' ? [] : result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as BatchLine);
  return { lines, result };
}

function expectNoCrash(result: RunResult): void {
  const output = `${result.stdout}\n${result.stderr}`;
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toMatch(/\b[A-Z][A-Za-z]*Error:|node:internal|\(node:\d+\)/);
}

function timed<T>(run: () => T): { value: T; seconds: number } {
  const started = performance.now();
  const value = run();
  return { value, seconds: (performance.now() - started) / 1000 };
}

const good = JSON.stringify({ name: 'Good', riskAppetite: 'low', skills: { python: 3 } });

describe('quadratic time: one huge record is linear, and what it prints is bounded', () => {
  it('a batch line of 868 KB with 80,000 distinct unknown skills: quick, ten warnings and a count', () => {
    const skills = Object.fromEntries(Array.from({ length: 80_000 }, (_, i) => [`k${i}`, 2]));
    const line = JSON.stringify({ name: 'Wide', riskAppetite: 'low', skills });
    expect(line.length).toBeGreaterThan(850_000);
    put('wide.jsonl', `${line}\n${good}\n`);
    const { value, seconds } = timed(() => batch('wide.jsonl'));
    expect(seconds).toBeLessThan(5);
    const { lines, result } = value;
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBeLessThan(10_000);
    expect(lines.map((l) => [l.index, l.ok, l.name])).toEqual([
      [1, true, 'Wide'],
      [2, true, 'Good'],
    ]);
    const warnings = lines[0]!.warnings!;
    expect(warnings).toHaveLength(11);
    expect(warnings.filter((w) => w.code === 'unknown-skill')).toHaveLength(11);
    expect(warnings.map((w) => w.message)).toContain('and 79,990 more unknown skills, not listed one by one');
  });

  it('the same under --strict: a failed record of ten errors and a count', () => {
    const { lines, result } = batch('wide.jsonl', '--strict');
    expect(result.code).toBe(1);
    expect(lines[0]!.ok).toBe(false);
    expect(lines[0]!.problems!.map((p) => p.message)).toContain('and 79,990 more unknown skills, not listed one by one');
    expect(lines[1]!.ok).toBe(true);
  });

  it('25,000 keys that all name one skill: linear, ten duplicate-skill warnings and a count', () => {
    // "prompt engineering" spelt 25,000 ways: separators (" ", "_", "-") written as i in base 3.
    const separators = (i: number) => i.toString(3).replace(/0/g, ' ').replace(/1/g, '_').replace(/2/g, '-');
    const skills = Object.fromEntries(Array.from({ length: 25_000 }, (_, i) => [`${i % 2 ? 'Prompt' : 'prompt'}${separators(i)}engineering`, 3]));
    put('repeats.jsonl', `${JSON.stringify({ name: 'R', riskAppetite: 'low', skills })}\n`);
    const { value, seconds } = timed(() => batch('repeats.jsonl'));
    expect(seconds).toBeLessThan(5);
    const warnings = value.lines[0]!.warnings!;
    expect(warnings.filter((w) => w.code === 'duplicate-skill')).toHaveLength(11);
    expect(warnings.map((w) => w.message)).toContain('and 24,989 more skills named twice, not listed one by one');
  });

  it('80,000 unknown interests, 60,000 levels that are not levels, and 80,000 repeated keys: each bounded', () => {
    const interests = Array.from({ length: 80_000 }, (_, i) => `d${i}`);
    const badLevels = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`python${i}`, 9]));
    const repeatedKeys = `{"name":"K","riskAppetite":"low","skills":{${Array.from({ length: 80_000 }, () => '"k":2').join(',')}}}`;
    put('three.jsonl', [JSON.stringify({ name: 'I', riskAppetite: 'low', interests }), JSON.stringify({ name: 'L', riskAppetite: 'low', skills: badLevels }), repeatedKeys, good].join('\n'));
    const { value, seconds } = timed(() => batch('three.jsonl'));
    expect(seconds).toBeLessThan(8);
    const { lines, result } = value;
    expect(result.stdout.length).toBeLessThan(20_000);
    expect(lines.map((l) => l.ok)).toEqual([true, false, false, true]);
    expect(lines[0]!.warnings!.map((w) => w.message)).toContain('and 79,990 more unknown domains, not listed one by one');
    expect(lines[1]!.problems!.map((p) => p.message)).toContain('and 59,990 more skill levels that are not levels, not listed one by one');
    expect(lines[2]!.problems!.filter((p) => p.code === 'json-duplicate-key')).toHaveLength(11);
    expect(lines[2]!.problems!.at(-1)!.message).toBe('and 79,989 more duplicate keys, not listed one by one');
  });

  it('a YAML profile of 30,000 repeated keys: ten errors and a count, in linear time', () => {
    put('dup-keys.yaml', `name: D\nriskAppetite: low\nskills:\n${'  python: 2\n'.repeat(30_000)}`);
    const { value: result, seconds } = timed(() => etr(['advise', '--profile', 'dup-keys.yaml']));
    expect(seconds).toBeLessThan(8);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stderr.match(/\(yaml-duplicate-key\)$/gm)).toHaveLength(11);
    expect(result.stderr).toContain('dup-keys.yaml:15:3 error and 29,989 more duplicate keys, not listed one by one (yaml-duplicate-key)');
  });
});

describe('silent acceptance: what --profile refuses, a batch refuses too, located', () => {
  it('a batch line with bytes that are not UTF-8: file-encoding at its line and column, the others advised', () => {
    put('latin1.jsonl', Buffer.concat([Buffer.from(`${good}\n{"name":"Jos`), Buffer.from([0xe9]), Buffer.from(`","riskAppetite":"low"}\n${good}\n`)]));
    const { lines, result } = batch('latin1.jsonl');
    expect(result.code).toBe(1);
    expect(lines.map((l) => [l.index, l.line, l.ok])).toEqual([
      [1, 1, true],
      [2, 2, false],
      [3, 3, true],
    ]);
    expect(lines[1]!.problems).toEqual([expect.objectContaining({ code: 'file-encoding', file: 'latin1.jsonl', line: 2, column: 13 })]);
    expect(result.stdout).not.toContain('\ufffd');
    // The same bytes through --profile: the same code, the same place.
    put('latin1.yaml', Buffer.concat([Buffer.from('{"name":"Jos'), Buffer.from([0xe9]), Buffer.from('","riskAppetite":"low"}\n')]));
    const single = etr(['advise', '--profile', 'latin1.yaml']);
    expect(single.code).toBe(1);
    expect(single.stderr).toMatch(/^latin1\.yaml:1:13 error the file is not valid UTF-8 text \(file-encoding\)/);
  });

  it('a YAML document with bytes that are not UTF-8: the document fails at the bad byte, the stream goes on', () => {
    put('latin1-stream.yaml', Buffer.concat([Buffer.from('name: A\nriskAppetite: low\n---\nname: B\nskills:\n  caf'), Buffer.from([0xe9]), Buffer.from(': 2\n---\nname: C\nriskAppetite: low\n')]));
    const { lines } = batch('latin1-stream.yaml');
    expect(lines.map((l) => [l.line, l.ok])).toEqual([
      [1, true],
      [4, false],
      [8, true],
    ]);
    expect(lines[1]!.problems).toEqual([expect.objectContaining({ code: 'file-encoding', line: 6, column: 6 })]);
  });

  it.each([
    ['skills: !!omap', 'skills: !!omap\n  - python: 3\n', 3, 9, '!!omap'],
    ['skills: !!set', 'skills: !!set\n  ? python\n', 3, 9, '!!set'],
    ['weights: !!omap', 'weights: !!omap [ {skill: 2} ]\n', 3, 10, '!!omap'],
    ['weights: !!set', 'weights: !!set {skill}\n', 3, 10, '!!set'],
    ['name: !!binary', 'name: !!binary aGVsbG8=\n', 3, 7, '!!binary'],
    ['a tag of its own', 'experienceYears: !years 3\n', 3, 18, '!years'],
  ])('%s in a profile: yaml-unsupported-tag where the tag is, exit 1, with or without --strict', (_what, body, line, column, tag) => {
    put('tagged.yaml', `name: T\nriskAppetite: low\n${body}`);
    for (const strict of [[], ['--strict']]) {
      const result = etr(['advise', '--profile', 'tagged.yaml', ...strict]);
      expectNoCrash(result);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`tagged.yaml:${line}:${column} error the tag ${tag} is not supported: etr reads plain mappings, lists, texts and numbers (yaml-unsupported-tag)`);
    }
  });

  it('the core tags (!!str, !!int, !!map…) still read as before', () => {
    put('core-tags.yaml', 'name: !!str Core\nriskAppetite: low\nexperienceYears: !!int "3"\nskills: !!map\n  python: 3\n');
    const result = etr(['advise', '--profile', 'core-tags.yaml', '--top', '1', '--strict']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Career paths for Core');
  });

  it('a tag in a YAML batch record and in a catalog file: refused the same way', () => {
    put('tagged-stream.yaml', 'name: A\nriskAppetite: low\n---\nname: B\nskills: !!omap\n  - python: 3\n');
    const { lines } = batch('tagged-stream.yaml');
    expect(lines[1]!.problems).toEqual([expect.objectContaining({ code: 'yaml-unsupported-tag', line: 5, column: 9 })]);
    const { dir, cleanup } = brokenCatalog([{ file: 'skills.yaml', replace: 'skills:', with: 'skills: !!set' }]);
    afterTests(cleanup);
    const validate = etr(['validate', '--catalog', dir]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toMatch(/skills\.yaml:\d+:9 error the tag !!set is not supported/);
  });

  it('duplicate keys in a JSON line are an error, as in YAML: a second riskAppetite, a repeated skill, a nested repeat', () => {
    put(
      'dups.jsonl',
      [
        '{"name":"A","riskAppetite":"low","riskAppetite":"very-high"}',
        '{"name":"B","riskAppetite":"low","skills":{"python":1,"python":5}}',
        '{"name":"C","riskAppetite":"low","weights":{"skill":1,"risk":2,"skill":3}}',
        '{"name":"D","name":"E","riskAppetite":"low"}',
        '{"name":"\\u0046","riskAppetite":"low","na\\u006de":"G"}',
        good,
      ].join('\n'),
    );
    const { lines, result } = batch('dups.jsonl');
    expect(result.code).toBe(1);
    expect(lines.map((l) => l.ok)).toEqual([false, false, false, false, false, true]);
    const first = (l: BatchLine) => l.problems![0]!;
    expect(first(lines[0]!)).toMatchObject({ code: 'json-duplicate-key', line: 1, column: 34, message: 'the key "riskAppetite" appears twice in this object (first at column 13)' });
    expect(first(lines[1]!)).toMatchObject({ code: 'json-duplicate-key', line: 2, column: 55, message: 'the key "python" appears twice in this object (first at column 44)' });
    expect(first(lines[2]!)).toMatchObject({ code: 'json-duplicate-key', line: 3, message: 'the key "skill" appears twice in this object (first at column 45)' });
    expect(first(lines[3]!)).toMatchObject({ code: 'json-duplicate-key', line: 4, message: 'the key "name" appears twice in this object (first at column 2)' });
    expect(first(lines[4]!)).toMatchObject({ code: 'json-duplicate-key', line: 5, message: 'the key "name" appears twice in this object (first at column 2)' });
  });

  it('the 1 MiB limit counts bytes: a record of 400,000 CJK characters (1.2 MB) is too large, as a file of it is', () => {
    const cjk = '名'.repeat(400_000);
    const line = JSON.stringify({ name: cjk, riskAppetite: 'low' });
    expect(line.length).toBeLessThan(1024 * 1024);
    expect(Buffer.byteLength(line)).toBeGreaterThan(1024 * 1024);
    put('cjk.jsonl', `${line}\n${good}\n`);
    const { lines, result } = batch('cjk.jsonl');
    expect(result.code).toBe(1);
    expect(lines.map((l) => [l.index, l.line, l.ok])).toEqual([
      [1, 1, false],
      [2, 2, true],
    ]);
    expect(lines[0]!.problems![0]!.code).toBe('record-too-large');
    put('cjk-stream.yaml', `name: ${cjk}\nriskAppetite: low\n---\nname: Small\n`);
    expect(batch('cjk-stream.yaml').lines.map((l) => [l.line, l.ok, l.problems?.[0]?.code])).toEqual([
      [1, false, 'record-too-large'],
      [4, true, undefined],
    ]);
    put('cjk.yaml', `name: ${cjk}\n`);
    expect(etr(['advise', '--profile', 'cjk.yaml']).stderr).toContain('(file-too-large)');
  });
});

describe('batch formats', () => {
  it('a UTF-8 byte-order mark at the start of JSON lines and of a YAML stream is dropped, as --profile drops it', () => {
    put('bom.jsonl', `\ufeff${good}\n${good}\n`);
    const json = batch('bom.jsonl');
    expect(json.result.code).toBe(0);
    expect(json.lines.map((l) => [l.index, l.line, l.ok])).toEqual([
      [1, 1, true],
      [2, 2, true],
    ]);
    put('bom.yaml', '\ufeffname: A\nriskAppetite: low\n---\nname: B\nriskAppetite: low\n');
    expect(batch('bom.yaml').lines.map((l) => [l.line, l.ok, l.name])).toEqual([
      [1, true, 'A'],
      [4, true, 'B'],
    ]);
    // On standard input too.
    const piped = etr(['advise', '--batch', '-', '--top', '1'], `\ufeff${good}\n`);
    expect(piped.code).toBe(0);
  });

  it.each([
    ['little-endian', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${good}\n${good}\n`, 'utf16le')])],
    ['big-endian', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`${good}\n`, 'utf16le').swap16()])],
  ])('a UTF-16 (%s) input: one file-encoding record that says so, exit 1', (_order, bytes) => {
    put('utf16.jsonl', bytes);
    const { lines, result } = batch('utf16.jsonl');
    expect(result.code).toBe(1);
    expect(lines).toEqual([{ index: 1, line: 1, ok: false, problems: [expect.objectContaining({ code: 'file-encoding', message: 'the input is UTF-16 text; etr reads UTF-8', line: 1, column: 1 })] }]);
  });

  it('a YAML stream: a duplicate key, and where it first was, are the input\'s lines', () => {
    put('dup-stream.yaml', 'name: A\nriskAppetite: low\n---\n# B\nname: B\nriskAppetite: low\nname: B2\n');
    const { lines } = batch('dup-stream.yaml');
    expect(lines[1]!.problems).toEqual([expect.objectContaining({ code: 'yaml-duplicate-key', line: 7, column: 1, message: 'the key "name" appears twice in this mapping (first on line 5)' })]);
  });

  it('a YAML stream: a %YAML directive belongs to its document and is not a record of its own', () => {
    put('directive.yaml', '%YAML 1.2\n---\nname: A\nriskAppetite: low\n---\nname: B\nriskAppetite: low\n...\n%YAML 1.2\n--- # C\nname: C\nriskAppetite: low\n');
    const { lines, result } = batch('directive.yaml');
    expect(result.code).toBe(0);
    expect(lines.map((l) => [l.index, l.line, l.ok, l.name])).toEqual([
      [1, 1, true, 'A'],
      [2, 6, true, 'B'],
      [3, 9, true, 'C'],
    ]);
  });

  it('a YAML stream: text after "..." on its line is an error of that document, located, not dropped', () => {
    put('dots.yaml', 'name: A\nriskAppetite: low\n... name: X\nname: B\nriskAppetite: low\n...   # a comment is fine\nname: C\nriskAppetite: low\n');
    const { lines, result } = batch('dots.yaml');
    expect(result.code).toBe(1);
    expect(lines.map((l) => [l.line, l.ok])).toEqual([
      [1, false],
      [4, true],
      [7, true],
    ]);
    expect(lines[0]!.problems![0]).toMatchObject({ code: 'yaml-syntax', line: 3, column: 5 });
    expect(lines[0]!.problems!.every((p) => p.code === 'yaml-syntax' && p.line === 3)).toBe(true);
  });
});

describe('what already worked keeps working', () => {
  it.runIf(process.platform === 'linux' && existsSync('/proc/self/status'))(
    '1,000,000 records from a pipe: all answered, in input order, in bounded memory',
    async () => {
      const total = 1_000_000;
      const child = spawn(process.execPath, [etrBinary, 'advise', '--batch', '-', '--top', '1'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let peakKiB = 0;
      const poll = setInterval(() => {
        try {
          const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (hwm) peakKiB = Math.max(peakKiB, Number(hwm[1]));
        } catch {
          // gone
        }
      }, 100);
      // Written as the child reads, so neither side holds the whole input.
      const lines = [JSON.stringify({ name: 'P', riskAppetite: 'low', skills: { python: 3, statistics: 2 } }), JSON.stringify({ name: 'Q', riskAppetite: 'high', skills: { copywriting: 4 }, interests: ['content'] })];
      void (async () => {
        const block = 2000;
        for (let i = 0; i < total; i += block) {
          const text = `${Array.from({ length: block }, (_, k) => lines[(i + k) % 2]).join('\n')}\n`;
          if (!child.stdin.write(text)) await new Promise((resolve) => child.stdin.once('drain', resolve));
        }
        child.stdin.end();
      })();
      let expected = 1;
      let rest = '';
      let outOfOrder = 0;
      let stderr = '';
      child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
      child.stdout.on('data', (data: Buffer) => {
        const text = rest + data.toString('latin1');
        let start = 0;
        for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
          if (!text.startsWith(`{"index":${expected},`, start) || text.charCodeAt(end - 1) !== 0x7d) outOfOrder++;
          expected++;
          start = end + 1;
        }
        rest = text.slice(start);
      });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      clearInterval(poll);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(outOfOrder).toBe(0);
      expect(rest).toBe('');
      expect(expected - 1).toBe(total);
      expect(peakKiB).toBeLessThan(160 * 1024);
    },
    180_000,
  );

  // Into a file or a shell pipe (a blocking descriptor, which etr writes whole buffers of whole
  // records to). Into a non-blocking one (a Node parent's socket), what the descriptor refuses waits
  // in the stream, and a signal may cut that short: not covered.
  it.each(['SIGINT', 'SIGTERM'] as const)('%s in the middle of a batch: the output file ends on a complete line', async (signal) => {
    const outFile = join(work, `signal-${signal}.ndjson`);
    const out = openSync(outFile, 'w');
    const child = spawn(process.execPath, [etrBinary, 'advise', '--batch', '-', '--top', '3'], { stdio: ['pipe', out, 'pipe'] });
    closeSync(out);
    let stderr = '';
    child.stderr!.on('data', (data: Buffer) => (stderr += data.toString()));
    child.stdin!.on('error', () => undefined);
    // An endless input, so the signal always comes in the middle.
    const feed = setInterval(() => child.stdin!.write(`${Array.from({ length: 500 }, () => good).join('\n')}\n`), 5);
    while (statSync(outFile).size < 200_000) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill(signal);
    const status = await new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, sig) => resolve(sig)));
    clearInterval(feed);
    expect(status).toBe(signal);
    expect(stderr).toBe('');
    const stdout = readFileSync(outFile, 'utf8');
    expect(stdout.endsWith('\n')).toBe(true);
    const lines = stdout.trimEnd().split('\n');
    lines.forEach((l, i) => expect(JSON.parse(l)).toMatchObject({ index: i + 1, ok: true }));
  });

  it('one bad record among good ones: it alone fails, located, and the batch goes on (exit 1)', () => {
    put('mixed.jsonl', `${good}\n{"name":"X","skills":{"python":7}}\nnot json\n${good}\n`);
    const { lines, result } = batch('mixed.jsonl');
    expect(result.code).toBe(1);
    expect(lines.map((l) => [l.line, l.ok])).toEqual([
      [1, true],
      [2, false],
      [3, false],
      [4, true],
    ]);
  });
});
