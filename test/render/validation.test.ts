import { describe, expect, it } from 'vitest';
import { plainPalette } from '../../src/core/palette.js';
import { renderValidation, validationToJson } from '../../src/render/validation.js';
import type { ValidationReport } from '../../src/report/validation.js';

const warning = { code: 'unused-skill' as const, severity: 'warning' as const, message: 'skill "x" is required by no role', file: 'skills.yaml', line: 3, column: 9 };
const error = { code: 'tier-mismatch' as const, severity: 'error' as const, message: 'bad tier', file: 'domains.yaml', line: 5, column: 11 };
const report = (over: Partial<ValidationReport>): ValidationReport => ({
  catalog: 'cat',
  valid: true,
  strict: false,
  counts: { domains: 2, roles: 3, skills: 1 },
  files: ['a', 'b', 'c', 'd'],
  problems: [],
  lang: 'en',
  ...over,
});

describe('renderValidation', () => {
  it('says a clean catalog is valid, with what it holds', () => {
    expect(renderValidation(report({}), 'text', plainPalette)).toBe('✔ catalog cat is valid (2 domains, 3 roles, 1 skill): 0 errors, 0 warnings in 4 files');
  });

  it('lists the problems, then says the catalog is invalid', () => {
    const text = renderValidation(report({ valid: false, counts: null, problems: [error] }), 'text', plainPalette);
    expect(text).toMatch(/^domains\.yaml:5:11 error bad tier \(tier-mismatch\)/);
    expect(text.split('\n').at(-1)).toBe('✖ catalog cat is invalid: 1 error, 0 warnings in 4 files');
  });

  it('says when only --strict makes warnings fail', () => {
    const text = renderValidation(report({ valid: false, strict: true, problems: [warning] }), 'text', plainPalette);
    expect(text.split('\n').at(-1)).toBe('✖ catalog cat is invalid under --strict (2 domains, 3 roles, 1 skill): 0 errors, 1 warning in 4 files');
  });

  it('renders JSON with valid, counts and problems', () => {
    const json = JSON.parse(renderValidation(report({ valid: false, problems: [error, warning] }), 'json', plainPalette));
    expect(json).toEqual(validationToJson(report({ valid: false, problems: [error, warning] })));
    expect(json).toMatchObject({ catalog: 'cat', valid: false, strict: false, errors: 1, warnings: 1, counts: { domains: 2, roles: 3, skills: 1 } });
    expect(json.problems[0]).toEqual({ ...error, hint: null });
  });

  it('renders GitHub commands followed by the summary', () => {
    const lines = renderValidation(report({ valid: false, problems: [error] }), 'github', plainPalette).split('\n');
    expect(lines[0]).toBe('::error file=domains.yaml,line=5,col=11,title=etr tier-mismatch::bad tier');
    expect(lines[1]).toMatch(/^catalog cat is invalid/);
  });
});
