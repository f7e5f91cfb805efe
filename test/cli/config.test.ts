import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture, repoRoot, runEtr, type RunResult } from '../helpers/run-etr.js';

interface Settings {
  configFile: { path: string; exists: boolean };
  settings: Record<'catalog' | 'profile' | 'lang' | 'region' | 'hoursPerWeek', { value: string | number | null; source: string }>;
}

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'etr-config-test-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

/** Writes $XDG_CONFIG_HOME/etr/config.yaml in this test's own directory. */
function writeConfig(text: string): string {
  mkdirSync(join(home, 'etr'), { recursive: true });
  const path = join(home, 'etr', 'config.yaml');
  writeFileSync(path, text);
  return path;
}

const etr = (args: string[], env: Record<string, string> = {}): RunResult => runEtr(args, { env: { XDG_CONFIG_HOME: home, ...env } });

function settings(args: string[] = [], env: Record<string, string> = {}): Settings {
  const result = etr(['config', '--format', 'json', ...args], env);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Settings;
}

const roleIds = (result: RunResult) => (JSON.parse(result.stdout) as { id: string }[]).map((r) => r.id);

describe('etr config', () => {
  it('shows the defaults without a config file', () => {
    const { configFile, settings: s } = settings();
    expect(configFile).toEqual({ path: join(home, 'etr', 'config.yaml'), exists: false });
    expect(s.lang).toEqual({ value: 'en', source: 'default' });
    for (const key of ['catalog', 'profile', 'region', 'hoursPerWeek'] as const) expect(s[key]).toEqual({ value: null, source: 'default' });
  });

  it('takes each setting from the config file, relative paths from its folder', () => {
    writeConfig('profile: me.yaml\ncatalog: ./catalog\nlang: zh\nregion: cn\nhoursPerWeek: 12\n');
    const s = settings().settings;
    expect(s.profile).toEqual({ value: join(home, 'etr', 'me.yaml'), source: 'config' });
    expect(s.catalog).toEqual({ value: join(home, 'etr', 'catalog'), source: 'config' });
    expect(s.lang).toEqual({ value: 'zh', source: 'config' });
    expect(s.region).toEqual({ value: 'cn', source: 'config' });
    expect(s.hoursPerWeek).toEqual({ value: 12, source: 'config' });
  });

  it('puts the environment above the config file and a flag above both', () => {
    writeConfig('catalog: /from/config\nlang: zh\nregion: cn\nprofile: me.yaml\nhoursPerWeek: 12\n');
    const env = { ETR_CATALOG: '/from/env', ETR_LANG: 'en', ETR_REGION: 'us' };
    const fromEnv = settings([], env).settings;
    expect(fromEnv.catalog).toEqual({ value: '/from/env', source: 'env' });
    expect(fromEnv.lang).toEqual({ value: 'en', source: 'env' });
    expect(fromEnv.region).toEqual({ value: 'us', source: 'env' });
    const fromFlags = settings(['--catalog', '/from/flag', '--lang', 'zh', '--region', 'eu', '--profile', 'you.yaml', '--hours-per-week', '3'], env).settings;
    expect(fromFlags.catalog).toEqual({ value: '/from/flag', source: 'flag' });
    expect(fromFlags.lang).toEqual({ value: 'zh', source: 'flag' });
    expect(fromFlags.region).toEqual({ value: 'eu', source: 'flag' });
    expect(fromFlags.profile).toEqual({ value: 'you.yaml', source: 'flag' });
    expect(fromFlags.hoursPerWeek).toEqual({ value: 3, source: 'flag' });
  });

  it('counts an empty environment variable as unset', () => {
    writeConfig('catalog: /from/config\nregion: cn\n');
    const s = settings([], { ETR_CATALOG: '', ETR_LANG: ' ', ETR_REGION: '' }).settings;
    expect(s.catalog.source).toBe('config');
    expect(s.lang.source).toBe('default');
    expect(s.region.source).toBe('config');
  });

  it('prints a table, in the configured language', () => {
    writeConfig('lang: zh\n');
    const result = etr(['config'], { ETR_REGION: 'us' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('配置文件：');
    expect(result.stdout).toMatch(/^lang +zh +\[配置文件\]$/m);
    expect(result.stdout).toMatch(/^region +us +\[环境变量 ETR_REGION\]$/m);
    expect(etr(['config', '--lang', 'en']).stdout).toMatch(/^lang +en +\[flag\]$/m);
  });
});

describe('the settings reach the commands', () => {
  const minimal = fixture('valid-minimal');
  const builtIn = roleIds(runEtr(['catalog', 'roles', '--format', 'json']));

  it('ETR_CATALOG is the catalog of every command without --catalog', () => {
    const fromEnv = roleIds(etr(['catalog', 'roles', '--format', 'json'], { ETR_CATALOG: minimal }));
    expect(fromEnv).toEqual(roleIds(runEtr(['catalog', 'roles', '--catalog', minimal, '--format', 'json'])));
    expect(fromEnv).not.toEqual(builtIn);
    expect(roleIds(etr(['catalog', 'roles', '--format', 'json'], { ETR_CATALOG: '' }))).toEqual(builtIn);
    // --catalog wins over it.
    expect(roleIds(etr(['catalog', 'roles', '--format', 'json', '--catalog', minimal], { ETR_CATALOG: join(home, 'none') }))).toEqual(fromEnv);
    // validate checks the catalog it names.
    const missing = etr(['validate'], { ETR_CATALOG: join(home, 'none') });
    expect(missing.code).not.toBe(0);
    expect(missing.stderr + missing.stdout).toContain('none');
  });

  it("the config file's catalog is used below ETR_CATALOG", () => {
    writeConfig(`catalog: ${JSON.stringify(minimal)}\n`);
    expect(roleIds(etr(['catalog', 'roles', '--format', 'json']))).toEqual(roleIds(runEtr(['catalog', 'roles', '--catalog', minimal, '--format', 'json'])));
    expect(roleIds(etr(['catalog', 'roles', '--format', 'json'], { ETR_CATALOG: join(repoRoot, 'data', 'catalog') }))).toEqual(builtIn);
  });

  it("advise and plan read the config file's profile, region and hours when no flag gives them", () => {
    writeConfig(`profile: ${JSON.stringify(join(repoRoot, 'data', 'examples', 'clinician.yaml'))}\nregion: cn\nhoursPerWeek: 7\n`);
    const advised = etr(['advise', '--format', 'json']);
    expect(advised.code).toBe(0);
    const report = JSON.parse(advised.stdout) as { region: string | null; profile: { hoursPerWeek: number } };
    expect(report.region).toBe('cn');
    expect(report.profile.hoursPerWeek).toBe(7);
    const flagged = JSON.parse(etr(['advise', '--format', 'json', '--region', 'us', '--hours-per-week', '3']).stdout) as typeof report;
    expect([flagged.region, flagged.profile.hoursPerWeek]).toEqual(['us', 3]);
    expect(etr(['plan']).code).toBe(0);
  });

  it('plan without --profile and without a configured one is a usage error', () => {
    const result = etr(['plan']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("required option '--profile <file>' not specified");
  });

  it("the config file's lang is the language of reports and of errors", () => {
    writeConfig('lang: zh\n');
    const missing = etr(['show', 'no-such-role']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('错误：');
    const unknownOption = etr(['show', '--no-such-flag']);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain('错误：');
    expect(etr(['show', 'no-such-role'], { ETR_LANG: 'en' }).stderr).toContain('error:');
  });
});

describe('a bad config file', () => {
  const fails = (text: string, args: string[] = ['catalog', 'domains']) => {
    const path = writeConfig(text);
    const result = etr(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    return { stderr: result.stderr, path };
  };

  it('names an unknown setting, where it is, and the allowed ones', () => {
    const { stderr, path } = fails('lang: en\ncolour: red\n');
    expect(stderr).toContain(`${path}:2:1: unknown setting "colour"`);
    expect(stderr).toContain('profile, catalog, lang, region, hoursPerWeek');
  });

  it('locates a wrong value, in Chinese too', () => {
    expect(fails('region: mars\n').stderr).toContain(':1:9: region "mars": unknown region');
    expect(fails('hoursPerWeek: 100\n').stderr).toContain(':1:15: hoursPerWeek 100: not a number of hours');
    const zh = fails('lang: klingon\n', ['catalog', 'domains', '--lang', 'zh']).stderr;
    expect(zh).toContain('lang "klingon"：未知的语言');
    expect(zh).toContain('可选：');
  });

  it('locates a YAML syntax error, and refuses a list or a directory', () => {
    expect(fails('lang: [zh\n').stderr).toMatch(/config\.yaml:\d+:\d+: /);
    expect(fails('- lang\n').stderr).toContain('must be a mapping of settings');
    rmSync(join(home, 'etr'), { recursive: true });
    mkdirSync(join(home, 'etr', 'config.yaml'), { recursive: true });
    const dir = etr(['catalog', 'domains']);
    expect(dir.code).toBe(2);
    expect(dir.stderr).toContain('config.yaml');
  });

  it('an empty file, or one of comments only, is no settings', () => {
    writeConfig('');
    expect(etr(['catalog', 'domains']).code).toBe(0);
    writeConfig('# lang: zh\n');
    expect(settings().settings.lang).toEqual({ value: 'en', source: 'default' });
  });
});

describe("the README's config file", () => {
  it('is read as the README says', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Configuration'));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
    writeConfig(example);
    const s = settings().settings;
    expect(s.profile).toEqual({ value: join(home, 'etr', 'me.yaml'), source: 'config' });
    expect(s.catalog).toEqual({ value: join(home, 'our-catalog'), source: 'config' });
    expect([s.lang.value, s.region.value, s.hoursPerWeek.value]).toEqual(['zh', 'cn', 6]);
  });
});
