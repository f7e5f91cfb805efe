import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishWords } from '../helpers/english-words.js';
import { fixture, fixturesDir, repoRoot, runEtr, type RunResult } from '../helpers/run-etr.js';

/**
 * Every warning and error etr prints, in Chinese under --lang zh and under ETR_LANG=zh: the
 * failing inputs run end to end, and what they print holds no English words but ids, paths,
 * flags, names of standards and the person's own words.
 */

const profile = (name: string) => join('test', 'fixtures', 'profiles', name);

/** Runs a command in Chinese both ways: with --lang zh, and with ETR_LANG=zh. */
function inChinese(args: readonly string[], options: { stdin?: string } = {}): [string, RunResult][] {
  return [
    ['--lang zh', runEtr([...args, '--lang', 'zh'], options)],
    ['ETR_LANG=zh', runEtr(args, { ...options, env: { ETR_LANG: 'zh' } })],
  ];
}

/**
 * The field names of profiles and catalogs (skills, etrReason, euAiAct…), which messages name as
 * they are to be typed, from the JSON schemas: like ids, they are not translated.
 */
function formatKeys(): string[] {
  const keys = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'properties' && child !== null && typeof child === 'object') for (const name of Object.keys(child)) keys.add(name);
        visit(child);
      }
    }
  };
  for (const kind of ['catalog', 'profile']) visit(JSON.parse(readFileSync(join(repoRoot, 'schema', `${kind}.schema.json`), 'utf8')));
  return [...keys];
}
const fieldNames = formatKeys();

/** What etr printed, without the excerpts of the user's own file under a problem ("  12 | skill: pyhton" and its caret). */
function withoutExcerpts(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s+\d*\s\|/.test(line))
    .join('\n');
}

/** Values the format takes as words, which messages quote as they are to be typed: levels, tiers, a month's pattern. */
const levelWords = ['none', 'novice', 'competent', 'proficient', 'expert'];
const formatValues = [...levelWords, 'critical', 'strict', 'guarded', 'tolerant', 'open', 'YYYY', 'MM', 'eu', 'us', 'cn'];

describe('validate --lang zh reports every broken catalog in Chinese', () => {
  const catalogs = readdirSync(fixturesDir).filter((name) => !name.startsWith('valid') && !name.startsWith('with-'));
  for (const name of catalogs) {
    it(name, () => {
      const result = runEtr(['validate', '--catalog', fixture(name), '--lang', 'zh', '--max-age', '1200']);
      expect(result.stdout, result.stderr).toMatch(/错误|警告/);
      // A catalog's problems quote its own data (titles, keywords, aliases): those are the user's words.
      expect(englishWords(withoutExcerpts(result.stdout + result.stderr), [...fieldNames, ...formatValues, ...catalogWords(name)])).toEqual([]);
    });
  }

  it('says its language in JSON, with the messages and hints in Chinese', () => {
    const result = runEtr(['validate', '--catalog', fixture('unknown-skill'), '--format', 'json'], { env: { ETR_LANG: 'zh' } });
    const report = JSON.parse(result.stdout) as { lang: string; problems: { code: string; message: string; hint: string }[] };
    expect(report.lang).toBe('zh');
    expect(report.problems[0]).toMatchObject({ code: 'unknown-skill', hint: '是不是指“python”？' });
    expect(report.problems[0]!.message).toContain('不存在');
  });

  it('says the language of English JSON too', () => {
    const result = runEtr(['validate', '--catalog', fixture('unknown-skill'), '--format', 'json']);
    expect(JSON.parse(result.stdout)).toHaveProperty('lang', 'en');
  });
});

/** Words a fixture catalog holds that its problems may quote. */
function catalogWords(name: string): string[] {
  const quoted: Record<string, string[]> = {
    'alias-too-short': ['pe'],
    'keyword-conflict': ['Patient'],
    'region-unknown': ['mars'],
    'id-format': ['promptEngineer'],
    'invalid-value': ['senoir'],
    'reference-undated': ['Regulation', 'Annex', 'Rule'],
    'unknown-domain': ['medicl'],
    'unknown-implied-skill': ['pyhton'],
    'unknown-key': ['alias'],
    'unknown-skill': ['pyton'],
    'wrong-type': ['yes'],
  };
  return quoted[name] ?? [];
}

describe('profile problems and warnings are in Chinese', () => {
  const cases: [string, string[]][] = [
    ['unknown-skill.yaml', ['pyhton', 'Typo']],
    ['unknown-key.yaml', []],
    ['unknown-domain.yaml', []],
    ['wrong-type.yaml', []],
    ['level-typo.yaml', levelWords],
    ['level-7.yaml', []],
    ['weights-zero.yaml', []],
    ['both-risks.yaml', ['very', 'low', 'high']],
    ['no-risk.yaml', ['medium', 'very', 'low', 'high']],
    ['duplicate-skill.yaml', []],
    ['current-role-unknown.yaml', ['Data', 'Anotator', 'Annotator']],
    ['preferred-etr-1.5.yaml', []],
  ];
  for (const [name, userWords] of cases) {
    it(name, () => {
      for (const [how, result] of inChinese(['advise', '--profile', profile(name)])) {
        expect(result.stderr, how).toMatch(/错误|警告/);
        expect(englishWords(withoutExcerpts(result.stderr), [...fieldNames, ...formatValues, ...userWords, ...profileWords(name)]), how).toEqual([]);
      }
    });
  }
});

/** The words of a fixture profile itself (its keys and values), which messages quote. */
function profileWords(name: string): string[] {
  const words: Record<string, string[]> = {
    'unknown-key.yaml': ['favouriteColour'],
    'unknown-domain.yaml': ['medcal'],
    'level-typo.yaml': ['expart'],
    'wrong-type.yaml': ['many'],
  };
  return words[name] ?? [];
}

describe('usage errors and command-line mistakes are in Chinese', () => {
  const cases: [string, string[], string[]][] = [
    ['a missing profile', ['advise', '--profile', 'no-such-file.yaml'], []],
    ['an unknown role for show', ['show', 'prompt-enginer'], ['prompt', 'enginer']],
    ['an unknown option', ['advise', '--profle', 'me.yaml'], []],
    ['a missing option value', ['advise', '--profile'], []],
    ['an unknown command', ['advize'], ['advize', 'advise']],
    ['too many arguments', ['show', 'a', 'b'], []],
    ['an invalid choice', ['validate', '--format', 'yaml'], ['text', 'json', 'github', 'sarif', 'codequality']],
    ['an invalid number', ['advise', '--profile', 'data/examples/zh-product-manager.yaml', '--top', '0'], []],
    ['an unknown --set skill', ['advise', '--profile', 'data/examples/zh-product-manager.yaml', '--set', 'cooking=3'], ['cooking']],
    ['an unknown --risk', ['advise', '--profile', 'data/examples/zh-product-manager.yaml', '--risk', 'reckless'], ['reckless', 'very', 'low', 'medium', 'high']],
    ['a missing catalog', ['validate', '--catalog', 'no-such-dir'], []],
    ['an unknown --target', ['plan', '--profile', 'data/examples/zh-product-manager.yaml', '--target', 'astronaut'], ['astronaut']],
    ['advise without a profile', ['advise'], []],
  ];
  for (const [what, args, userWords] of cases) {
    it(what, () => {
      for (const [how, result] of inChinese(args)) {
        expect(result.code, how).toBe(2);
        expect(result.stderr, how).toMatch(/^错误：/);
        expect(englishWords(result.stderr, userWords), how).toEqual([]);
      }
    });
  }

  it('keeps English byte for byte without a language', () => {
    const result = runEtr(['advise', '--profle', 'me.yaml']);
    expect(result.stderr).toBe("error: unknown option '--profle'\n(Did you mean --profile?)\n(run etr advise --help for usage)\n");
  });
});

describe('a batch says its problems in Chinese, and that they are', () => {
  const lines = ['{"name":"A","riskAppetite":"medium","skills":{"pyhton":3}}', '{"name":', '{"name":"B","riskAppetite":"medium","skills":{"python":3}}'].join('\n');

  it('in its JSON lines', () => {
    for (const [how, result] of inChinese(['advise', '--batch', '-'], { stdin: `${lines}\n` })) {
      const [warned, failed, clean] = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { lang?: string; warnings?: { message: string }[]; problems?: { message: string; hint: string }[] });
      expect(warned!.lang, how).toBe('zh');
      expect(warned!.warnings![0]!.message, how).toBe('未知技能“pyhton”，已忽略');
      expect(failed!.lang, how).toBe('zh');
      expect(englishWords(failed!.problems!.map((p) => `${p.message} ${p.hint}`).join('\n')), how).toEqual([]);
      expect(clean, how).not.toHaveProperty('lang');
    }
  });
});
