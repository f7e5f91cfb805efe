import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/core/problem.js';
import { renderValidationCodeQuality } from '../../src/render/codequality.js';
import type { ValidationReport } from '../../src/report/validation.js';

const problems: Problem[] = [
  { code: 'tier-mismatch', severity: 'error', message: 'bad tier', file: 'catalog/domains.yaml', line: 5, column: 11, hint: 'set tier: critical' },
  { code: 'unused-skill', severity: 'warning', message: 'skill "x" is required by no role', file: 'catalog\\skills.yaml', line: 3, column: 9 },
  { code: 'catalog-empty', severity: 'error', message: 'the catalog lists no roles' },
];
const report: ValidationReport = { catalog: 'catalog', lang: 'en', valid: false, strict: false, counts: null, files: [], problems };
const issues = () => JSON.parse(renderValidationCodeQuality(report)) as { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }[];

describe('etr validate --format codequality', () => {
  it('gives each problem with the fields GitLab reads: description, check_name, fingerprint, severity, location', () => {
    expect(issues()[0]).toEqual({
      description: 'bad tier (hint: set tier: critical)',
      check_name: 'tier-mismatch',
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      severity: 'major',
      location: { path: 'catalog/domains.yaml', lines: { begin: 5 } },
    });
    expect(issues().map((i) => [i.severity, i.location])).toEqual([
      ['major', { path: 'catalog/domains.yaml', lines: { begin: 5 } }],
      ['minor', { path: 'catalog/skills.yaml', lines: { begin: 3 } }],
      ['major', { path: 'catalog', lines: { begin: 1 } }],
    ]);
  });

  it('fingerprints each problem the same from run to run, and different problems differently', () => {
    const fingerprints = issues().map((i) => i.fingerprint);
    expect(issues().map((i) => i.fingerprint)).toEqual(fingerprints);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });

  it('is an empty array when there is nothing to report', () => {
    expect(JSON.parse(renderValidationCodeQuality({ ...report, valid: true, problems: [] }))).toEqual([]);
  });
});
