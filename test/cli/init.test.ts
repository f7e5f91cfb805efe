import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assertValid } from '../helpers/json-schema.js';
import { runEtr, type RunResult } from '../helpers/run-etr.js';

const dir = mkdtempSync(join(tmpdir(), 'etr-init-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('etr init', () => {
  const out = join(dir, 'me.yaml');
  let written: RunResult;
  let printed: RunResult;
  let template: string;

  beforeAll(() => {
    written = runEtr(['init', '--out', 'me.yaml'], { cwd: dir });
    printed = runEtr(['init', '--out', '-'], { cwd: dir });
    template = readFileSync(out, 'utf8');
  });

  it('writes a commented starter profile and says how to use it', () => {
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(written.stderr).toBe('wrote me.yaml; edit it, then run: etr advise --profile me.yaml\n');
    const [modeline, title] = template.split('\n');
    expect(modeline).toMatch(/^# yaml-language-server: \$schema=\S+\/schema\/profile\.schema\.json$/);
    expect(title!.startsWith('# etr profile')).toBe(true);
    expect(template).toMatch(/^riskAppetite: medium$/m);
    expect(template).toMatch(/^# Levels: 0 none · 1 novice · 2 advanced-beginner · 3 competent · 4 proficient · 5 expert/m);
    expect(template.split('\n').filter((l) => l.trimStart().startsWith('#')).length).toBeGreaterThan(60);
  });

  it('lists every skill of the catalog once, by category', () => {
    const catalog = runEtr(['catalog', 'skills', '--format', 'json']);
    const ids = (JSON.parse(catalog.stdout) as { id: string }[]).map((s) => s.id).sort();
    expect(ids.length).toBeGreaterThanOrEqual(150);
    const listed = [...template.matchAll(/^ {2}(?:# )?([a-z0-9-]+): \d/gm)].map((m) => m[1]!).filter((id) => !['skill', 'risk', 'interest'].includes(id));
    expect([...listed].sort()).toEqual(ids);
    expect(template).toContain('# --- foundations ---');
    expect(template).toContain('# --- safety-compliance ---');
  });

  it('points editors at the installed profile schema, by a path relative to the profile, and fits it', () => {
    const reference = /^# yaml-language-server: \$schema=(.+)$/m.exec(template)![1]!;
    expect(reference.startsWith('/')).toBe(false);
    // Relative to the profile's real directory (a temporary directory may sit behind a symlink).
    const schemaFile = resolve(realpathSync(dirname(out)), reference);
    expect(existsSync(schemaFile)).toBe(true);
    expect(readFileSync(schemaFile, 'utf8')).toBe(runEtr(['schema', 'profile']).stdout);
    assertValid('profile', parse(template), 'the starter profile');
    const nested = join(dir, 'nested', 'deeper');
    mkdirSync(nested, { recursive: true });
    const deeper = runEtr(['init', '--out', join('nested', 'deeper', 'p.yaml')], { cwd: dir });
    expect(deeper.code).toBe(0);
    const deeperReference = /^# yaml-language-server: \$schema=(.+)$/m.exec(readFileSync(join(nested, 'p.yaml'), 'utf8'))![1]!;
    expect(resolve(realpathSync(nested), deeperReference)).toBe(schemaFile);
  });

  it('prints the same profile to stdout with --out -', () => {
    expect(printed.code).toBe(0);
    expect(printed.stderr).toBe('');
    expect(printed.stdout).toBe(template);
  });

  it('writes a profile that etr advise loads without a warning', () => {
    const result = runEtr(['advise', '--profile', out, '--top', '1']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Career paths for Your Name\n/);
  });

  it('refuses to overwrite an existing file without --force (exit 2, file unchanged)', () => {
    const mine = join(dir, 'mine.yaml');
    writeFileSync(mine, 'name: Mine\n');
    const refused = runEtr(['init', '--out', 'mine.yaml'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('mine.yaml exists; not overwritten');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(mine, 'utf8')).toBe('name: Mine\n');

    const forced = runEtr(['init', '--out', 'mine.yaml', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(mine, 'utf8')).toBe(template);
  });

  it('writes profile.yaml by default, and refuses a directory', () => {
    const here = join(dir, 'default');
    mkdirSync(join(here, 'taken.yaml'), { recursive: true });
    const result = runEtr(['init'], { cwd: here });
    expect(result.code).toBe(0);
    expect(existsSync(join(here, 'profile.yaml'))).toBe(true);
    const directory = runEtr(['init', '--out', 'taken.yaml', '--force'], { cwd: here });
    expect(directory.code).toBe(2);
    expect(directory.stderr).toContain('taken.yaml is a directory');
  });
});
