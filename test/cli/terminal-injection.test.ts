import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runEtr, type RunResult } from '../helpers/run-etr.js';
import { workDir } from '../helpers/work-dir.js';

/**
 * Control characters from a profile, a catalog or the command line never reach the terminal raw:
 * not in text or markdown on stdout, not in warnings and errors on stderr. JSON keeps the data as
 * it is (JSON escapes it by its own rules).
 */
const { dir: work } = workDir('terminal');

// ESC sequences that set the window title and clear the screen, BEL, C1's CSI, CR, DEL and a bidi override.
const hostile = '\u001b]0;pwned\u0007\u001b[2J\u009b2J\rX\u007f\u202e';
// Tab and newline stay; everything else a terminal acts on must not appear.
const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function expectSafe(result: RunResult, what: string): void {
  expect(result.stdout, `${what}: stdout`).not.toMatch(raw);
  expect(result.stderr, `${what}: stderr`).not.toMatch(raw);
  expect(result.code, `${what}: ${result.stderr}`).not.toBe(3);
}

function write(name: string, text: string): string {
  const file = join(work, name);
  writeFileSync(file, text);
  return file;
}

const profile = write('hostile.yaml', `name: ${JSON.stringify(`Eve${hostile}`)}\nriskAppetite: medium\nskills:\n  python: 3\n  ${JSON.stringify(`prompt${hostile}`)}: 2\n`);

function hostileCatalog(): string {
  const dir = mkdtempSync(join(work, 'catalog-'));
  cpSync(fixture('valid-minimal'), dir, { recursive: true });
  const roles = join(dir, 'roles', 'content.yaml');
  writeFileSync(roles, readFileSync(roles, 'utf8').replace('title: Prompt Engineer', `title: ${JSON.stringify(`Prompt Engineer${hostile}`)}`));
  const domains = join(dir, 'domains.yaml');
  writeFileSync(domains, readFileSync(domains, 'utf8').replace('name: Content creation', `name: ${JSON.stringify(`Content${hostile}`)}`));
  return dir;
}

describe('control characters from a profile', () => {
  it('are shown as visible characters in text and markdown, in the report and in the warning about the unknown skill', () => {
    for (const args of [
      ['advise', '--profile', profile],
      ['advise', '--profile', profile, '--format', 'markdown'],
      ['plan', '--profile', profile],
      ['plan', '--profile', profile, '--format', 'markdown'],
      ['plan', '--profile', profile, '--leverage'],
    ]) {
      const result = runEtr(args);
      expectSafe(result, args.join(' '));
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('unknown skill');
    }
    const text = runEtr(['advise', '--profile', profile]).stdout;
    expect(text).toContain('Eve␛]0;pwned␇␛[2J');
  });

  it('stay as they are in JSON, where JSON escapes them', () => {
    const result = runEtr(['advise', '--profile', profile, '--format', 'json']);
    expect(result.stdout).not.toMatch(raw);
    expect(JSON.parse(result.stdout).profile.name).toBe(`Eve${hostile}`);
  });

  it('are made visible in the excerpt of a broken profile, with the caret still under the spot', () => {
    const broken = write('broken.yaml', `name: Eve\nriskAppetite: medium\nskills: { python: "\u001b[2J" }\n`);
    const result = runEtr(['advise', '--profile', broken]);
    expectSafe(result, 'broken profile');
    expect(result.code).toBe(1);
  });
});

describe('control characters from a catalog', () => {
  it('are made visible in show, catalog, advise and validate', () => {
    const catalog = hostileCatalog();
    for (const args of [
      ['show', 'prompt-engineer'],
      ['catalog', 'roles'],
      ['catalog', 'domains'],
      ['advise', '--profile', profile],
      ['advise', '--profile', profile, '--format', 'markdown'],
      ['validate'],
      ['validate', '--format', 'github'],
    ]) {
      const result = runEtr([...args, '--catalog', catalog]);
      expectSafe(result, args.join(' '));
    }
    expect(runEtr(['show', 'prompt-engineer', '--catalog', catalog]).stdout).toContain('Prompt Engineer␛]0;pwned');
  });

  it('are made visible in validate\'s messages about a broken value', () => {
    const dir = hostileCatalog();
    const roles = join(dir, 'roles', 'content.yaml');
    writeFileSync(roles, readFileSync(roles, 'utf8').replace('skill: python', `skill: ${JSON.stringify(`py${hostile}`)}`));
    for (const format of ['text', 'github', 'json', 'sarif', 'codequality']) {
      const result = runEtr(['validate', '--catalog', dir, '--format', format]);
      expectSafe(result, `validate ${format}`);
      expect(result.code).toBe(1);
    }
  });
});

describe('control characters on the command line', () => {
  it('are made visible when etr quotes an unknown role, option or value back', () => {
    for (const args of [['show', `x${hostile}`], [`--x${hostile}`], ['advise', '--profile', profile, '--format', `t${hostile}`], ['advise', '--profile', profile, '--risk', `z${hostile}`]]) {
      const result = runEtr(args);
      expectSafe(result, JSON.stringify(args));
      expect(result.code).toBe(2);
    }
  });

  it('are made visible in the name of the file init wrote', () => {
    const out = join(work, `me${'\u001b[2J'}.yaml`);
    const result = runEtr(['init', '--out', out]);
    expectSafe(result, 'init');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('me␛[2J.yaml');
  });
});

describe('control characters in a batch', () => {
  it('are escaped in the JSON lines, names and warnings alike', () => {
    const input = `${JSON.stringify({ name: `Eve${hostile}`, skills: { python: 3, [`x${hostile}`]: 2 } })}\n`;
    const result = runEtr(['advise', '--batch', '-'], { stdin: input });
    expect(result.stdout).not.toMatch(raw);
    const line = JSON.parse(result.stdout.split('\n')[0]!);
    expect(line.name).toBe(`Eve${hostile}`);
    expect(JSON.stringify(line.warnings)).toContain('unknown skill');
  });
});
