import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runEtr } from '../helpers/run-etr.js';

const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };

describe('etr', () => {
  it('--version and -V print the package version', () => {
    for (const flag of ['--version', '-V']) {
      const result = runEtr([flag]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`${version}\n`);
      expect(result.stderr).toBe('');
    }
  });

  it('--help exits 0 and shows the commands, an example and the exit codes', () => {
    const result = runEtr(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: etr');
    expect(result.stdout).toMatch(/^\s+validate \[options\]/m);
    expect(result.stdout).toMatch(/^\s+catalog \[options\] <kind>/m);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('$ etr validate --catalog');
    expect(result.stdout).toContain('Exit codes:');
  });

  it('validate --help exits 0 and shows its options and an example', () => {
    const result = runEtr(['validate', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: etr validate [options]');
    for (const option of ['--catalog <dir>', '--format <format>', '--strict']) expect(result.stdout).toContain(option);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('$ etr validate --catalog ./catalog --format github');
  });

  it('catalog --help exits 0 and shows an example', () => {
    const result = runEtr(['catalog', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: etr catalog [options] <kind>');
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('$ etr catalog domains');
  });

  it('help output has no colour codes and no stack traces', () => {
    const result = runEtr(['--help']);
    expect(result.stdout).not.toMatch(/\u001b\[/);
    expect(result.stderr).not.toContain('    at ');
  });
});
