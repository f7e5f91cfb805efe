import { describe, expect, it } from 'vitest';
import { runEtr } from '../helpers/run-etr.js';
import { codeScanningErrors, sarifSchemaErrors, type SarifLog } from '../helpers/sarif.js';

/** Profiles as a user passes them: relative to the working directory (the repository root). */
const profile = (name: string) => `test/fixtures/profiles/${name}.yaml`;
const example = (name: string) => `data/examples/${name}.yaml`;

describe('etr validate --profile', () => {
  it('checks a valid profile against the built-in catalog: exit 0, one summary line', () => {
    const result = runEtr(['validate', '--profile', example('quant')]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(`✔ profile ${example('quant')} is valid against catalog built-in: 0 errors, 0 warnings`);
    expect(result.stderr).toBe('');
  });

  it('reports what advise reports, located; warnings pass, and fail under --strict as errors', () => {
    const lenient = runEtr(['validate', '--profile', profile('unknown-skill')]);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain(`${profile('unknown-skill')}:4:3 warning unknown skill "pyhton"`);
    const strict = runEtr(['validate', '--strict', '--profile', profile('unknown-skill')]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain(`${profile('unknown-skill')}:4:3 error unknown skill "pyhton"`);
    // The same problem advise --strict stops on.
    const advise = runEtr(['advise', '--strict', '--profile', profile('unknown-skill')]);
    expect(advise.code).toBe(1);
    expect(advise.stderr).toContain(`${profile('unknown-skill')}:4:3 error unknown skill "pyhton"`);
  });

  it('checks many profiles, after --profile or as arguments, and fails if one fails', () => {
    for (const args of [['--profile', example('quant'), profile('level-7')], [example('quant'), profile('level-7')], ['--profile', example('quant'), profile('level-7')]]) {
      const result = runEtr(['validate', ...args]);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(`${profile('level-7')}:5:15 error skills.statistics: 7 is not a skill level (invalid-level)`);
      expect(result.stdout).toContain('✖ 2 profiles checked against catalog built-in, 1 invalid: 1 error, 0 warnings');
    }
  });

  it('reads a profile from standard input for -, and checks a file named twice once', () => {
    const result = runEtr(['validate', '-', example('quant'), example('quant')], { stdin: 'name: X\nriskAppetite: low\nskills:\n  python: 9\n' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('<stdin>:4:11 error skills.python: 9 is not a skill level (invalid-level)');
    expect(result.stdout).toContain('✖ 2 profiles checked against catalog built-in, 1 invalid: 1 error, 0 warnings');
  });

  it('checks the catalog and the profiles against it with --catalog', () => {
    const result = runEtr(['validate', '--catalog', 'test/fixtures/catalogs/valid-minimal', '--profile', profile('unknown-skill')]);
    expect(result.stdout).toMatch(/^✔ catalog test\/fixtures\/catalogs\/valid-minimal is valid .*$/m);
    expect(result.stdout).toMatch(/^✔ profile .* is valid against catalog test\/fixtures\/catalogs\/valid-minimal: 0 errors, \d+ warnings?$/m);
    expect(result.code).toBe(0);
  });

  it('checks no profile against a catalog with errors, and says why', () => {
    const result = runEtr(['validate', '--catalog', 'test/fixtures/catalogs/out-of-range', '--profile', example('quant')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✖ catalog test/fixtures/catalogs/out-of-range is invalid');
    expect(result.stdout).toContain(`✖ profile ${example('quant')} not checked: catalog test/fixtures/catalogs/out-of-range has errors`);
    expect(JSON.parse(runEtr(['validate', '--format', 'json', '--catalog', 'test/fixtures/catalogs/out-of-range', '--profile', example('quant')]).stdout)).toMatchObject({ profiles: [], uncheckedProfiles: [example('quant')] });
  });

  it('in JSON, lists each profile with its verdict and counts', () => {
    const result = runEtr(['validate', '--format', 'json', example('quant'), profile('level-7')]);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ catalog: 'built-in', valid: false, errors: 1, warnings: 0 });
    expect(json.profiles).toEqual([
      { file: example('quant'), valid: true, errors: 0, warnings: 0 },
      { file: profile('level-7'), valid: false, errors: 1, warnings: 0 },
    ]);
  });

  it('annotates a pull request in github format', () => {
    const result = runEtr(['validate', '--format', 'github', profile('level-7')]);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe(`::error file=${profile('level-7')},line=5,col=15,title=etr invalid-level::skills.statistics: 7 is not a skill level (hint: use a whole number 0–5 or one of: none, novice, advanced-beginner, competent, proficient, expert)`);
  });

  it('writes SARIF 2.1.0 for code scanning, with the profiles located', () => {
    const result = runEtr(['validate', '--format', 'sarif', '--strict', profile('unknown-skill'), profile('level-7')]);
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout) as SarifLog;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(codeScanningErrors(log)).toEqual([]);
    expect(log.runs[0]!.results.map((r) => [r.ruleId, r.level, r.locations[0]!.physicalLocation.artifactLocation.uri, r.locations[0]!.physicalLocation.region])).toEqual([
      ['unknown-skill', 'error', profile('unknown-skill'), { startLine: 4, startColumn: 3 }],
      ['invalid-level', 'error', profile('level-7'), { startLine: 5, startColumn: 15 }],
    ]);
  });

  it('takes a directory for a catalog given by mistake as a usage error that says so', () => {
    const result = runEtr(['validate', 'test/fixtures/catalogs/valid-minimal']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is a directory, not a profile file');
    expect(result.stderr).toContain('use --catalog test/fixtures/catalogs/valid-minimal');
  });

  it('takes a missing profile as a usage error (exit 2)', () => {
    const result = runEtr(['validate', profile('no-such-profile')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no-such-profile');
  });
});

describe('etr validate --quiet', () => {
  it('prints nothing when everything is valid, in text and github formats', () => {
    for (const args of [['validate', '--quiet'], ['validate', '-q', example('quant')], ['validate', '--quiet', '--format', 'github', example('quant')]]) {
      const result = runEtr(args);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe('');
    }
  });

  it('prints the problems alone, without the summary', () => {
    const result = runEtr(['validate', '--quiet', profile('level-7')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('error skills.statistics: 7 is not a skill level');
    expect(result.stdout).not.toContain('✖');
    const github = runEtr(['validate', '-q', '--format', 'github', profile('level-7')]);
    expect(github.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('leaves the JSON and SARIF documents whole', () => {
    expect(JSON.parse(runEtr(['validate', '--quiet', '--format', 'json', example('quant')]).stdout)).toMatchObject({ valid: true });
    expect(JSON.parse(runEtr(['validate', '--quiet', '--format', 'sarif', example('quant')]).stdout)).toMatchObject({ version: '2.1.0' });
  });
});
