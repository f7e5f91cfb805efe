import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { brokenCatalog, type CatalogEdit } from '../helpers/catalog-fixture.js';
import { canMakeNonBlockingPipe, runEtrDirect, runEtrIntoNonBlockingPipe } from '../helpers/non-blocking-pipe.js';
import { etrBinary, repoRoot, runEtr, type RunResult } from '../helpers/run-etr.js';
import { workDir } from '../helpers/work-dir.js';

/*
 * Bad input, faults and hostile files, end to end against the built binary: whatever the input,
 * etr exits with the documented code, says what is wrong and where (file:line:col, the line and
 * a caret), never prints a stack trace, and never loses a file. Hostile inputs are generated
 * here, in a temporary directory, rather than committed.
 */

const { dir: work, afterTests } = workDir('failures');

/** Writes a file into the scratch directory and returns its name there (what etr will show). */
function put(name: string, content: string | Buffer): string {
  const path = join(work, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return name;
}

/** etr in the scratch directory, so paths in messages are as short as a user's would be. */
function etr(args: string[], options: { stdin?: string } = {}): RunResult {
  return runEtr(args, { cwd: work, ...options });
}

function advise(profile: string, ...more: string[]): RunResult {
  return etr(['advise', '--profile', profile, ...more]);
}

/** A copy of the valid minimal catalog with edits; `name` is how etr shows it from `cwd`. */
function catalogWith(edits: readonly CatalogEdit[]): { dir: string; name: string; cwd: string } {
  const { dir, cleanup } = brokenCatalog(edits);
  afterTests(cleanup);
  return { dir, name: basename(dir), cwd: dirname(dir) };
}

function validate(catalog: { name: string; cwd: string }, ...more: string[]): RunResult {
  return runEtr(['validate', '--catalog', catalog.name, ...more], { cwd: catalog.cwd });
}

/** No stack trace, no Node.js error or warning text: etr's own messages only. */
function expectNoCrash(result: RunResult): void {
  const output = `${result.stdout}\n${result.stderr}`;
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toMatch(/\b[A-Z][A-Za-z]*Error:|node:internal|\(node:\d+\)|Warning:/);
}

/**
 * A located problem as text output prints it: `file:line:col error message (code)`, then the
 * offending line with a caret under the column.
 */
function expectProblem(output: string, at: { file: string; line: number; column: number; code: string; message?: string | RegExp; source?: string; severity?: string }): void {
  const head = `${at.file}:${at.line}:${at.column} ${at.severity ?? 'error'} `;
  const first = output.split('\n').find((l) => l.startsWith(head) && l.endsWith(`(${at.code})`));
  expect(first, `no line "${head}… (${at.code})" in:\n${output}`).toBeDefined();
  if (typeof at.message === 'string') expect(first).toContain(at.message);
  else if (at.message) expect(first).toMatch(at.message);
  if (at.source !== undefined) {
    const gutter = String(at.line);
    expect(output).toContain(`  ${gutter} | ${at.source.replace(/\t/g, ' ')}\n  ${' '.repeat(gutter.length)} | ${' '.repeat(at.column - 1)}^`);
  }
}

function timed<T>(run: () => T): { result: T; seconds: number } {
  const started = performance.now();
  const result = run();
  return { result, seconds: (performance.now() - started) / 1000 };
}

/** Like runEtr, with room for outputs of many megabytes (runEtr keeps spawnSync's 1 MiB). */
function runBig(args: string[], cwd: string): RunResult {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0' };
  delete env.NO_COLOR;
  delete env.ETR_DEBUG;
  const result = spawnSync(process.execPath, [etrBinary, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 60_000 });
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

const profile = (body: string) => `name: Test\nriskAppetite: medium\n${body}`;

// Root reads any file, so "chmod 000" proves nothing as root: run etr as nobody then, if the
// system allows it, and skip the case otherwise.
const nobody = { uid: 65534, gid: 65534 };
const isRoot = process.getuid?.() === 0;
function runMaybeUnprivileged(args: string[], cwd: string): RunResult {
  const options: SpawnSyncOptions = { cwd, env: { ...process.env, FORCE_COLOR: '0' }, encoding: 'utf8', timeout: 20_000, ...(isRoot ? nobody : {}) };
  const result = spawnSync(process.execPath, [etrBinary, ...args], options);
  if (result.error) throw result.error;
  return { stdout: String(result.stdout), stderr: String(result.stderr), code: result.status };
}
const canTestUnreadable = !isRoot || runMaybeUnprivileged(['--version'], work).code === 0;

describe('file faults: etr advise --profile', () => {
  it('a missing file: exit 2, named, with a hint', () => {
    const result = advise('nowhere/me.yaml');
    expectNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('error: nowhere/me.yaml: no such file\n  hint: check the path\n');
  });

  it('a directory instead of a file: exit 2', () => {
    mkdirSync(join(work, 'a-directory.yaml'), { recursive: true });
    const result = advise('a-directory.yaml');
    expectNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: a-directory.yaml is a directory, not a file');
  });

  it.runIf(canTestUnreadable)('an unreadable file (chmod 000): exit 2, permission denied', () => {
    const name = put('unreadable.yaml', profile(''));
    chmodSync(join(work, name), 0o000);
    const result = runMaybeUnprivileged(['advise', '--profile', name], work);
    expectNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: unreadable.yaml: permission denied');
  });

  it('an empty file: exit 1, yaml-empty at 1:1', () => {
    const result = advise(put('empty.yaml', ''));
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expectProblem(result.stderr, { file: 'empty.yaml', line: 1, column: 1, code: 'yaml-empty', message: 'the file holds no YAML document' });
  });

  it('binary bytes: exit 1, file-binary where the first NUL is', () => {
    const result = advise(put('picture.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])));
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expectProblem(result.stderr, { file: 'picture.yaml', line: 3, column: 1, code: 'file-binary' });
  });

  it('invalid UTF-8 (Latin-1): exit 1, file-encoding at the broken character', () => {
    // "name: Jos" is 9 characters, so the Latin-1 "é" is the 10th.
    const result = advise(put('latin1.yaml', Buffer.concat([Buffer.from('riskAppetite: low\nname: Jos'), Buffer.from([0xe9]), Buffer.from('\n')])));
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expectProblem(result.stderr, { file: 'latin1.yaml', line: 2, column: 10, code: 'file-encoding', message: 'not valid UTF-8' });
    expect(result.stderr).toContain('hint: re-save it as UTF-8');
  });

  it('UTF-16 (as Windows tools write it): exit 1, file-encoding that says so', () => {
    const result = advise(put('utf16.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(profile(''), 'utf16le')])));
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expectProblem(result.stderr, { file: 'utf16.yaml', line: 1, column: 1, code: 'file-encoding', message: 'UTF-16' });
  });

  it('a UTF-8 byte-order mark works', () => {
    const result = advise(put('bom.yaml', `\uFEFF${profile('skills:\n  python: 3\n')}`), '--top', '1', '--format', 'json');
    expectNoCrash(result);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).profile).toMatchObject({ name: 'Test', skills: { python: 3 } });
  });

  it('Windows CRLF line endings work, and errors still name the right line and column', () => {
    const ok = advise(put('crlf.yaml', profile('skills:\n  python: 3\n').replace(/\n/g, '\r\n')), '--top', '1', '--format', 'json');
    expectNoCrash(ok);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).profile.skills).toEqual({ python: 3 });

    const bad = advise(put('crlf-bad.yaml', profile('skills:\n  python: 3\n  sql: 9\n').replace(/\n/g, '\r\n')));
    expectNoCrash(bad);
    expect(bad.code).toBe(1);
    expectProblem(bad.stderr, { file: 'crlf-bad.yaml', line: 5, column: 8, code: 'invalid-level', source: '  sql: 9' });
    expect(bad.stderr).not.toContain('\r');
  });

  it.runIf(existsSync('/dev/stdin'))('reads a pipe given as a path (/dev/stdin, or <(…) in a shell): it cannot seek', () => {
    // Through sh, so standard input is a real pipe (Node's own child pipes are sockets).
    put('piped.yaml', profile('skills:\n  python: 4\n'));
    const command = `cat piped.yaml | "${process.execPath}" "${etrBinary}" advise --profile /dev/stdin --top 1 --format json`;
    const result = spawnSync('sh', ['-c', command], { cwd: work, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, timeout: 20_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).profile.skills).toEqual({ python: 4 });
  });
});

describe('file faults: etr validate --catalog', () => {
  it('a directory where a catalog file belongs: exit 1, catalog-file-missing saying so', () => {
    const catalog = catalogWith([{ file: 'skills.yaml', remove: true }]);
    mkdirSync(join(catalog.dir, 'skills.yaml'));
    const result = validate(catalog);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${catalog.name}/skills.yaml error ${catalog.name}/skills.yaml is a directory, not a file (catalog-file-missing)`);
  });

  it.runIf(canTestUnreadable)('an unreadable catalog file (chmod 000): exit 2, permission denied', () => {
    const catalog = catalogWith([]);
    chmodSync(catalog.dir, 0o755);
    chmodSync(join(catalog.dir, 'roles'), 0o755);
    chmodSync(join(catalog.dir, 'roles', 'content.yaml'), 0o000);
    const result = runMaybeUnprivileged(['validate', '--catalog', catalog.name], catalog.cwd);
    expectNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`error: ${catalog.name}/roles/content.yaml: permission denied`);
  });

  it('an empty file, binary bytes and invalid UTF-8: each located, all at once, exit 1', () => {
    const catalog = catalogWith([
      { file: 'skills.yaml', write: '' },
      { file: 'roles/content.yaml', write: Buffer.concat([Buffer.from('roles:\n  - id: x\0y\n')]) },
      { file: 'roles/medical.yaml', write: Buffer.concat([Buffer.from('roles:\n  - id: caf'), Buffer.from([0xe9]), Buffer.from('\n')]) },
    ]);
    const result = validate(catalog);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expectProblem(result.stdout, { file: `${catalog.name}/roles/content.yaml`, line: 2, column: 10, code: 'file-binary' });
    expectProblem(result.stdout, { file: `${catalog.name}/roles/medical.yaml`, line: 2, column: 12, code: 'file-encoding' });
    expectProblem(result.stdout, { file: `${catalog.name}/skills.yaml`, line: 1, column: 1, code: 'yaml-empty' });
  });

  it('a UTF-8 byte-order mark and CRLF line endings work', () => {
    const original = readFileSync(join(repoRoot, 'test/fixtures/catalogs/valid-minimal/domains.yaml'), 'utf8');
    const catalog = catalogWith([{ file: 'domains.yaml', write: `\uFEFF${original.replace(/\n/g, '\r\n')}` }]);
    const result = validate(catalog);
    expectNoCrash(result);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`catalog ${catalog.name} is valid (2 domains, 3 roles, 3 skills)`);
  });

  it('with CRLF line endings, errors still name the right line and column', () => {
    const original = readFileSync(join(repoRoot, 'test/fixtures/catalogs/valid-minimal/domains.yaml'), 'utf8');
    const catalog = catalogWith([{ file: 'domains.yaml', write: `\uFEFF${original.replace('etr: 0.25', 'etr: 2.5').replace(/\n/g, '\r\n')}` }]);
    const result = validate(catalog);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expectProblem(result.stdout, { file: `${catalog.name}/domains.yaml`, line: 17, column: 10, code: 'out-of-range', source: '    etr: 2.5' });
  });
});

describe('YAML syntax errors: line, column, the line itself and a caret', () => {
  it('tab indentation (profile)', () => {
    const result = advise(put('tab.yaml', profile('skills:\n\tpython: 3\n')));
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expectProblem(result.stderr, { file: 'tab.yaml', line: 4, column: 1, code: 'yaml-tab-indent', source: '\tpython: 3' });
    expect(result.stderr).toContain('hint: YAML indents with spaces only');
  });

  it('an unclosed quote points at the opening quote, not at the end of the file (profile)', () => {
    const result = advise(put('quote.yaml', 'name: "Sam Rivera\nriskAppetite: high\nskills:\n  python: 3\n'));
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expectProblem(result.stderr, { file: 'quote.yaml', line: 1, column: 7, code: 'yaml-syntax', message: 'the text quoted here has no closing "', source: 'name: "Sam Rivera' });
  });

  it('bad indentation points at the misplaced entry (profile)', () => {
    const result = advise(put('indent.yaml', profile('skills:\n    python: 3\n  sql: 2\n')));
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expectProblem(result.stderr, { file: 'indent.yaml', line: 5, column: 3, code: 'yaml-syntax', message: 'all mapping items must start at the same column', source: '  sql: 2' });
  });

  it('an unclosed quote and bad indentation in a catalog', () => {
    const catalog = catalogWith([
      { file: 'skills.yaml', replace: '    name: Python\n', with: "    name: 'Python\n" },
      { file: 'roles/content.yaml', replace: '        importance: 2\n', with: '       importance: 2\n' },
    ]);
    const result = validate(catalog);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expectProblem(result.stdout, { file: `${catalog.name}/skills.yaml`, line: 5, column: 11, code: 'yaml-syntax', source: "    name: 'Python" });
    expectProblem(result.stdout, { file: `${catalog.name}/roles/content.yaml`, line: 14, column: 8, code: 'yaml-syntax', source: '       importance: 2' });
  });
});

describe('document shape', () => {
  it('a duplicate key names the key and where it first appears (profile)', () => {
    const result = advise(put('dup.yaml', profile('skills:\n  python: 2\n  sql: 1\n  python: 4\n')));
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expectProblem(result.stderr, { file: 'dup.yaml', line: 6, column: 3, code: 'yaml-duplicate-key', message: 'the key "python" appears twice in this mapping (first on line 4)', source: '  python: 4' });
  });

  it('1 and "1" are the same key in the data, so they are a duplicate, not a silent overwrite', () => {
    const result = advise(put('dup-number.yaml', profile('weights:\n  1: 0.5\n  "1": 0.7\n')));
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expectProblem(result.stderr, { file: 'dup-number.yaml', line: 5, column: 3, code: 'yaml-duplicate-key' });
  });

  it('a list or a mapping as a key is refused (profile and catalog)', () => {
    const result = advise(put('complex-key.yaml', profile('skills:\n  ? [python, sql]\n  : 3\n')));
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expectProblem(result.stderr, { file: 'complex-key.yaml', line: 4, column: 5, code: 'yaml-syntax', message: 'a key must be plain text' });

    const catalog = catalogWith([{ file: 'domains.yaml', replace: '  - id: content\n', with: '  - id: content\n    ? {a: 1}\n    : x\n' }]);
    const invalid = validate(catalog);
    expectNoCrash(invalid);
    expect(invalid.code).toBe(1);
    expectProblem(invalid.stdout, { file: `${catalog.name}/domains.yaml`, line: 16, column: 7, code: 'yaml-syntax', message: 'a key must be plain text' });
  });

  it.each([
    ['a list', '- python\n- sql\n', 'not a list'],
    ['a scalar', 'just some text\n', 'not a single text'],
    ['a number', '42\n', 'not a single number'],
  ])('a profile that is %s instead of a mapping: exit 1 at 1:1', (_what, text, found) => {
    const result = advise(put(`shape-${found.replace(/\W+/g, '-')}.yaml`, text));
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expectProblem(result.stderr, { file: `shape-${found.replace(/\W+/g, '-')}.yaml`, line: 1, column: 1, code: 'wrong-type', message: `a profile is a mapping of fields (name:, riskAppetite:, skills:, …), ${found}` });
  });

  it('a catalog file that is a scalar: exit 1 at 1:1', () => {
    const catalog = catalogWith([{ file: 'skills.yaml', write: 'python\n' }]);
    const result = validate(catalog);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expectProblem(result.stdout, { file: `${catalog.name}/skills.yaml`, line: 1, column: 1, code: 'wrong-type', message: 'should be a mapping' });
  });

  it('several documents in one file (profile and catalog)', () => {
    const result = advise(put('multi.yaml', `${profile('')}---\nname: Other\n`));
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expectProblem(result.stderr, { file: 'multi.yaml', line: 3, column: 1, code: 'yaml-multiple-documents', message: 'the file holds more than one YAML document', source: '---' });
    expect(result.stderr).not.toContain('parseAllDocuments');

    const catalog = catalogWith([{ file: 'roles/medical.yaml', replace: '  - id: clinical-nlp-engineer\n', with: '---\nroles:\n  - id: clinical-nlp-engineer\n' }]);
    const invalid = validate(catalog);
    expectNoCrash(invalid);
    expect(invalid.code).toBe(1);
    expectProblem(invalid.stdout, { file: `${catalog.name}/roles/medical.yaml`, line: 24, column: 1, code: 'yaml-multiple-documents' });
  });

  it('one document with explicit --- and ... markers is fine', () => {
    const result = advise(put('markers.yaml', `---\n${profile('')}...\n`), '--top', '1');
    expectNoCrash(result);
    expect(result.code).toBe(0);
  });
});

describe('resource exhaustion: refused quickly, with the limit stated', () => {
  const bomb = (levels: number, width: number) =>
    Array.from({ length: levels }, (_, i) => {
      const name = `l${i}`;
      const items = i === 0 ? Array(width).fill('"lol"') : Array(width).fill(`*l${i - 1}`);
      return `${name}: &${name} [${items.join(', ')}]`;
    }).join('\n');

  it('a "billion laughs" profile', () => {
    const name = put('laughs.yaml', `${bomb(12, 12)}\n`);
    const { result, seconds } = timed(() => advise(name));
    expect(seconds).toBeLessThan(3);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expectProblem(result.stderr, { file: 'laughs.yaml', line: 2, column: 10, code: 'yaml-alias-limit', message: 'more than 100 times' });
  });

  it('a "billion laughs" catalog file', () => {
    const catalog = catalogWith([{ file: 'roles/content.yaml', write: `${bomb(12, 12)}\nroles: *l11\n` }]);
    const { result, seconds } = timed(() => validate(catalog));
    expect(seconds).toBeLessThan(3);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expectProblem(result.stdout, { file: `${catalog.name}/roles/content.yaml`, line: 2, column: 10, code: 'yaml-alias-limit', message: 'more than 1000 times' });
  });

  it('10,000 nested [ and 10,000 nested mappings in a profile', () => {
    for (const [name, nested] of [
      ['deep-lists.yaml', `interests: ${'['.repeat(10_000)}${']'.repeat(10_000)}`],
      ['deep-maps.yaml', `weights: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}`],
    ] as const) {
      const { result, seconds } = timed(() => advise(put(name, profile(`${nested}\n`))));
      expect(seconds).toBeLessThan(3);
      expectNoCrash(result);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`^${name.replace('.', '\\.')}:3:\\d+ error the document is nested too deeply to read \\(yaml-too-deep\\)$`, 'm'));
      expect(result.stderr).toContain('hint: flatten the structure; etr reads at most 64 levels of nesting');
    }
  });

  it('block mappings nested 100 deep: over the stated limit of 64 levels', () => {
    const nested = Array.from({ length: 100 }, (_, i) => `${' '.repeat(2 * i)}k${i}:`).join('\n');
    const result = advise(put('deep-block.yaml', `${nested} 1\n`));
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expectProblem(result.stderr, { file: 'deep-block.yaml', line: 65, column: 129, code: 'yaml-too-deep' });
    expect(result.stderr).toContain('at most 64 levels');
  });

  it('10,000 nested [ in a catalog file', () => {
    const catalog = catalogWith([{ file: 'roles/content.yaml', write: `roles: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n` }]);
    const { result, seconds } = timed(() => validate(catalog));
    expect(seconds).toBeLessThan(3);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`^${catalog.name}/roles/content\\.yaml:1:\\d+ error the document is nested too deeply to read \\(yaml-too-deep\\)$`, 'm'));
  });

  it('a profile of 50 MiB (sparse): refused before it is read, with the limit', () => {
    const name = put('huge-sparse.yaml', '');
    truncateSync(join(work, name), 50 * 1024 * 1024);
    const { result, seconds } = timed(() => advise(name));
    expect(seconds).toBeLessThan(3);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('huge-sparse.yaml error the file is 50 MiB, over the limit of 1 MiB (file-too-large)');
  });

  it('a profile of 2 MiB of real text, written in chunks, and the same on standard input', () => {
    const path = join(work, 'huge-text.yaml');
    const fd = openSync(path, 'w');
    const chunk = Buffer.from('# padding padding padding padding padding padding padding padding\n'.repeat(1024));
    for (let written = 0; written < 2 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
    closeSync(fd);
    const result = advise('huge-text.yaml');
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^huge-text\.yaml error the file is 2(\.\d)? MiB, over the limit of 1 MiB \(file-too-large\)$/m);

    // etr stops reading at the limit, so the writer gets EPIPE: feed it through sh and cat.
    const command = `cat huge-text.yaml | "${process.execPath}" "${etrBinary}" advise --profile -`;
    const piped = spawnSync('sh', ['-c', command], { cwd: work, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, timeout: 20_000 });
    expect(piped.status).toBe(1);
    expect(piped.stderr).toBe('<stdin> error standard input is over the limit of 1 MiB (file-too-large)\n  hint: pass a smaller profile\n');
  });

  it('a catalog roles file of 300 MiB (sparse): refused from its size alone, quickly', () => {
    const catalog = catalogWith([{ file: 'roles/huge.yaml', write: '' }]);
    truncateSync(join(catalog.dir, 'roles', 'huge.yaml'), 300 * 1024 * 1024);
    const { result, seconds } = timed(() => validate(catalog));
    expect(seconds).toBeLessThan(3);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${catalog.name}/roles/huge.yaml error the file is 300 MiB, over the limit of 16 MiB (file-too-large)`);
  });

  it('catalog files each under the limit but 75 MiB together (sparse): refused with the total limit', () => {
    const catalog = catalogWith([1, 2, 3, 4, 5].map((i) => ({ file: `roles/part-${i}.yaml`, write: '' })));
    for (let i = 1; i <= 5; i++) truncateSync(join(catalog.dir, 'roles', `part-${i}.yaml`), 15 * 1024 * 1024);
    const { result, seconds } = timed(() => validate(catalog));
    expect(seconds).toBeLessThan(3);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${catalog.name} error the catalog's files add up to 75 MiB, over the limit of 64 MiB (catalog-too-large)`);
  });

  it('a mapping of 50,000 keys is read in linear time', () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `  key${i}: ${i}`).join('\n');
    const { result, seconds } = timed(() => advise(put('wide.yaml', profile(`experienceYears:\n${keys}\n`))));
    expect(seconds).toBeLessThan(6);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expectProblem(result.stderr, { file: 'wide.yaml', line: 4, column: 3, code: 'wrong-type', message: 'experienceYears should be a number, not a mapping' });
  });

  it('30,000 unknown skills: the first ten reported, the rest counted, in linear time', () => {
    const skills = Array.from({ length: 30_000 }, (_, i) => `  skill number ${i}: 2`).join('\n');
    put('many-unknown.yaml', profile(`skills:\n${skills}\n`));
    const { result, seconds } = timed(() => runBig(['advise', '--profile', 'many-unknown.yaml', '--top', '1'], work));
    expect(seconds).toBeLessThan(8);
    expectNoCrash(result);
    expect(result.code).toBe(0);
    expect(result.stderr.match(/\(unknown-skill\)$/gm)).toHaveLength(11);
    expectProblem(result.stderr, { file: 'many-unknown.yaml', line: 4, column: 3, code: 'unknown-skill', severity: 'warning', source: '  skill number 0: 2' });
    expectProblem(result.stderr, { file: 'many-unknown.yaml', line: 14, column: 3, code: 'unknown-skill', severity: 'warning', message: 'and 29,990 more unknown skills, not listed one by one' });
    expect(result.stderr.length).toBeLessThan(5_000);
  });

  it('a value of almost a megabyte is quoted shortened, not in full', () => {
    const long = 'x'.repeat(500_000);
    const result = advise(put('long-values.yaml', profile(`skills:\n  python: ${long}\ninterests: [${long}]\n`)));
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stderr.length).toBeLessThan(5_000);
    expectProblem(result.stderr, { file: 'long-values.yaml', line: 4, column: 11, code: 'invalid-level', message: /^long-values\.yaml:4:11 error skills\.python: "x{39}…" is not a skill level/ });
    // interests are checked against the catalog only once the profile has no errors; alone, a warning.
    const warned = advise(put('long-interest.yaml', profile(`interests: [${long}]\n`)), '--top', '1');
    expectNoCrash(warned);
    expect(warned.code).toBe(0);
    expect(warned.stderr.length).toBeLessThan(5_000);
    expectProblem(warned.stderr, { file: 'long-interest.yaml', line: 3, column: 13, code: 'unknown-domain', severity: 'warning', message: /interests: unknown domain "x{59}…"/ });
  });

  it('a key of almost a megabyte is refused, and not quoted', () => {
    const result = advise(put('long-key.yaml', profile(`? ${'k'.repeat(900_000)}\n: 1\n`)));
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stderr.length).toBeLessThan(5_000);
    expectProblem(result.stderr, { file: 'long-key.yaml', line: 3, column: 3, code: 'yaml-syntax', message: 'a key longer than 1024 characters' });
  });
});

describe('keys named __proto__, constructor and prototype are plain data', () => {
  it('at the top of a profile they are unknown keys (exit 1), each located', () => {
    const result = advise(put('proto.yaml', profile('__proto__:\n  polluted: yes\nconstructor: x\nprototype: y\n')));
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expectProblem(result.stderr, { file: 'proto.yaml', line: 3, column: 1, code: 'unknown-key', message: 'unknown key "__proto__"' });
    expectProblem(result.stderr, { file: 'proto.yaml', line: 5, column: 1, code: 'unknown-key', message: 'unknown key "constructor"' });
    expectProblem(result.stderr, { file: 'proto.yaml', line: 6, column: 1, code: 'unknown-key', message: 'unknown key "prototype"' });
  });

  it('as skill names they are unknown skills (a warning), and the run goes on', () => {
    const result = advise(put('proto-skills.yaml', profile('skills:\n  __proto__: 3\n  constructor: 2\n  prototype: 1\n  python: 2\n')), '--top', '1', '--format', 'json');
    expectNoCrash(result);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).profile.skills).toEqual({ python: 2 });
    expectProblem(result.stderr, { file: 'proto-skills.yaml', line: 4, column: 3, code: 'unknown-skill', severity: 'warning', message: 'unknown skill "__proto__"' });
  });

  it('in a catalog they are unknown keys of the entity, each located', () => {
    const catalog = catalogWith([
      { file: 'domains.yaml', replace: '  - id: content\n', with: '  - id: content\n    __proto__: { polluted: true }\n    constructor: x\n' },
      { file: 'roles/content.yaml', replace: '    outlook:\n', with: '    outlook:\n      prototype: y\n' },
    ]);
    const result = validate(catalog);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expectProblem(result.stdout, { file: `${catalog.name}/domains.yaml`, line: 16, column: 5, code: 'unknown-key', message: 'domain "content": unknown key "__proto__"' });
    expectProblem(result.stdout, { file: `${catalog.name}/domains.yaml`, line: 17, column: 5, code: 'unknown-key', message: 'unknown key "constructor"' });
    expectProblem(result.stdout, { file: `${catalog.name}/roles/content.yaml`, line: 19, column: 7, code: 'unknown-key', message: 'unknown key "prototype" in outlook' });
  });
});

describe('values out of range or of the wrong type: a located error, exit 1', () => {
  // [fixture or inline text, line, column, code, message fragment]
  const profiles: [string, string, number, number, string, string][] = [
    ['wrong type', 'experienceYears: many\n', 3, 18, 'wrong-type', 'experienceYears should be a number, not the text "many"'],
    ['negative level', 'skills:\n  python: -1\n', 4, 11, 'invalid-level', 'skills.python: -1 is not a skill level'],
    ['fractional level', 'skills:\n  python: 2.5\n', 4, 11, 'invalid-level', 'skills.python: 2.5 is not a skill level'],
    ['level .nan', 'skills:\n  python: .nan\n', 4, 11, 'invalid-level', 'skills.python: NaN is not a skill level'],
    ['level .inf', 'skills:\n  python: .inf\n', 4, 11, 'invalid-level', 'skills.python: Infinity is not a skill level'],
    ['level as a list', 'skills:\n  python: [3]\n', 4, 11, 'invalid-level', 'skills.python: a list is not a skill level'],
    ['experience .inf', 'experienceYears: .inf\n', 3, 18, 'wrong-type', 'experienceYears should be a number, not Infinity'],
    ['weight .nan', 'weights: { skill: .nan }\n', 3, 19, 'wrong-type', 'weights.skill should be a number, not NaN'],
    ['weight -.inf', 'weights: { risk: -.inf }\n', 3, 18, 'wrong-type', 'weights.risk should be a number, not -Infinity'],
    ['negative weight', 'weights: { skill: 1, risk: -0.5 }\n', 3, 28, 'out-of-range', 'weights.risk must be at least 0'],
    ['weights all zero', 'weights: { skill: 0, risk: 0, interest: 0 }\n', 3, 10, 'weights-zero', 'the weights add up to 0'],
  ];
  for (const [what, body, line, column, code, message] of profiles) {
    it(`profile: ${what}`, () => {
      const name = put(`values-${what.replace(/\W+/g, '-')}.yaml`, profile(body));
      const result = advise(name);
      expectNoCrash(result);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expectProblem(result.stderr, { file: name, line, column, code, message });
    });
  }

  it.each([
    ['0', 'must be at least 0.000001 (found 0)'],
    ['1', 'must be less than 1 (found 1)'],
    ['1.5', 'must be less than 1 (found 1.5)'],
    ['.nan', 'should be a number, not NaN'],
    ['.inf', 'should be a number, not Infinity'],
  ])('profile: preferredEtr %s', (value, message) => {
    const name = put(`preferred-${value.replace(/\W+/g, '-')}.yaml`, `name: Test\npreferredEtr: ${value}\n`);
    const result = advise(name);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expectProblem(result.stderr, { file: name, line: 2, column: 15, code: /^\./.test(value) ? 'wrong-type' : 'out-of-range', message: `preferredEtr ${message}`, source: `preferredEtr: ${value}` });
  });

  it('catalog: a domain ETR of 0 and of 1, a role override above 1, levels and importances out of range or of the wrong type', () => {
    const catalog = catalogWith([
      { file: 'domains.yaml', replace: 'etr: 0.25', with: 'etr: 1' },
      { file: 'domains.yaml', replace: 'etr: 0.005', with: 'etr: 0' },
      { file: 'roles/medical.yaml', replace: 'etr: 0.001', with: 'etr: 1.5' },
      { file: 'roles/content.yaml', replace: '        level: 3\n', with: '        level: 2.5\n' },
      { file: 'roles/content.yaml', replace: '        level: 2\n', with: '        level: -1\n' },
      { file: 'roles/content.yaml', replace: '        importance: 5\n', with: '        importance: .nan\n' },
      { file: 'roles/content.yaml', replace: '    seniority: entry\n', with: '    seniority: 3\n' },
    ]);
    const result = validate(catalog);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    const file = (f: string) => `${catalog.name}/${f}`;
    expectProblem(result.stdout, { file: file('domains.yaml'), line: 4, column: 10, code: 'out-of-range', message: 'domain "medical": etr must be at least 0.000001 (found 0)', source: '    etr: 0' });
    expectProblem(result.stdout, { file: file('domains.yaml'), line: 17, column: 10, code: 'out-of-range', message: 'domain "content": etr must be less than 1 (found 1)' });
    expectProblem(result.stdout, { file: file('roles/medical.yaml'), line: 8, column: 10, code: 'out-of-range', message: 'etr must be less than 1 (found 1.5)' });
    expectProblem(result.stdout, { file: file('roles/content.yaml'), line: 5, column: 16, code: 'invalid-value', message: 'seniority cannot be number 3' });
    expectProblem(result.stdout, { file: file('roles/content.yaml'), line: 9, column: 16, code: 'wrong-type', message: 'skills[0].level should be a whole number' });
    expectProblem(result.stdout, { file: file('roles/content.yaml'), line: 10, column: 21, code: 'wrong-type', message: 'skills[0].importance should be a number, not NaN' });
    expectProblem(result.stdout, { file: file('roles/content.yaml'), line: 13, column: 16, code: 'out-of-range', message: 'skills[1].level must be at least 1 (found -1)' });
  });

  it.each([['.nan', 'should be a number, not NaN'], ['.inf', 'should be a number, not Infinity'], ['-0.1', 'must be at least 0.000001']])('catalog: a domain ETR of %s', (value, message) => {
    const catalog = catalogWith([{ file: 'domains.yaml', replace: 'etr: 0.25', with: `etr: ${value}` }]);
    const result = validate(catalog, '--format', 'json');
    expectNoCrash(result);
    expect(result.code).toBe(1);
    const { problems } = JSON.parse(result.stdout) as { problems: { code: string; message: string; file: string; line: number; column: number }[] };
    expect(problems).toEqual([expect.objectContaining({ file: `${catalog.name}/domains.yaml`, line: 17, column: 10, message: expect.stringContaining(`etr ${message}`) })]);
  });
});

describe('unknown commands and flags: "did you mean", exit 2', () => {
  const cases: [string[], string, string][] = [
    [['advize'], "error: unknown command 'advize'", 'Did you mean advise?'],
    [['advise', '--profle', 'me.yaml'], "error: unknown option '--profle'", 'Did you mean --profile?'],
    // commander looks "--profle=me.yaml" up whole, and would find nothing to suggest.
    [['advise', '--profle=me.yaml'], "error: unknown option '--profle'", 'Did you mean --profile?'],
    [['advise', '--profile', 'me.yaml', '--tpo', '3'], "error: unknown option '--tpo'", 'Did you mean --top?'],
    [['validate', '--catalg', 'dir'], "error: unknown option '--catalg'", 'Did you mean --catalog?'],
    [['catalog', 'domians'], "error: command-argument value 'domians' is invalid", 'domains, roles, skills'],
  ];
  for (const [args, error, suggestion] of cases) {
    it(`etr ${args.join(' ')}`, () => {
      const result = etr(args);
      expectNoCrash(result);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(error);
      expect(result.stderr).toContain(suggestion);
    });
  }
});

describe('output into a closed pipe', () => {
  it.each([['text', 'Career paths for Sam Rivera'], ['json', '{']])('etr advise … --format %s | head -1: first line, nothing on stderr, exit 0', (format, first) => {
    // The JSON report (about 250 KiB) is larger than a pipe holds, so etr is still writing when head exits.
    const command = `"${process.execPath}" "${etrBinary}" advise --profile data/examples/copywriter.yaml --top 55 --format ${format} | head -1`;
    const result = spawnSync('sh', ['-c', command], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, timeout: 20_000 });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${first}\n`);
    expect(result.stderr).toBe('');
  });

  it('a reader that closes after the first chunk: no EPIPE, nothing on stderr, exit 0', async () => {
    const child = spawn(process.execPath, [etrBinary, 'advise', '--profile', 'data/examples/copywriter.yaml', '--top', '55', '--format', 'json'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let firstChunk = 0;
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    child.stdout.once('data', (data: Buffer) => {
      firstChunk = data.length;
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
    expect(firstChunk).toBeGreaterThan(0);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it.runIf(existsSync('/dev/full'))('an output that cannot be written (a full disk): one line on stderr, exit 2', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [etrBinary, 'catalog', 'roles'], { cwd: repoRoot, stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: 20_000 });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^error: cannot write the output: ENOSPC[^\n]*\n$/);
    } finally {
      closeSync(full);
    }
  });
});

describe('output into a non-blocking pipe', () => {
  // etr writes a result straight to file descriptor 1; what a non-blocking pipe refuses (EAGAIN)
  // must go out through the stream, in order.
  it.runIf(canMakeNonBlockingPipe)('a JSON report larger than the pipe arrives whole', () => {
    const args = ['advise', '--profile', 'data/examples/copywriter.yaml', '--top', '55', '--format', 'json'];
    const result = runEtrIntoNonBlockingPipe(args);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(128 * 1024);
    expect(result.stdout).toBe(runEtrDirect(args).stdout);
  });
});

describe('etr init --force writes atomically', () => {
  it('refuses an existing file without --force; with it, replaces the file whole and leaves no temporary file behind', () => {
    const dir = join(work, 'init');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'me.yaml'), 'name: Mine\n');
    const refused = runEtr(['init', '--out', 'me.yaml'], { cwd: dir });
    expectNoCrash(refused);
    expect(refused.code).toBe(2);
    expect(readFileSync(join(dir, 'me.yaml'), 'utf8')).toBe('name: Mine\n');
    const result = runEtr(['init', '--out', 'me.yaml', '--force'], { cwd: dir });
    expectNoCrash(result);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'me.yaml'), 'utf8')).toMatch(/^# etr profile: edit it/m);
    expect(readdirSync(dir)).toEqual(['me.yaml']);
  });

  it('writes to a file name of 255 characters (the temporary name must stay within the limit)', () => {
    const dir = join(work, 'init-long');
    mkdirSync(dir, { recursive: true });
    const name = `${'p'.repeat(250)}.yaml`;
    const result = runEtr(['init', '--out', name], { cwd: dir });
    expectNoCrash(result);
    expect(result.code).toBe(0);
    expect(readdirSync(dir)).toEqual([name]);
  });

  it('a name too long for the file system is a usage error (exit 2), not a crash', () => {
    const dir = join(work, 'init-too-long');
    mkdirSync(dir, { recursive: true });
    const result = runEtr(['init', '--out', `${'p'.repeat(300)}.yaml`], { cwd: dir });
    expectNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: cannot write p+\.yaml/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('an unexpected internal error', () => {
  // A bug, simulated from outside: a module preloaded with --import makes JSON.stringify throw,
  // so the JSON renderer fails the way a bug in etr would.
  const preload = join(work, 'simulate-bug.mjs');
  writeFileSync(preload, "JSON.stringify = () => { throw new TypeError('simulated fault\\nin two lines'); };\n");
  const crash = (args: string[], env: Record<string, string> = {}) => {
    const environment: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', ...env };
    if (!('ETR_DEBUG' in env)) delete environment.ETR_DEBUG;
    const result = spawnSync(process.execPath, ['--import', pathToFileURL(preload).href, etrBinary, 'catalog', 'domains', '--format', 'json', ...args], { cwd: repoRoot, env: environment, encoding: 'utf8', timeout: 20_000 });
    return { stdout: result.stdout, stderr: result.stderr, code: result.status };
  };

  it('exits 3 with one line: the message, that it is a bug, and how to see the details', () => {
    const result = crash([]);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([expect.any(String), '']);
    expect(result.stderr).toMatch(/^internal error: simulated fault in two lines \(a bug in etr: run again with --debug or ETR_DEBUG=1 for the details, and report it at https:\/\/\S+\)\n$/);
    expectNoCrash(result);
  });

  it('shows the stack with --debug or ETR_DEBUG=1, and not with ETR_DEBUG=0', () => {
    for (const result of [crash(['--debug']), crash([], { ETR_DEBUG: '1' })]) {
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(/^internal error: TypeError: simulated fault/);
      expect(result.stderr).toMatch(/^\s+at /m);
    }
    const quiet = crash([], { ETR_DEBUG: '0' });
    expect(quiet.code).toBe(3);
    expect(quiet.stderr).not.toMatch(/^\s+at /m);
  });
});
