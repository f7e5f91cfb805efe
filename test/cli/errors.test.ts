import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CommanderError } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debugEnabled, describeInternal, reportFailure } from '../../src/cli/errors.js';
import { InvalidInputError, UsageError } from '../../src/core/errors.js';
import { etrBinary, repoRoot } from '../helpers/run-etr.js';

/*
 * reportFailure in-process: every kind of failure becomes its exit code and a message on stderr;
 * an internal error is one line unless --debug or ETR_DEBUG asks for the stack. The end-to-end
 * case (a real bug, simulated in the built binary) is in failures.test.ts.
 */

let stderr: string;
const savedDebug = process.env.ETR_DEBUG;

beforeEach(() => {
  stderr = '';
  delete process.env.ETR_DEBUG;
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  if (savedDebug === undefined) delete process.env.ETR_DEBUG;
  else process.env.ETR_DEBUG = savedDebug;
});

const plain = () => stderr.replace(/\u001b\[[0-9;]*m/g, '');

function bug(message = 'something broke'): Error {
  const error = new TypeError(message);
  error.stack = `TypeError: ${message}\n    at rank (src/engine/advise.ts:10:5)\n    at main (src/cli/main.ts:12:3)`;
  return error;
}

describe('reportFailure', () => {
  it('commander errors: commander has printed the message; help and version exit 0, the rest 2', () => {
    expect(reportFailure(new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'), [])).toBe(0);
    expect(reportFailure(new CommanderError(1, 'commander.unknownOption', "error: unknown option '--x'"), [])).toBe(2);
    expect(stderr).toBe('');
  });

  it('a usage error: exit 2, the message and the hint', () => {
    expect(reportFailure(new UsageError('me.yaml: no such file', 'check the path'), [])).toBe(2);
    expect(plain()).toBe('error: me.yaml: no such file\n  hint: check the path\n');
  });

  it('invalid input: exit 1, every problem located', () => {
    const problems = [
      { code: 'yaml-syntax' as const, severity: 'error' as const, message: 'bad', file: 'a.yaml', line: 2, column: 3, sourceLine: 'x: [', hint: 'fix it' },
      { code: 'file-too-large' as const, severity: 'error' as const, message: 'the file is 5 MiB, over the limit of 1 MiB', file: 'b.yaml' },
    ];
    expect(reportFailure(new InvalidInputError(problems), [])).toBe(1);
    expect(plain()).toContain('a.yaml:2:3 error bad (yaml-syntax)\n  2 | x: [\n    |   ^\n  hint: fix it');
    expect(plain()).toContain('b.yaml error the file is 5 MiB, over the limit of 1 MiB (file-too-large)');
  });

  it('anything else is a bug: exit 3, one line saying so and how to get the details, no stack', () => {
    expect(reportFailure(bug(), ['node', 'etr', 'advise'])).toBe(3);
    expect(plain()).toMatch(/^internal error: something broke \(a bug in etr: run again with --debug or ETR_DEBUG=1 for the details, and report it at https:\/\/\S+\)\n$/);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('keeps a multi-line or very long message on one line', () => {
    reportFailure(bug('first\nsecond\r\n  third'), []);
    expect(plain()).toMatch(/^internal error: first second third \(a bug in etr/);
    stderr = '';
    reportFailure(bug('x'.repeat(10_000)), []);
    expect(plain().split('\n')).toHaveLength(2);
    expect(plain().length).toBeLessThan(600);
  });

  it('shows the stack with --debug, or with ETR_DEBUG set to anything but "" and "0"', () => {
    expect(reportFailure(bug(), ['node', 'etr', 'advise', '--debug'])).toBe(3);
    expect(plain()).toMatch(/^internal error: TypeError: something broke\n {4}at rank/);
    for (const value of ['1', 'yes']) {
      stderr = '';
      process.env.ETR_DEBUG = value;
      expect(reportFailure(bug(), [])).toBe(3);
      expect(stderr).toMatch(/^\s+at rank/m);
    }
    for (const value of ['0', '']) {
      stderr = '';
      process.env.ETR_DEBUG = value;
      reportFailure(bug(), []);
      expect(stderr).not.toMatch(/^\s+at /m);
    }
  });

  it('reports whatever was thrown, even values that are not errors or cannot be printed', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    const badMessage = Object.defineProperty(new Error(), 'message', {
      get() {
        throw new Error('no');
      },
    });
    for (const [thrown, shown] of [
      ['a plain string', 'a plain string'],
      [null, 'null'],
      [undefined, 'undefined'],
      [42, '42'],
      [hostile, 'an unprintable value was thrown'],
      [badMessage, 'an unprintable value was thrown'],
    ] as const) {
      stderr = '';
      expect(reportFailure(thrown, [])).toBe(3);
      expect(plain()).toMatch(new RegExp(`^internal error: ${shown} \\(a bug in etr`));
    }
  });
});

describe('describeInternal and debugEnabled', () => {
  it('never throws, and gives the stack only when asked', () => {
    expect(describeInternal(bug('m'), false)).toBe('m');
    expect(describeInternal(bug('m'), true)).toContain('    at rank');
    expect(describeInternal(new Error(''), false)).toBe('Error');
    expect(describeInternal('', false)).toBe('unknown error');
  });

  it('reads --debug from the arguments and ETR_DEBUG from the environment', () => {
    expect(debugEnabled(['node', 'etr', '--debug'])).toBe(true);
    expect(debugEnabled(['node', 'etr'])).toBe(false);
    process.env.ETR_DEBUG = '1';
    expect(debugEnabled([])).toBe(true);
    process.env.ETR_DEBUG = '0';
    expect(debugEnabled([])).toBe(false);
  });
});

describe('an internal error in the built binary', () => {
  // The binary is minified; --debug loads it with its source map, so the stack names the sources.
  const breakRiskFit = join(repoRoot, 'test', 'fixtures', 'preload', 'break-risk-fit.cjs');
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['-r', breakRiskFit, etrBinary, 'advise', '--profile', 'data/examples/quant.yaml', ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ETR_DEBUG: '', ...env } });

  it('is one line and exit 3 without --debug', () => {
    const result = run([]);
    expect(result.status).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^internal error: boom \(a bug in etr: run again with --debug/);
    expect(result.stderr.split('\n')).toHaveLength(2);
  });

  it('with --debug or ETR_DEBUG, has a stack that names the TypeScript sources and their functions', () => {
    for (const result of [run(['--debug']), run([], { ETR_DEBUG: '1' })]) {
      expect(result.status).toBe(3);
      expect(result.stderr).toMatch(/^internal error: TypeError: boom\n/);
      expect(result.stderr).toMatch(/ at riskFit \(.*src[\\/]engine[\\/]score\.ts:\d+:\d+\)/);
      expect(result.stderr).toMatch(/ at rankRoles \(.*src[\\/]engine[\\/]rank\.ts:\d+:\d+\)/);
    }
  });
});
