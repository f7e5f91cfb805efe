import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenCatalog } from '../helpers/catalog-fixture.js';
import { repoRoot, runEtr } from '../helpers/run-etr.js';
import { workDir } from '../helpers/work-dir.js';

/**
 * Every number that passes validation renders in every format and language, and validation and
 * use agree on what is valid: ETRs from 0.000001 up to, not including, 1; weights of any finite size.
 */
const { dir: work, afterTests } = workDir('numbers');
const profile = join(repoRoot, 'data', 'examples', 'quant.yaml');

function catalogWithMedicalEtr(etr: string): string {
  const { dir, cleanup } = brokenCatalog([{ file: 'domains.yaml', replace: 'etr: 0.005\n    tier: strict', with: `etr: ${etr}` }]);
  afterTests(cleanup);
  return dir;
}

function profileWith(text: string): string {
  const file = join(mkdtempSync(join(work, 'profile-')), 'me.yaml');
  writeFileSync(file, text);
  return file;
}

const noCrash = (result: { stderr: string; code: number | null }) => {
  expect(result.stderr).not.toMatch(/internal error|    at |RangeError/);
  expect(result.code).not.toBe(3);
};

describe('the smallest ETR', () => {
  it('renders a preferred ETR of 0.000001 in every format and language, and keeps the comfort band above 0 in JSON', () => {
    for (const lang of ['en', 'zh']) {
      for (const format of ['text', 'json', 'markdown', 'html']) {
        const result = runEtr(['advise', '--profile', profile, '--risk', '1e-6', '--format', format, '--lang', lang]);
        noCrash(result);
        expect(result.code, `${format} ${lang}`).toBe(0);
        if (format === 'json') {
          const report = JSON.parse(result.stdout);
          expect(report.profile.preferredEtr).toBe(1e-6);
          expect(report.profile.comfortBand.low).toBeGreaterThan(0);
          expect(report.profile.comfortBand.low).toBeLessThan(1e-6);
        }
      }
    }
    expect(runEtr(['advise', '--profile', profile, '--risk', '0.000003']).stdout).toContain('0.0003%');
  });

  it('refuses a smaller ETR from --risk, a profile and a catalog alike, saying where the floor is', () => {
    const risk = runEtr(['advise', '--profile', profile, '--risk', '1e-7']);
    expect(risk.code).toBe(2);
    expect(risk.stderr).toContain('below 0.000001');

    const file = profileWith('name: Tiny\npreferredEtr: 0.0000001\nskills: { python: 3 }\n');
    const viaProfile = runEtr(['advise', '--profile', file]);
    noCrash(viaProfile);
    expect(viaProfile.code).toBe(1);
    expect(viaProfile.stderr).toMatch(/me\.yaml:2:\d+ .*preferredEtr must be at least 0\.000001/);

    const catalog = catalogWithMedicalEtr('1e-300');
    const validate = runEtr(['validate', '--catalog', catalog]);
    expect(validate.code).toBe(1);
    expect(validate.stdout + validate.stderr).toMatch(/domains\.yaml:4:10 .*etr must be at least 0\.000001/);
    for (const args of [['advise', '--profile', profile], ['show', 'validator'], ['catalog', 'domains']]) {
      const result = runEtr([...args, '--catalog', catalog]);
      noCrash(result);
      expect(result.code, args.join(' ')).toBe(1);
    }
  });

  it('renders a catalog domain at the floor in advise, show and catalog, in every format', () => {
    const catalog = catalogWithMedicalEtr('0.000001');
    expect(runEtr(['validate', '--catalog', catalog]).code).toBe(0);
    const runs = [
      ...['text', 'json', 'markdown', 'html'].map((format) => ['advise', '--profile', profile, '--format', format]),
      ['advise', '--profile', profile, '--lang', 'zh'],
      ['show', 'clinical-nlp-engineer'],
      ['show', 'clinical-nlp-engineer', '--format', 'json'],
      ['catalog', 'domains'],
      ['catalog', 'domains', '--format', 'json'],
    ];
    for (const args of runs) {
      const result = runEtr([...args, '--catalog', catalog]);
      noCrash(result);
      expect(result.code, args.join(' ')).toBe(0);
    }
    expect(runEtr(['catalog', 'domains', '--catalog', catalog]).stdout).toContain('0.0001%');
  });
});

describe('weights of any size', () => {
  it('normalises three weights of 1e308 to a third each rather than to 0/0/0', () => {
    const file = profileWith('name: Huge\nriskAppetite: medium\nskills: { python: 3 }\nweights: { skill: 1e308, risk: 1e308, interest: 1e308 }\n');
    const result = runEtr(['advise', '--profile', file, '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.weights).toEqual({ skill: 0.3333, risk: 0.3333, interest: 0.3333 });
    expect(report.results[0].score).toBeGreaterThan(0);
  });

  it('refuses a weight too large to be a number, rather than writing NaN', () => {
    const result = runEtr(['advise', '--profile', profile, '--weights', `skill=${'9'.repeat(400)}`, '--format', 'json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('too large a number');
    const batch = runEtr(['advise', '--batch', '-', '--weights', `risk=${'9'.repeat(400)}`], { stdin: '{"name":"a","skills":{"python":3}}\n' });
    expect(batch.code).toBe(2);
    expect(batch.stdout).not.toContain('NaN');
  });
});
