import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { etrBinary, fixture, repoRoot, runEtr } from '../helpers/run-etr.js';

/*
 * `etr completion SHELL` end to end: bash runs with the script sourced and `etr` on its PATH (a
 * shim for the built binary), and its completion function is asked what it offers, as bash would
 * ask it on Tab. zsh and fish are only checked for syntax, and only where they are installed.
 */
const dir = mkdtempSync(join(tmpdir(), 'etr-completion-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;
const json = <T>(args: string[]) => JSON.parse(runEtr(args).stdout) as T;

let script: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  const shim = join(bin, 'etr');
  writeFileSync(shim, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(etrBinary)} "$@"\n`);
  chmodSync(shim, 0o755);
  env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, FORCE_COLOR: '0' };
  const result = runEtr(['completion', 'bash']);
  expect(result.code).toBe(0);
  script = result.stdout;
  writeFileSync(join(dir, 'etr.bash'), script);
});

/** What bash offers for the last word of `words` (the word being completed; '' for a new one). */
function complete(words: string[], cwd = repoRoot): string[] {
  const program = `source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); _etr; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const result = spawnSync('bash', ['-c', program, 'bash', join(dir, 'etr.bash'), ...words], { cwd, env, encoding: 'utf8', timeout: 20_000 });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout.split('\n').filter((line) => line !== '');
}

describe('etr completion bash', () => {
  const roles = () => json<{ id: string }[]>(['catalog', 'roles', '--format', 'json']).map((r) => r.id);
  const domains = () => json<{ id: string }[]>(['catalog', 'domains', '--format', 'json']).map((d) => d.id);

  it('is a bash script that bash reads without error', () => {
    expect(script).toContain('complete -F _etr etr');
    const result = spawnSync('bash', ['-n', join(dir, 'etr.bash')], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('completes the commands, and no hidden one', () => {
    expect(complete(['etr', ''])).toEqual(['advise', 'plan', 'match', 'team', 'show', 'init', 'import', 'validate', 'catalog', 'schema', 'config', 'completion', 'help']);
    expect(complete(['etr', 'ad'])).toEqual(['advise']);
    expect(complete(['etr', '--no-color', 'sh'])).toEqual(['show']);
    expect(complete(['etr', 'help', 'va'])).toEqual(['validate']);
  });

  it('completes role ids for show and plan --target, domain ids for --domain, from the built-in catalog', () => {
    expect(complete(['etr', 'show', 'clin'])).toEqual(roles().filter((id) => id.startsWith('clin')));
    expect(complete(['etr', 'show', ''])).toEqual(roles());
    expect(complete(['etr', 'plan', '--profile', 'me.yaml', '--target', 'prompt'])).toEqual(roles().filter((id) => id.startsWith('prompt')));
    expect(complete(['etr', 'advise', '--domain', 'med'])).toEqual(['medical']);
    expect(complete(['etr', 'advise', '--domain', ''])).toEqual(domains());
    expect(complete(['etr', 'advise', '--domain', 'finance', '--domain', 'fin'])).toEqual(domains().filter((id) => id.startsWith('fin')));
    // Once the role is given, show takes no further argument.
    expect(complete(['etr', 'show', 'prompt-engineer', ''])).toEqual([]);
  });

  it('takes the ids from a --catalog DIR on the command line', () => {
    const catalog = fixture('valid-minimal');
    const fixtureRoles = json<{ id: string }[]>(['catalog', 'roles', '--catalog', catalog, '--format', 'json']).map((r) => r.id);
    expect(fixtureRoles.length).toBeGreaterThan(0);
    expect(fixtureRoles).not.toEqual(roles());
    expect(complete(['etr', 'show', '--catalog', catalog, ''])).toEqual(fixtureRoles);
    expect(complete(['etr', 'show', '--catalog', '=', catalog, ''])).toEqual(fixtureRoles);
  });

  it('completes the flags of each command', () => {
    const advise = complete(['etr', 'advise', '--']);
    for (const flag of ['--profile', '--batch', '--catalog', '--top', '--domain', '--risk', '--weights', '--set', '--format', '--lang', '--compare', '--strict', '--help', '--no-color', '--debug']) expect(advise).toContain(flag);
    expect(complete(['etr', 'advise', '--pro'])).toEqual(['--profile']);
    expect(complete(['etr', 'plan', '--le'])).toEqual(['--leverage']);
    expect(complete(['etr', 'init', '--f'])).toEqual(['--force']);
    expect(complete(['etr', 'validate', '--st'])).toEqual(['--strict']);
    expect(complete(['etr', '--v'])).toEqual(['--version']);
  });

  it('completes formats, languages, risk appetites and the arguments of catalog, schema and completion', () => {
    expect(complete(['etr', 'advise', '--format', ''])).toEqual(['text', 'json', 'markdown', 'html']);
    expect(complete(['etr', 'plan', '--format', ''])).toEqual(['text', 'json', 'markdown']);
    expect(complete(['etr', 'validate', '--format', 'g'])).toEqual(['github']);
    expect(complete(['etr', 'show', '--format', ''])).toEqual(['text', 'json']);
    expect(complete(['etr', 'advise', '--lang', ''])).toEqual(['en', 'zh']);
    expect(complete(['etr', 'advise', '--risk', 'very'])).toEqual(['very-low', 'very-high']);
    expect(complete(['etr', 'catalog', ''])).toEqual(['domains', 'roles', 'skills']);
    expect(complete(['etr', 'catalog', '--format', 'json', 'ro'])).toEqual(['roles']);
    expect(complete(['etr', 'schema', ''])).toEqual(['profile', 'catalog', 'report', 'match', 'team', 'batch']);
    expect(complete(['etr', 'completion', ''])).toEqual(['bash', 'zsh', 'fish']);
    // No guesses where a number or free text goes.
    expect(complete(['etr', 'advise', '--top', ''])).toEqual([]);
  });

  it('completes a value after "=", as bash splits --format=json', () => {
    expect(complete(['etr', 'advise', '--format', '=', ''])).toEqual(['text', 'json', 'markdown', 'html']);
    expect(complete(['etr', 'advise', '--format', '=', 'j'])).toEqual(['json']);
    expect(complete(['etr', 'advise', '--format', '=', 'json', '--domain', '=', 'med'])).toEqual(['medical']);
    // Without "=" among the word breaks, the option and its value are one word.
    expect(complete(['etr', 'advise', '--lang=z'])).toEqual(['--lang=zh']);
  });

  it('completes files for --profile and directories for --catalog', () => {
    const files = join(dir, 'files');
    mkdirSync(join(files, 'catalogs', 'team'), { recursive: true });
    writeFileSync(join(files, 'me.yaml'), 'name: Me\n');
    writeFileSync(join(files, 'mine.txt'), '');
    expect(complete(['etr', 'advise', '--profile', 'me'], files)).toEqual(['me.yaml']);
    expect(complete(['etr', 'advise', '--profile', 'm'], files).sort()).toEqual(['me.yaml', 'mine.txt']);
    expect(complete(['etr', 'validate', '--catalog', 'c'], files)).toEqual(['catalogs']);
    expect(complete(['etr', 'validate', '--catalog', 'catalogs/'], files)).toEqual(['catalogs/team']);
    expect(complete(['etr', 'validate', '--catalog', 'm'], files)).toEqual([]);
    expect(complete(['etr', 'advise', '--profile=me'], files)).toEqual(['--profile=me.yaml']);
  });
});

describe('etr completion zsh and fish', () => {
  it.each(['zsh', 'fish'])('prints a %s script for etr with every command and the id lookups', (shell) => {
    const result = runEtr(['completion', shell]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    for (const command of ['advise', 'plan', 'show', 'init', 'import', 'validate', 'catalog', 'schema', 'completion']) expect(result.stdout).toContain(command);
    for (const flag of ['profile', 'domain', 'target', 'format', 'lang']) expect(result.stdout).toContain(flag);
    expect(result.stdout).toMatch(/\S+ __ids \$(1|kind) \$catalog/);
    expect(result.stdout).toMatch(/_etr_ids roles/);
    expect(result.stdout).toMatch(/_etr_ids domains/);
    expect(result.stdout).not.toContain('undefined');
  });

  it.skipIf(!has('zsh'))('zsh reads its script without a syntax error', () => {
    const file = join(dir, '_etr');
    writeFileSync(file, runEtr(['completion', 'zsh']).stdout);
    const result = spawnSync('zsh', ['-n', file], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.skipIf(!has('fish'))('fish reads its script without a syntax error', () => {
    const file = join(dir, 'etr.fish');
    writeFileSync(file, runEtr(['completion', 'fish']).stdout);
    const result = spawnSync('fish', ['--no-execute', file], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('etr completion usage', () => {
  it('needs a shell it knows (exit 2)', () => {
    const none = runEtr(['completion']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("missing required argument 'shell'");
    const unknown = runEtr(['completion', 'powershell']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('bash, zsh, fish');
  });

  it('keeps the id lookup out of the help', () => {
    expect(runEtr(['--help']).stdout).not.toContain('__ids');
    const ids = runEtr(['__ids', 'domains']);
    expect(ids.code).toBe(0);
    expect(ids.stdout.split('\n')[0]).toMatch(/^[a-z0-9-]+\t\S/);
  });
});
