import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tierOf, tiers } from '../../src/model/etr.js';
import { reportSchema } from '../../src/report/schema.js';
import { jsonSchema } from '../../src/schema/json-schema.js';
import { jsonSchemaKinds } from '../../src/schema/kinds.js';
import { brokenFixtures } from '../helpers/fixture-cases.js';
import { committedSchema, parseReport, reportsValidatedCount, schemaErrors, validator } from '../helpers/json-schema.js';
import { fixturesDir, repoRoot, runEtr } from '../helpers/run-etr.js';

const committedText = (kind: string) => readFileSync(join(repoRoot, 'schema', `${kind}.schema.json`), 'utf8');
const regenerate = 'run `npm run build && npm run schemas` and commit schema/';
const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.yaml'))
    .map((e) => join(e.parentPath, e.name))
    .sort();

describe('the committed JSON Schemas', () => {
  it.each(jsonSchemaKinds)('schema/%s.schema.json is what the zod schemas generate, and what `etr schema` prints', (kind) => {
    const generated = `${JSON.stringify(jsonSchema(kind), null, 2)}\n`;
    expect(committedText(kind), regenerate).toBe(generated);
    const printed = runEtr(['schema', kind]);
    expect(printed.code).toBe(0);
    expect(printed.stderr).toBe('');
    expect(printed.stdout, regenerate).toBe(generated);
  });

  it.each(jsonSchemaKinds)('schema/%s.schema.json is a valid draft-07 schema with an $id, a title and a description', (kind) => {
    const schema = committedSchema(kind);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe(`urn:etr:schema:${kind}`);
    expect(schema.title).toEqual(expect.any(String));
    expect(schema.description).toEqual(expect.any(String));
    const ajv = new Ajv({ strict: true, formats: { uri: true } });
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    expect(() => validator(kind)).not.toThrow();
  });

  it('`etr schema` names the kinds it knows', () => {
    const result = runEtr(['schema', 'profiles']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("value 'profiles' is invalid");
    expect(result.stderr).toContain('profile, catalog, report');
  });
});

describe('the profile schema', () => {
  const examples = readdirSync(join(repoRoot, 'data', 'examples')).filter((f) => f.endsWith('.yaml'));

  it.each(examples)('data/examples/%s fits it and points editors at it on its first line', (file) => {
    const path = join(repoRoot, 'data', 'examples', file);
    const text = readFileSync(path, 'utf8');
    const reference = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text)?.[1];
    expect(reference).toBe('../../schema/profile.schema.json');
    expect(resolve(dirname(path), reference!)).toBe(join(repoRoot, 'schema', 'profile.schema.json'));
    expect(schemaErrors('profile', parse(text))).toEqual([]);
  });

  it('describes skills as names with a level 0–5 or a level word', () => {
    const ok = (skills: unknown) => schemaErrors('profile', { riskAppetite: 'low', skills });
    expect(ok({ python: 3, 'prompt engineering': 'proficient', 提示工程: 0, NLP: 'advanced-beginner' })).toEqual([]);
    expect(ok(null)).toEqual([]);
    expect(ok({ python: 6 })).not.toEqual([]);
    expect(ok({ python: 2.5 })).not.toEqual([]);
    expect(ok({ python: 'guru' })).not.toEqual([]);
    expect(ok(['python'])).not.toEqual([]);
  });

  it('rejects what the loader rejects for its shape', () => {
    const fixture = (name: string) => parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'profiles', `${name}.yaml`), 'utf8')) as unknown;
    for (const name of ['unknown-key', 'wrong-type', 'level-7', 'level-fraction', 'level-negative', 'level-typo', 'preferred-etr-0', 'preferred-etr-1', 'preferred-etr-1.5', 'weight-negative', 'both-risks']) {
      expect(schemaErrors('profile', fixture(name)), name).not.toEqual([]);
    }
    // Problems the loader finds against the catalog, or in the sum of the weights, are not the schema's.
    for (const name of ['case-and-hyphens', 'unknown-skill', 'unknown-domain', 'duplicate-skill', 'no-risk', 'preferred-etr', 'weights-zero', 'prototype-keys']) {
      expect(schemaErrors('profile', fixture(name)), name).toEqual([]);
    }
  });

  it('accepts the level words in every spelling etr reads ("Advanced beginner", "advanced_beginner", "4")', () => {
    const fixture = (name: string) => parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'profiles', `${name}.yaml`), 'utf8')) as unknown;
    for (const name of ['names-and-aliases', 'level-words']) {
      expect(schemaErrors('profile', fixture(name)), name).toEqual([]);
      expect(runEtr(['advise', '--profile', `test/fixtures/profiles/${name}.yaml`, '--top', '1']).code, name).toBe(0);
    }
  });

  it('fits the starter profile of `etr init`', () => {
    expect(schemaErrors('profile', parse(runEtr(['init', '--out', '-']).stdout))).toEqual([]);
  });
});

describe('the catalog schema', () => {
  const definitions = ['skillsFile', 'domainsFile', 'rolesFile'];
  /** Which of the three file kinds a document fits: exactly one, for a valid file. */
  const kindsOf = (data: unknown) => {
    const schema = committedSchema('catalog');
    const ajv = new Ajv({ formats: { uri: (value: string) => URL.canParse(value) } });
    ajv.addSchema(schema);
    return definitions.filter((d) => ajv.validate(`urn:etr:schema:catalog#/definitions/${d}`, data));
  };

  it('fits every file of the built-in catalog, each as exactly its own kind', () => {
    const dir = join(repoRoot, 'data', 'catalog');
    const files = yamlFiles(dir);
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      const data = parse(readFileSync(file, 'utf8')) as unknown;
      const name = relative(dir, file);
      expect(schemaErrors('catalog', data), name).toEqual([]);
      expect(kindsOf(data), name).toEqual([name === 'skills.yaml' ? 'skillsFile' : name === 'domains.yaml' ? 'domainsFile' : 'rolesFile']);
    }
  });

  // The fixture catalogs of the loader's tests: where the loader finds a problem the schema can
  // see (the shape, or a rule about one entry alone: catalog-rules.ts), the JSON Schema rejects
  // that file too; where it finds only problems no schema can see, every file fits.
  const schemaCodes = new Set([
    'unknown-key', 'missing-field', 'wrong-type', 'out-of-range', 'invalid-value', 'invalid-format',
    'id-format', 'etr-reason-missing', 'euaiact-reason-missing', 'no-essential-skill', 'tier-mismatch', 'region-repeated', 'regional-variant-eu',
  ]);
  /** Known: what etr rejects (or warns about) that no JSON Schema of one file can say, and why. */
  const beyondSchema: Record<string, string> = {
    'duplicate-id': 'ids unique across entries (and across role files)',
    'duplicate-requirement': 'one requirement per skill: uniqueItems compares whole objects, not one field',
    'regional-variant-repeated': 'one variant per region across the variants of a role',
    'no-essential-skill-in-region': 'an essential skill left in every region: needs the regions of all requirements together',
    'related-self': 'a role\'s related list compared with its own id: draft-07 cannot refer to another field\'s value',
    'alias-conflict': 'a name used by two skills: across entries',
    'keyword-conflict': 'a keyword in two domains: across entries',
    'unknown-domain': 'a reference to another file',
    'unknown-skill': 'a reference to another file',
    'unknown-related': 'a reference to another entry',
    'unknown-implied-skill': 'a reference to another entry',
    'catalog-file-missing': 'a file of the directory missing',
    'role-file-mismatch': 'a role in the file of another domain: the file name is not in the document',
    'yaml-alias-limit': 'YAML syntax, before there is a value to check',
    'yaml-duplicate-key': 'YAML syntax: the parsed value keeps one of the keys',
    'yaml-syntax': 'YAML syntax',
    'yaml-tab-indent': 'YAML syntax',
    'alias-too-short': 'a warning: a schema gives none',
    'domain-without-references': 'a warning',
    'domain-without-roles': 'a warning, and across files',
    'etr-reason-unused': 'a warning',
    'reference-undated': 'a warning',
    'unused-skill': 'a warning, and across files',
  };
  it('accepts a tier exactly where etr finds it agrees with the ETR (tierOf)', () => {
    const domainWith = (etr: number, tier: string) => ({ domains: [{ id: 'x', name: 'X', etr, tier, euAiAct: 'minimal', rationale: 'Why.', strategies: ['Review.'] }] });
    const etrs = [0.000001, 0.0005, 0.001, 0.0010001, 0.005, 0.01, 0.0100001, 0.03, 0.05, 0.0500001, 0.1, 0.15, 0.1500001, 0.5, 0.99];
    for (const etr of etrs) {
      for (const tier of tiers) expect(schemaErrors('catalog', domainWith(etr, tier)).length === 0, `${etr} ${tier}`).toBe(tierOf(etr) === tier);
    }
  });

  it('knows, for every problem the fixtures show, whether the schema can see it', () => {
    const codes = new Set(Object.values(brokenFixtures).flatMap((problems) => problems.map((p) => p.code)));
    for (const code of codes) expect(schemaCodes.has(code) || code in beyondSchema, code).toBe(true);
  });
  const fixtures = readdirSync(fixturesDir).filter((name) => !name.startsWith('yaml-'));
  it.each(fixtures)('agrees with the loader on test/fixtures/catalogs/%s', (name) => {
    const dir = join(fixturesDir, name);
    const rejected = new Set((brokenFixtures[name] ?? []).filter((p) => schemaCodes.has(p.code)).map((p) => p.file));
    for (const file of yamlFiles(dir)) {
      const path = relative(dir, file);
      const errors = schemaErrors('catalog', parse(readFileSync(file, 'utf8')));
      if (rejected.has(path)) expect(errors, path).not.toEqual([]);
      else expect(errors, path).toEqual([]);
    }
  });
});

describe('the report schema', () => {
  const examples = readdirSync(join(repoRoot, 'data', 'examples'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `data/examples/${f}`);
  const variants: string[][] = [
    [],
    ['--top', '55'],
    ['--lang', 'zh'],
    ['--domain', 'medical', '--domain', 'education'],
    ['--set', 'python=5', '--risk', 'very-high', '--compare'],
    ['--weights', 'skill=1,risk=0,interest=0', '--lang', 'zh', '--compare'],
    ['--risk', '0.000001'],
  ];

  it.each(examples)('fits every report on %s, with every kind of option', (example) => {
    for (const variant of variants) {
      const args = ['advise', '--profile', example, '--format', 'json', ...variant];
      const result = runEtr(args);
      expect(result.code, args.join(' ')).toBe(0);
      const report = parseReport(result.stdout, args.join(' '));
      // The zod schema the JSON Schema comes from agrees.
      expect(reportSchema.safeParse(report).success, args.join(' ')).toBe(true);
      if (variant.includes('--compare')) expect(report.comparison).not.toBeNull();
      if (variant.includes('zh')) expect(report.localized).not.toBeNull();
    }
  });

  it('fits a report with warnings', () => {
    const report = parseReport(runEtr(['advise', '--profile', 'test/fixtures/profiles/unknown-skill.yaml', '--format', 'json']).stdout);
    expect(report.warnings.length).toBeGreaterThan(0);
  });

  it('runEtr checks every `etr advise --format json` an end-to-end test runs', () => {
    const before = reportsValidatedCount();
    runEtr(['advise', '--profile', examples[0]!, '--top', '1', '--format=json']);
    runEtr(['--no-color', 'advise', '--profile', examples[0]!, '--top', '1', '--format', 'json']);
    runEtr(['advise', '--profile', examples[0]!, '--top', '1']);
    expect(reportsValidatedCount()).toBe(before + 2);
  });

  it('catches a report that drifts from it', () => {
    const report = JSON.parse(runEtr(['advise', '--profile', examples[0]!, '--top', '2', '--format', 'json']).stdout) as Record<string, any>;
    const drifted = (change: (r: Record<string, any>) => void) => {
      const copy = structuredClone(report);
      change(copy);
      return schemaErrors('report', copy);
    };
    expect(drifted(() => {})).toEqual([]);
    expect(drifted((r) => (r.results[0].newField = 1))).not.toEqual([]);
    expect(drifted((r) => delete r.results[1].stability)).not.toEqual([]);
    expect(drifted((r) => (r.results[0].readiness = 'maybe'))).not.toEqual([]);
    expect(drifted((r) => (r.results[0].gaps = [{ skill: 'x', name: 'X', have: 0, need: 6, importance: 1, essential: true }]))).not.toEqual([]);
    expect(drifted((r) => (r.schemaVersion = 2))).not.toEqual([]);
    expect(drifted((r) => (r.lang = 'fr'))).not.toEqual([]);
    expect(drifted((r) => (r.catalog.digest = 'md5:00'))).not.toEqual([]);
    expect(() => parseReport(JSON.stringify({ ...report, extra: true }))).toThrow(/does not match schema\/report\.schema\.json/);
  });
});
