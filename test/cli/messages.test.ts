import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { etrBinary, repoRoot, runEtr } from '../helpers/run-etr.js';
import { workDir } from '../helpers/work-dir.js';

/** Messages that say what is really wrong, and one rule where two places read the same thing. */
const { dir: work } = workDir('messages');
const profile = join(repoRoot, 'data', 'examples', 'quant.yaml');

function emptyCatalog(): string {
  const dir = mkdtempSync(join(work, 'empty-'));
  mkdirSync(join(dir, 'roles'));
  writeFileSync(join(dir, 'skills.yaml'), 'skills: []\n');
  writeFileSync(join(dir, 'domains.yaml'), 'domains: []\n');
  writeFileSync(join(dir, 'roles', 'none.yaml'), 'roles: []\n');
  return dir;
}

describe('a catalog with nothing in it', () => {
  it('does not validate: each empty list is an error at its place', () => {
    const result = runEtr(['validate', '--catalog', emptyCatalog()]);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n').filter((l) => l.includes('(catalog-empty)'));
    expect(lines).toHaveLength(3);
    expect(result.stdout).toMatch(/domains\.yaml:1:10 error the catalog lists no domains, so it can rank nobody \(catalog-empty\)/);
    expect(result.stdout).toMatch(/roles\/none\.yaml:1:8 error the catalog lists no roles/);
  });

  it('is what advise and plan say, not that the profile excluded every domain', () => {
    const catalog = emptyCatalog();
    for (const command of ['advise', 'plan']) {
      const result = runEtr([command, '--profile', profile, '--catalog', catalog]);
      expect(result.code, command).toBe(1);
      expect(result.stdout + result.stderr).not.toMatch(/exclude/);
      expect(result.stderr).toContain('the catalog lists no roles');
    }
  });
});

describe('init --out', () => {
  it('asks for a file name when given none', () => {
    for (const out of ['', '  ']) {
      const result = runEtr(['init', '--out', out], { cwd: work });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('--out needs a file name');
    }
  });

  it('names the directory it was given, not its parent, for a name ending in a slash', () => {
    for (const out of ['newdir/', 'exists/']) {
      mkdirSync(join(work, 'exists'), { recursive: true });
      const result = runEtr(['init', '--out', out], { cwd: work });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`--out ${out} names a directory, not a file`);
      expect(result.stderr).toContain(`--out ${out}profile.yaml`);
    }
  });
});

describe('skill levels', () => {
  it('are read by one rule in a profile and in --set: a digit 0–5 or a level word', () => {
    for (const level of ['0x3', '0b11', '5e-0', '03', '3.0', ' 4 ']) {
      const file = join(work, 'level.yaml');
      writeFileSync(file, `name: L\nriskAppetite: medium\nskills:\n  python: ${JSON.stringify(level)}\n`);
      const fromProfile = runEtr(['advise', '--profile', file, '--format', 'json']);
      const fromSet = runEtr(['advise', '--profile', profile, '--set', `python=${level}`, '--format', 'json']);
      const accepted = level.trim() === '4';
      expect(fromProfile.code === 0, `profile ${level}: ${fromProfile.stderr}`).toBe(accepted);
      expect(fromSet.code === 0, `--set ${level}: ${fromSet.stderr}`).toBe(accepted);
    }
  });
});

describe('TERM=dumb', () => {
  const script = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!script)('gets no colour on a terminal, unless FORCE_COLOR asks for it', () => {
    const run = (env: Record<string, string>) => {
      const clean: NodeJS.ProcessEnv = { ...process.env, ...env };
      delete clean.NO_COLOR;
      if (!('FORCE_COLOR' in env)) delete clean.FORCE_COLOR;
      return spawnSync('script', ['-qec', `node ${etrBinary} catalog domains`, '/dev/null'], { env: clean, encoding: 'utf8', timeout: 20_000 }).stdout;
    };
    expect(run({ TERM: 'xterm-256color' })).toMatch(/\u001b\[/);
    expect(run({ TERM: 'dumb' })).not.toMatch(/\u001b\[/);
    expect(run({ TERM: 'dumb', FORCE_COLOR: '1' })).toMatch(/\u001b\[/);
  });
});
