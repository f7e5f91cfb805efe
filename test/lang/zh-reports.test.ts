import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { openCatalog } from '../../src/catalog/source.js';
import { plainPalette } from '../../src/core/palette.js';
import { renderRoleText } from '../../src/render/role.js';
import { displayWidth } from '../../src/render/table.js';
import { roleDetails } from '../../src/report/role.js';
import { englishWords } from '../helpers/english-words.js';
import { repoRoot, runEtr } from '../helpers/run-etr.js';

/*
 * show, plan (and --leverage), catalog and validate in Chinese: in every format each offers but
 * JSON, no English word is left outside ids, URLs, standards, cited titles and the person's own
 * words; ETR_LANG=zh says the same as --lang zh; --lang en says what no flag says.
 */

const profiles = ['zh-product-manager.yaml', 'clinician.yaml'];
/** The words of a profile that output may repeat: the person's name (not the file's comments). */
const userWords = (profile: string) => [String((parse(readFileSync(join(repoRoot, 'data', 'examples', profile), 'utf8')) as { name: string }).name)];

interface Case {
  name: string;
  args: string[];
  formats: string[];
  words: string[];
}

// Roles with their own ETR and their own EU AI Act class, and one with neither.
const roles = ['clinical-nlp-engineer', 'functional-safety-ai-engineer', 'rag-engineer'];

const cases: Case[] = [
  ...roles.map((role) => ({ name: `show ${role}`, args: ['show', role], formats: ['text'], words: [] })),
  ...profiles.flatMap((profile) => [
    { name: `plan ${profile}`, args: ['plan', '--profile', `data/examples/${profile}`], formats: ['text', 'markdown'], words: userWords(profile) },
    { name: `plan --leverage ${profile}`, args: ['plan', '--profile', `data/examples/${profile}`, '--leverage'], formats: ['text', 'markdown'], words: userWords(profile) },
  ]),
  ...['domains', 'roles', 'skills'].map((kind) => ({ name: `catalog ${kind}`, args: ['catalog', kind], formats: ['text'], words: [] })),
  { name: 'validate', args: ['validate'], formats: ['text', 'github'], words: [] },
  { name: 'validate --catalog', args: ['validate', '--catalog', 'test/fixtures/catalogs/valid-minimal'], formats: ['text'], words: [] },
];

describe.each(cases)('etr $name --lang zh', ({ args, formats, words }) => {
  it.each(formats)('prints no English words in %s', (format) => {
    const result = runEtr([...args, '--format', format, '--lang', 'zh']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/[\u4e00-\u9fff]/);
    // A table cuts its last column to the width with "…": a cut word is a piece of a name, not English.
    expect(englishWords((result.stdout + result.stderr).replace(/[A-Za-z]+…/g, '…'), words)).toEqual([]);
  });

  it('says the same with ETR_LANG=zh, and with --lang en what it says without a flag', () => {
    const format = formats.at(-1)!;
    expect(runEtr([...args, '--format', format], { env: { ETR_LANG: 'zh' } }).stdout).toBe(runEtr([...args, '--format', format, '--lang', 'zh']).stdout);
    expect(runEtr([...args, '--format', format, '--lang', 'en'], { env: { ETR_LANG: 'zh' } }).stdout).toBe(runEtr([...args, '--format', format]).stdout);
  });
});

describe('etr show --lang zh, for every role of the built-in catalog', () => {
  it('prints no English words', async () => {
    const { catalog } = await openCatalog(undefined);
    // One text, checked at once: the check's patterns are large.
    const text = catalog.roles.map((role) => renderRoleText(roleDetails(catalog, role, { lang: 'zh' }), plainPalette, 100)).join('\n\n');
    expect(englishWords(text)).toEqual([]);
  }, 120_000);
});

describe('the JSON of a Chinese report', () => {
  it('show: lang, and the catalog\'s translations beside the ids', () => {
    const details = JSON.parse(runEtr(['show', 'clinical-nlp-engineer', '--format', 'json', '--lang', 'zh']).stdout);
    expect(details.lang).toBe('zh');
    expect(details.id).toBe('clinical-nlp-engineer');
    expect(details.title).toBe('Clinical NLP Engineer');
    expect(details.localized.roles['clinical-nlp-engineer'].title).toMatch(/[\u4e00-\u9fff]/);
    expect(details.localized.domains.medical.strategies).toHaveLength(details.strategies.length);
    expect(details.localized.skills.python.name).toBe('Python');
    for (const related of details.related) expect(details.localized.roles[related.id].title).toMatch(/[\u4e00-\u9fff]/);
    expect(JSON.parse(runEtr(['show', 'clinical-nlp-engineer', '--format', 'json']).stdout)).toMatchObject({ lang: 'en', localized: null });
  });

  it('plan and --leverage: lang, and the names of the targets and skills', () => {
    const plan = JSON.parse(runEtr(['plan', '--profile', 'data/examples/zh-product-manager.yaml', '--format', 'json', '--lang', 'zh']).stdout);
    expect(plan.lang).toBe('zh');
    for (const target of plan.targets) expect(plan.localized.roles[target.role].title).toMatch(/[\u4e00-\u9fff]/);
    for (const step of plan.steps) expect(Object.keys(plan.localized.skills)).toContain(step.skill);
    const leverage = JSON.parse(runEtr(['plan', '--profile', 'data/examples/zh-product-manager.yaml', '--leverage', '--format', 'json', '--lang', 'zh']).stdout);
    expect(leverage.lang).toBe('zh');
    for (const entry of leverage.leverage) expect(Object.keys(leverage.localized.skills)).toContain(entry.skill);
  });

  it('catalog: the same array, each item with its translation', () => {
    const english = JSON.parse(runEtr(['catalog', 'roles', '--format', 'json']).stdout);
    const chinese = JSON.parse(runEtr(['catalog', 'roles', '--format', 'json', '--lang', 'zh']).stdout);
    expect(chinese.map(({ localized: _, ...item }: { localized: unknown }) => item)).toEqual(english);
    expect(chinese[0].localized.title).toMatch(/[\u4e00-\u9fff]/);
  });

  it('validate: lang', () => {
    expect(JSON.parse(runEtr(['validate', '--format', 'json', '--lang', 'zh']).stdout).lang).toBe('zh');
  });
});

describe('Chinese text stays aligned', () => {
  it('catalog tables: the last column starts at one display column on every line', () => {
    for (const kind of ['domains', 'roles', 'skills']) {
      // A skill without aliases has no last column; no cell holds two spaces in a row.
      const lines = runEtr(['catalog', kind, '--lang', 'zh']).stdout.trimEnd().split('\n').filter((line) => /^(\S+ +){3}\S/.test(line.replace(/(\S) (?=\S)/g, '$1_')));
      const starts = lines.map((line) => displayWidth(line.slice(0, line.length - /^.*\S {2,}(\S.*)$/.exec(line)![1]!.length)));
      expect(new Set(starts).size, kind).toBe(1);
    }
  });

  it('plan targets and the leverage table line up, and no line is wider than the terminal', () => {
    const plan = runEtr(['plan', '--profile', 'data/examples/zh-product-manager.yaml', '--lang', 'zh'], { env: { COLUMNS: '100' } }).stdout.split('\n');
    const first = plan.indexOf('目标职位') + 1;
    const targets = plan.slice(first, plan.indexOf('', first));
    expect(targets.length).toBeGreaterThan(0);
    expect(new Set(targets.map((line) => displayWidth(line.slice(0, line.search(/\d+ \S+ → /))))).size).toBe(1);
    const leverage = runEtr(['plan', '--profile', 'data/examples/zh-product-manager.yaml', '--leverage', '--lang', 'zh'], { env: { COLUMNS: '100' } }).stdout.split('\n');
    const top = leverage.indexOf('', 1) + 1;
    const table = leverage.slice(top, leverage.indexOf('', top));
    expect(table.length).toBeGreaterThan(1);
    expect(new Set(table.map((line) => displayWidth(line.slice(0, line.search(/\S+ → \S+|提升/))))).size).toBe(1);
  });
});
