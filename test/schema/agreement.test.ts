import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { InvalidInputError } from '../../src/core/errors.js';
import type { Catalog } from '../../src/model/catalog.js';
import { levelWords, readLevel } from '../../src/model/levels.js';
import { parseProfile } from '../../src/profile/load.js';
import { schemaErrors } from '../helpers/json-schema.js';
import { repoRoot, runEtr } from '../helpers/run-etr.js';
import { builtinCatalog } from '../report/example-report.js';

/*
 * The profile and batch schemas accept what etr accepts and reject what it rejects: every example
 * and profile fixture goes through etr's own loader (as `etr advise` reads a profile, not
 * --strict) and through the JSON Schemas, and the verdicts must agree. What a schema cannot say
 * is listed below as known, each with the reason.
 */

let catalog: Catalog;
beforeAll(async () => {
  catalog = await builtinCatalog();
});

const fixtureDir = join(repoRoot, 'test', 'fixtures', 'profiles');
const profiles = [
  ...readdirSync(join(repoRoot, 'data', 'examples')).map((f) => `data/examples/${f}`),
  ...readdirSync(fixtureDir).map((f) => `test/fixtures/profiles/${f}`),
]
  .filter((f) => f.endsWith('.yaml'))
  .sort();

/**
 * Profiles etr rejects for what no JSON Schema can check, by file: the check needs the catalog
 * or the whole file. Each must still fit the schemas, and etr must reject it with this code.
 */
const knownBeyondSchema: Record<string, string> = {
  // Weights of 0, 0 and 0 fit every weight's range; only their sum says nothing can be ranked.
  'test/fixtures/profiles/weights-zero.yaml': 'weights-zero',
};

/**
 * The warnings --strict (`etr advise --strict`, `etr validate --profile`) turns into errors: a
 * schema gives no warnings, and each needs the catalog (a name, a domain, a role that must
 * resolve) or is advice (no risk appetite given). The schemas accept these profiles.
 */
const strictOnly = new Set(['unknown-skill', 'duplicate-skill', 'skill-read-from-phrase', 'unknown-domain', 'interest-excluded', 'unknown-role', 'ambiguous-role', 'no-risk-appetite']);

/** etr's verdict on a profile's text: undefined when it reads the profile, else the codes of its errors. */
function etrRejects(text: string, file: string, strict = false): string[] | undefined {
  try {
    parseProfile(text, file, catalog, { strict });
    return undefined;
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    return error.problems.filter((p) => p.severity === 'error').map((p) => p.code);
  }
}

const profileText = (file: string) => readFileSync(join(repoRoot, file), 'utf8');

describe('the profile and batch schemas agree with etr', () => {
  it('on the example profiles and the profile fixtures, good and broken', () => {
    const accepted: string[] = [];
    const rejected: string[] = [];
    for (const file of profiles) {
      const text = profileText(file);
      const codes = etrRejects(text, file);
      const data = parse(text) as unknown;
      for (const kind of ['profile', 'batch'] as const) {
        const errors = schemaErrors(kind, data);
        if (codes === undefined) expect(errors, `${kind}: etr reads ${file}`).toEqual([]);
        else if (file in knownBeyondSchema) {
          expect(codes, file).toContain(knownBeyondSchema[file]);
          expect(errors, `${kind}: ${file} is rejected by etr for what no schema can check`).toEqual([]);
        } else expect(errors, `${kind}: etr rejects ${file} (${codes.join(', ')})`).not.toEqual([]);
      }
      (codes === undefined ? accepted : rejected).push(file);
    }
    // Both kinds are there in numbers, so the comparison means something.
    expect(accepted.length).toBeGreaterThanOrEqual(15);
    expect(rejected.length).toBeGreaterThanOrEqual(10);
    for (const file of Object.keys(knownBeyondSchema)) expect(rejected, file).toContain(file);
  });

  it('with --strict, etr rejects more, only for warnings no schema can give (known)', () => {
    const strictCodes = new Set<string>();
    for (const file of profiles) {
      const text = profileText(file);
      if (etrRejects(text, file) !== undefined) continue;
      const codes = etrRejects(text, file, true) ?? [];
      for (const code of codes) strictCodes.add(code);
      for (const code of codes) expect(strictOnly, `${file}: ${code}`).toContain(code);
    }
    expect(strictCodes.size).toBeGreaterThan(0);
  });

  it('riskAppetite with preferredEtr: both reject it', () => {
    const both = { name: 'Both', riskAppetite: 'high', preferredEtr: 0.05 };
    expect(etrRejects(JSON.stringify(both), 'both.json')).toEqual(['conflicting-risk']);
    expect(schemaErrors('profile', both)).not.toEqual([]);
    expect(schemaErrors('batch', both)).not.toEqual([]);
    // Either alone is fine with both.
    for (const one of [{ riskAppetite: 'high' }, { preferredEtr: 0.05 }]) {
      expect(etrRejects(JSON.stringify(one), 'one.json')).toBeUndefined();
      expect(schemaErrors('profile', one)).toEqual([]);
    }
  });

  it('level words in every spelling etr reads: both accept them', () => {
    const spellings = ['advanced beginner', 'Advanced Beginner', 'advanced_beginner', 'ADVANCED-BEGINNER', 'advanced \t_ beginner', ' expert ', 'Expert', 'NONE', 'Competent', 'proficient', 'novice', '4', ' 0 ', 3, 0, 5];
    for (const level of spellings) {
      const profile = { riskAppetite: 'low', skills: { python: level } };
      expect(etrRejects(JSON.stringify(profile), 'levels.json'), JSON.stringify(level)).toBeUndefined();
      expect(schemaErrors('profile', profile), JSON.stringify(level)).toEqual([]);
      expect(schemaErrors('batch', profile), JSON.stringify(level)).toEqual([]);
    }
    for (const level of ['advanced--beginner', 'advanced-_beginner', '_expert', 'expart', '6', '03', '0x3', '4.0', 6, -1, 2.5, true, null]) {
      const profile = { riskAppetite: 'low', skills: { python: level } };
      expect(etrRejects(JSON.stringify(profile), 'levels.json'), JSON.stringify(level)).toEqual(['invalid-level']);
      expect(schemaErrors('profile', profile), JSON.stringify(level)).not.toEqual([]);
    }
  });

  it('a level: the schema accepts exactly what the loader reads (property)', () => {
    const word = fc.constantFrom(...levelWords).chain((w) =>
      fc
        .tuple(
          fc.array(fc.boolean(), { minLength: w.length, maxLength: w.length }),
          fc.constantFrom('-', ' ', '_', '  ', ' _', '\t', '--', '-_', ''),
          fc.constantFrom('', ' ', '\t', '\n', '_'),
          fc.constantFrom('', ' ', '\n', '-'),
        )
        .map(([upper, separator, before, after]) => `${before}${[...w].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('').replaceAll('-', separator)}${after}`),
    );
    const level = fc.oneof(word, fc.string({ maxLength: 4 }), fc.constantFrom('0', '5', ' 3', '6', '05'), fc.integer({ min: -2, max: 7 }), fc.double({ min: -1, max: 6, noNaN: true }));
    fc.assert(
      fc.property(level, (raw) => {
        const accepted = schemaErrors('profile', { skills: { python: raw } }).length === 0;
        expect(accepted, JSON.stringify(raw)).toBe(readLevel(raw) !== undefined);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the batch schema', () => {
  it('agrees with `etr advise --batch` on every record of a JSON-lines input', () => {
    const records = profiles.map((file) => parse(profileText(file)) as Record<string, unknown>);
    const lines = [
      ...records.map((record) => JSON.stringify(record)),
      JSON.stringify({ name: 'Both', riskAppetite: 'high', preferredEtr: 0.05 }),
      JSON.stringify({ riskAppetite: 'low', skills: { python: 'Advanced beginner', sql: '4' } }),
    ];
    const result = runEtr(['advise', '--batch', '-', '--top', '1'], { stdin: `${lines.join('\n')}\n` });
    const out = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { index: number; ok: boolean; problems?: { code: string }[] });
    expect(out).toHaveLength(lines.length);
    for (const [i, line] of lines.entries()) {
      const record = out[i]!;
      const codes = (record.problems ?? []).map((p) => p.code);
      const file = profiles[i];
      const errors = schemaErrors('batch', JSON.parse(line));
      if (record.ok) expect(errors, line).toEqual([]);
      else if (file !== undefined && file in knownBeyondSchema) expect(codes, file).toContain(knownBeyondSchema[file]);
      else expect(errors, `${line}: ${codes.join(', ')}`).not.toEqual([]);
    }
  });

  it('cannot see what etr refuses before a record is an object (known: the schema sees parsed JSON only)', () => {
    // A key twice in one line: JSON.parse keeps the last, so the value fits, but etr refuses the
    // line (json-duplicate-key). Not JSON, or over the 1 MiB limit: never a value to check.
    const twice = '{"riskAppetite":"low","riskAppetite":"high"}';
    const result = runEtr(['advise', '--batch', '-', '--top', '1'], { stdin: `${twice}\n` });
    expect((JSON.parse(result.stdout) as { problems: { code: string }[] }).problems.map((p) => p.code)).toEqual(['json-duplicate-key']);
    expect(schemaErrors('batch', JSON.parse(twice))).toEqual([]);
  });
});
