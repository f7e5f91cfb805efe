import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenCatalog } from '../helpers/catalog-fixture.js';
import { etrBinary, repoRoot, runEtr, type RunResult } from '../helpers/run-etr.js';
import { workDir } from '../helpers/work-dir.js';

/*
 * Issue #16, end to end against the built binary: files that are not regular files (pipes,
 * sockets, devices, symlink loops) and output into pipes that close early. Whatever etr is given,
 * it never waits for ever, never replaces what is not a regular file, never prints a stack trace,
 * and exits with the documented code.
 */

const { dir: work, afterTests } = workDir('hostile-files');

const canMakeFifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--help']).error === undefined;
const hasBash = spawnSync('bash', ['-c', 'true']).status === 0;

function mkfifo(path: string): void {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo ${path} failed: ${String(made.stderr)}`);
}

/** No stack trace, no Node.js error text: etr's own messages only. */
function expectNoCrash(result: RunResult): void {
  const output = `${result.stdout}\n${result.stderr}`;
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toMatch(/\b[A-Z][A-Za-z]*Error:|node:internal|\(node:\d+\)|EPIPE/);
}

/** etr with a short timeout: a run that would hang fails the test instead of the suite. */
function etr(args: readonly string[], cwd: string, stdin?: string): RunResult {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0' };
  delete env.NO_COLOR;
  delete env.ETR_DEBUG;
  const result = spawnSync(process.execPath, [etrBinary, ...args], { cwd, env, encoding: 'utf8', timeout: 10_000, input: stdin ?? '' });
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

/** A copy of the minimal valid catalog with `prepare` run in it; `name` is how etr shows it from `cwd`. */
function catalogWith(prepare: (dir: string) => void): { dir: string; name: string; cwd: string } {
  const { dir, cleanup } = brokenCatalog([]);
  afterTests(cleanup);
  prepare(dir);
  return { dir, name: basename(dir), cwd: dirname(dir) };
}

/** A shell pipeline whose exit code is etr's (the first command's), not the last one's. */
function pipeline(etrArgs: string, reader: string, options: { cwd?: string } = {}): RunResult {
  const command = `"${process.execPath}" "${etrBinary}" ${etrArgs} | ${reader}; exit \${PIPESTATUS[0]}`;
  const result = spawnSync('bash', ['-c', command], { cwd: options.cwd ?? repoRoot, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, timeout: 20_000 });
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

describe.runIf(canMakeFifo)('a named pipe (FIFO) inside a catalog is never opened', () => {
  for (const file of ['roles/x.yaml', 'skills.yaml']) {
    describe(file, () => {
      const catalog = catalogWith((dir) => {
        rmSync(join(dir, file), { force: true });
        mkfifo(join(dir, file));
      });
      const expected = `${catalog.name}/${file} error the file is a named pipe (FIFO), not a regular file; it was not opened (file-not-regular)`;

      it('etr validate: exit 1, file-not-regular located at the file, at once', () => {
        const result = etr(['validate', '--catalog', catalog.name], catalog.cwd);
        expectNoCrash(result);
        expect(result.code).toBe(1);
        expect(result.stdout).toContain(expected);
      });

      it('etr validate --format json: the problem as data', () => {
        const result = etr(['validate', '--catalog', catalog.name, '--format', 'json'], catalog.cwd);
        expect(result.code).toBe(1);
        const report = JSON.parse(result.stdout) as { problems: { code: string; file: string; line: number | null }[] };
        expect(report.problems).toContainEqual(expect.objectContaining({ code: 'file-not-regular', file: `${catalog.name}/${file}`, line: null }));
      });

      it('etr advise --catalog: exit 1 with the same problem', () => {
        const result = etr(['advise', '--catalog', catalog.name, '--profile', join(repoRoot, 'data/examples/quant.yaml')], catalog.cwd);
        expectNoCrash(result);
        expect(result.code).toBe(1);
        expect(result.stderr).toContain(expected);
      });

      it('the completion helper (__ids) ends too', () => {
        const result = etr(['__ids', 'roles', '--catalog', catalog.name], catalog.cwd);
        expectNoCrash(result);
        expect(result.code).toBe(1);
        expect(result.stdout).toBe('');
      });
    });
  }
});

describe.runIf(process.platform !== 'win32')('a socket inside a catalog', () => {
  let server: Server | undefined;
  afterAll(() => server?.close());

  it('is reported as one, not opened, exit 1', async () => {
    const catalog = catalogWith((dir) => rmSync(join(dir, 'domains.yaml')));
    server = createServer();
    await new Promise<void>((resolve) => server!.listen(join(catalog.dir, 'domains.yaml'), resolve));
    const result = etr(['validate', '--catalog', catalog.name], catalog.cwd);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${catalog.name}/domains.yaml error the file is a socket, not a regular file; it was not opened (file-not-regular)`);
  });
});

describe.runIf(existsSync('/dev/null'))('a device inside a catalog', () => {
  it('a link to /dev/zero as a roles file: refused, not read for ever', () => {
    const catalog = catalogWith((dir) => symlinkSync('/dev/zero', join(dir, 'roles', 'zero.yaml')));
    const result = etr(['validate', '--catalog', catalog.name], catalog.cwd);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${catalog.name}/roles/zero.yaml error the file is a character device, not a regular file; it was not opened (file-not-regular)`);
  });
});

describe.runIf(process.platform !== 'win32')('symlink loops are called so, not "missing"', () => {
  const loops = (dir: string, name: string) => {
    symlinkSync(`${name}.b`, join(dir, `${name}.a`));
    symlinkSync(`${name}.a`, join(dir, `${name}.b`));
  };

  it('a catalog file that is a loop: file-symlink-loop at the file, exit 1', () => {
    const catalog = catalogWith((dir) => {
      rmSync(join(dir, 'skills.yaml'));
      loops(dir, 'loop');
      symlinkSync('loop.a', join(dir, 'skills.yaml'));
    });
    const result = etr(['validate', '--catalog', catalog.name], catalog.cwd);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${catalog.name}/skills.yaml error the file is a symlink loop: following its links leads back to them (file-symlink-loop)`);
    expect(result.stdout).not.toMatch(/missing/);
  });

  it('a roles directory that is a loop: file-symlink-loop, exit 1', () => {
    const catalog = catalogWith((dir) => {
      rmSync(join(dir, 'roles'), { recursive: true });
      loops(dir, 'r');
      symlinkSync('r.a', join(dir, 'roles'));
    });
    const result = etr(['validate', '--catalog', catalog.name], catalog.cwd);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${catalog.name}/roles error the file is a symlink loop`);
  });

  it.each([
    ['--catalog', ['validate', '--catalog', 'loop.a'], 'catalog directory loop.a is a symlink loop'],
    ['--profile', ['advise', '--profile', 'loop.a'], 'loop.a is a symlink loop'],
    ['--batch', ['advise', '--batch', 'loop.a'], 'loop.a is a symlink loop'],
  ])('named with %s: a usage error (exit 2) that says so', (_flag, args, message) => {
    const dir = join(work, `loops-${_flag.slice(2)}`);
    mkdirSync(dir, { recursive: true });
    loops(dir, 'loop');
    const result = etr(args, dir);
    expectNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`error: ${message}`);
  });
});

describe('etr init --out … --force replaces only a regular file', () => {
  const dir = join(work, 'init');
  mkdirSync(dir, { recursive: true });

  it('a regular file is replaced (with --force), as before', () => {
    writeFileSync(join(dir, 'me.yaml'), 'name: Mine\n');
    const result = etr(['init', '--out', 'me.yaml', '--force'], dir);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'me.yaml'), 'utf8')).toMatch(/^# etr profile: edit it/m);
  });

  it.runIf(process.platform !== 'win32')('a link to a regular file: refused (exit 2), the link and its target left as they were', () => {
    writeFileSync(join(dir, 'target.yaml'), 'name: Target\n');
    symlinkSync('target.yaml', join(dir, 'link.yaml'));
    for (const force of [['--force'], []]) {
      const result = etr(['init', '--out', 'link.yaml', ...force], dir);
      expectNoCrash(result);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe('error: link.yaml is a symbolic link; etr neither replaces it nor writes through it\n  hint: name the file itself with --out, or --out - for standard output\n');
    }
    expect(lstatSync(join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'target.yaml'), 'utf8')).toBe('name: Target\n');
  });

  it.runIf(existsSync('/proc/self/fd/1'))('a link to /proc/self/fd/1: refused, still a link', () => {
    symlinkSync('/proc/self/fd/1', join(dir, 'stdout.yaml'));
    const result = etr(['init', '--out', 'stdout.yaml', '--force'], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(readlinkSync(join(dir, 'stdout.yaml'))).toBe('/proc/self/fd/1');
  });

  it.runIf(existsSync('/dev/null'))('a device (/dev/null): refused, and it stays a device, even for root', () => {
    const result = etr(['init', '--out', '/dev/null', '--force'], dir);
    expectNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: /dev/null is a character device, not a regular file; etr writes only regular files');
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it.runIf(canMakeFifo)('a named pipe: refused at once, still a pipe', () => {
    mkfifo(join(dir, 'pipe.yaml'));
    const result = etr(['init', '--out', 'pipe.yaml', '--force'], dir);
    expectNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: pipe.yaml is a named pipe (FIFO), not a regular file; etr writes only regular files');
    expect(lstatSync(join(dir, 'pipe.yaml')).isFIFO()).toBe(true);
  });

  it('20 runs at once without --force: exactly one writes the file, whole; the others exit 2', async () => {
    const race = join(dir, 'race');
    mkdirSync(race);
    const codes = await Promise.all(
      Array.from(
        { length: 20 },
        () =>
          new Promise<number | null>((resolve) => {
            const child = spawn(process.execPath, [etrBinary, 'init', '--out', 'same.yaml'], { cwd: race, stdio: 'ignore' });
            child.on('close', resolve);
          }),
      ),
    );
    expect(codes.filter((c) => c === 0)).toHaveLength(1);
    expect(codes.filter((c) => c === 2)).toHaveLength(19);
    expect(readFileSync(join(race, 'same.yaml'), 'utf8')).toBe(etr(['init', '--out', '-'], race).stdout);
  });
});

describe.runIf(hasBash)('output into a pipe that closes early: etr itself exits 0, nothing on stderr', () => {
  it.each([
    ['--help', 'true'],
    ['--help', 'head -c1'],
    ['advise --help', 'head -1'],
    ['validate --help', 'true'],
    ['--version', 'true'],
    ['-V', 'true'],
    ['catalog roles', 'true'],
  ])('etr %s | %s', (args, reader) => {
    const result = pipeline(args, reader);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('a usage error into a closed pipe still exits 2, with its message on stderr', () => {
    const result = pipeline('--no-such-flag', 'true');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error: unknown option '--no-such-flag'");
    expectNoCrash(result);
  });

  it('etr advise --batch big.jsonl | head -c1 on valid input: exit 0, not a syntax error for a line cut at a read', () => {
    // Lines longer than most, so a 64 KiB read ends inside one.
    const person = { name: 'P', riskAppetite: 'low', skills: { python: 3, statistics: 2, 'prompt engineering': 4 }, interests: ['content', 'medical'] };
    const lines = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ ...person, name: `Person ${i} ${'x'.repeat(i % 97)}` }));
    writeFileSync(join(work, 'big.jsonl'), `${lines.join('\n')}\n`);
    for (const reader of ['head -c1', 'head -1', 'true']) {
      const result = pipeline('advise --batch big.jsonl', reader, { cwd: work });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    }
  });

  it('--batch <(cat file) and --batch /dev/stdin are read as --profile <(…) is', () => {
    writeFileSync(join(work, 'two.jsonl'), '{"name":"A","riskAppetite":"low"}\n{"name":"B","riskAppetite":"high"}\n');
    for (const command of [`"${process.execPath}" "${etrBinary}" advise --batch <(cat two.jsonl) --top 1`, `cat two.jsonl | "${process.execPath}" "${etrBinary}" advise --batch /dev/stdin --top 1`]) {
      const result = spawnSync('bash', ['-c', command], { cwd: work, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, timeout: 20_000 });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { name: string }).name)).toEqual(['A', 'B']);
    }
    const profile = spawnSync('bash', ['-c', `"${process.execPath}" "${etrBinary}" advise --profile <(printf 'name: Pipe\\nriskAppetite: low\\n') --top 1`], { cwd: work, encoding: 'utf8', timeout: 20_000 });
    expect(profile.status).toBe(0);
    expect(profile.stdout).toContain('Career paths for Pipe');
  });
});

describe('a directory given to --batch', () => {
  it('is a usage error, exit 2', () => {
    const result = runEtr(['advise', '--batch', work]);
    expectNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is a directory, not a file/);
  });
});
