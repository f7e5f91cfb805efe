import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brokenCatalog } from '../helpers/catalog-fixture.js';
import { brokenFixtures, warningOnlyFixtures, type ExpectedProblem } from '../helpers/fixture-cases.js';
import { fixture, runEtr, type RunResult } from '../helpers/run-etr.js';
import { workDir } from '../helpers/work-dir.js';

/** A catalog as a user passes it: relative to the working directory (the repository root). */
const catalogArg = (name: string) => `test/fixtures/catalogs/${name}`;
const where = (name: string, p: ExpectedProblem) => `${catalogArg(name)}/${p.file}${p.line === undefined ? '' : `:${p.line}:${p.column}`}`;

function expectClean(result: RunResult): void {
  expect(result.stderr).not.toContain('    at ');
  expect(result.stdout).not.toContain('    at ');
  expect(result.stdout + result.stderr).not.toMatch(/\u001b\[/);
}

const { dir: outside, afterTests } = workDir('cwd');

describe('etr validate on the built-in catalog', () => {
  it('exits 0 and says it is valid', () => {
    const result = runEtr(['validate']);
    expectClean(result);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/catalog built-in is valid \(\d+ domains, \d+ roles, \d+ skills\): 0 errors, 0 warnings/);
    expect(result.stderr).toBe('');
  });

  it('exits 0 under --strict, from any working directory', () => {
    const result = runEtr(['validate', '--strict'], { cwd: outside });
    expectClean(result);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('is valid');
  });

  it('reports JSON with valid: true and no problems', () => {
    const result = runEtr(['validate', '--format', 'json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ catalog: 'built-in', valid: true, strict: false, errors: 0, warnings: 0, problems: [] });
    expect(json.counts.domains).toBeGreaterThanOrEqual(12);
  });

  it('prints no workflow commands in github format when there is nothing to annotate', () => {
    const result = runEtr(['validate', '--format', 'github']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('::');
    expect(result.stdout).toContain('is valid');
  });
});

describe('etr validate on each broken fixture', () => {
  for (const [name, expected] of Object.entries(brokenFixtures)) {
    const hasError = expected.some((p) => p.severity === 'error');

    it(`${name}: text names ${expected.map((p) => `${p.file}:${p.line ?? '-'}:${p.column ?? '-'}`).join(', ')}, exit ${hasError ? 1 : 0}`, () => {
      const result = runEtr(['validate', '--catalog', catalogArg(name)]);
      expectClean(result);
      expect(result.code).toBe(hasError ? 1 : 0);
      expect(result.stderr).toBe('');
      for (const problem of expected) {
        expect(result.stdout).toContain(`${where(name, problem)} ${problem.severity} `);
        expect(result.stdout).toContain(`(${problem.code})`);
        if (problem.hint) expect(result.stdout).toContain(`hint: ${problem.hint}`);
      }
      expect(result.stdout).toContain(hasError ? '✖ catalog' : '✔ catalog');
    });

    it(`${name}: json carries each problem with code, severity, message, file, line and column`, () => {
      const result = runEtr(['validate', '--catalog', catalogArg(name), '--format', 'json']);
      expectClean(result);
      expect(result.code).toBe(hasError ? 1 : 0);
      const json = JSON.parse(result.stdout);
      expect(json.valid).toBe(!hasError);
      expect(json.problems).toHaveLength(expected.length);
      expected.forEach((want, i) => {
        const got = json.problems[i];
        expect(Object.keys(got).sort()).toEqual(['code', 'column', 'file', 'hint', 'line', 'message', 'severity']);
        expect(got).toMatchObject({ code: want.code, severity: want.severity, file: `${catalogArg(name)}/${want.file}`, line: want.line ?? null, column: want.column ?? null });
        expect(got.message).toEqual(expect.any(String));
      });
    });
  }
});

describe('warnings and --strict', () => {
  it('has warning-only fixtures to check', () => {
    expect(warningOnlyFixtures.length).toBeGreaterThanOrEqual(5);
  });

  for (const name of warningOnlyFixtures) {
    it(`${name}: exits 0 without --strict and 1 with it`, () => {
      const strict = runEtr(['validate', '--catalog', catalogArg(name), '--strict', '--format', 'json']);
      expectClean(strict);
      expect(strict.code).toBe(1);
      expect(JSON.parse(strict.stdout)).toMatchObject({ valid: false, strict: true, errors: 0, warnings: 1 });
      // Without --strict the same catalog passes (checked in text by the fixture tests above).
    });
  }

  it('says why a warning-only catalog fails under --strict', () => {
    const result = runEtr(['validate', '--catalog', catalogArg('unused-skill'), '--strict']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('is invalid under --strict');
  });
});

describe('--format github', () => {
  it('annotates errors with file, line and col, one command per line', () => {
    const result = runEtr(['validate', '--catalog', catalogArg('out-of-range'), '--format', 'github']);
    expectClean(result);
    expect(result.code).toBe(1);
    const commands = result.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(commands).toEqual([
      `::error file=${catalogArg('out-of-range')}/domains.yaml,line=17,col=10,title=etr out-of-range::domain "content": etr must be less than 1 (found 1.5)`,
      `::error file=${catalogArg('out-of-range')}/roles/content.yaml,line=9,col=16,title=etr out-of-range::role "prompt-engineer": skills[0].level must be at most 5 (found 7)`,
    ]);
  });

  it('annotates warnings as warnings', () => {
    const result = runEtr(['validate', '--catalog', catalogArg('unused-skill'), '--format', 'github']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^::warning file=test\/fixtures\/catalogs\/unused-skill\/skills\.yaml,line=18,col=9,title=etr unused-skill::/m);
  });

  it('escapes what the runner would misread (here a "%" in a hint)', () => {
    const result = runEtr(['validate', '--catalog', catalogArg('tier-mismatch'), '--format', 'github']);
    const line = result.stdout.split('\n').find((l) => l.startsWith('::error'))!;
    expect(line).toMatch(/^::error file=[^:]+,line=5,col=11,title=etr tier-mismatch::/);
    expect(line.split('::')).toHaveLength(3);
  });
});

describe('warnings in a plain file, located from the fast reader', () => {
  it('point at the line, column and source line of each unused skill, CRLF endings included', () => {
    // Unused skills after comments, a blank line and a flow list, in a file with CRLF endings:
    // the file is read in the plain form, so its positions come from reading it again so.
    const skills = readFileSync(fixture('valid-minimal/skills.yaml'), 'utf8');
    const extra = ['', '  # Not yet required by any role.', '  - id: speech-synthesis', '    name: Speech synthesis', '    category: audio', '    aliases: [TTS, "voice cloning"]', '    description: Builds voices.', '  -   id: "lip-sync"', '      name: Lip sync', '      category: audio', '      description: Matches lips to speech.', ''].join('\n');
    const { dir, cleanup } = brokenCatalog([{ file: 'skills.yaml', write: (skills.trimEnd() + '\n' + extra).replace(/\n/g, '\r\n') }]);
    afterTests(cleanup);
    const lines = skills.trimEnd().split('\n').length;
    const result = runEtr(['validate', '--catalog', dir]);
    expectClean(result);
    expect(result.code).toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toContain(`${dir}/skills.yaml:${lines + 3}:9 warning skill "speech-synthesis" is required by no role (unused-skill)`);
    expect(output).toContain(`  ${lines + 3} |   - id: speech-synthesis\n`);
    expect(output).toContain(`${dir}/skills.yaml:${lines + 8}:11 warning skill "lip-sync" is required by no role (unused-skill)`);
    expect(output).toContain(`  ${lines + 8} |   -   id: "lip-sync"\n`);
    const github = runEtr(['validate', '--catalog', dir, '--format', 'github']);
    expect(github.stdout).toContain(`::warning file=${dir}/skills.yaml,line=${lines + 8},col=11,title=etr unused-skill::`);
  });
});

describe('paths', () => {
  it('shows absolute paths for a catalog outside the working directory', () => {
    const result = runEtr(['validate', '--catalog', fixture('tier-mismatch')], { cwd: outside });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${fixture('tier-mismatch')}/domains.yaml:5:11 error`);
  });
});

describe('usage errors', () => {
  it('a missing directory exits 2 with a message on stderr and nothing on stdout', () => {
    const result = runEtr(['validate', '--catalog', 'no/such/catalog']);
    expectClean(result);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('error: catalog directory no/such/catalog does not exist');
    expect(result.stderr).toContain('hint:');
  });

  it('a file where a directory belongs exits 2', () => {
    const result = runEtr(['validate', '--catalog', `${catalogArg('valid-minimal')}/skills.yaml`]);
    expectClean(result);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('is not a directory');
  });

  it('an unknown flag exits 2 with "Did you mean"', () => {
    const result = runEtr(['validate', '--strct']);
    expectClean(result);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("unknown option '--strct'");
    expect(result.stderr).toContain('Did you mean --strict?');
  });

  it('an unknown format exits 2 and lists the formats', () => {
    const result = runEtr(['validate', '--format', 'yaml']);
    expectClean(result);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('text, json, github');
  });

  it('an unknown command exits 2 with "Did you mean"', () => {
    const result = runEtr(['valdate']);
    expectClean(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Did you mean validate?');
  });
});

describe('etr validate --max-age', () => {
  /** A copy of the minimal catalog whose references were last checked in the given month. */
  function catalogCheckedIn(month: string): string {
    const domains = readFileSync(fixture('valid-minimal/domains.yaml'), 'utf8').replaceAll('asOf: 2026-12', `asOf: ${month}`);
    const { dir, cleanup } = brokenCatalog([{ file: 'domains.yaml', write: domains }]);
    afterTests(cleanup);
    return dir;
  }

  it('warns, located at asOf, about a reference checked more than 24 months ago', () => {
    const dir = catalogCheckedIn('2001-01');
    const result = runEtr(['validate', '--catalog', dir]);
    expectClean(result);
    expect(result.code).toBe(0);
    expect(result.stderr + result.stdout).toMatch(/domains\.yaml:14:15 warning reference "Regulation \(EU\) 2017\/745, Annex VIII Rule 11" of domain "medical" was last checked in 2001-01, \d+ months ago \(more than 24\) \(reference-stale\)/);
    expect(runEtr(['validate', '--catalog', dir, '--strict']).code).toBe(1);
  });

  it('takes another limit in months, and refuses one that is not a whole number', () => {
    const dir = catalogCheckedIn('2001-01');
    expect(runEtr(['validate', '--catalog', dir, '--strict', '--max-age', '100000']).code).toBe(0);
    const bad = runEtr(['validate', '--catalog', dir, '--max-age', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-age');
  });
});
