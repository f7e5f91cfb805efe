import { describe, expect, it } from 'vitest';
import { locateFindings } from '../../src/core/finding.js';
import { hasErrors, sortProblems, type Problem } from '../../src/core/problem.js';
import type { ProblemCode } from '../../src/core/problem-codes.js';
import { parseYaml } from '../../src/core/yaml.js';

// Letters for codes: sorting cares only how codes compare, not which they are.
const p = (code: string, severity: Problem['severity'], file?: string, line?: number, column?: number): Problem => ({ code: code as ProblemCode, severity, message: code, file, line, column });

describe('hasErrors', () => {
  it('is true only when some problem is an error', () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([p('a', 'warning')])).toBe(false);
    expect(hasErrors([p('a', 'warning'), p('b', 'error')])).toBe(true);
  });
});

describe('sortProblems', () => {
  it('orders by file, line and column, then errors before warnings, then code', () => {
    const problems = [
      p('z', 'warning', 'b.yaml', 1, 1),
      p('y', 'error', 'a.yaml', 10, 1),
      p('x', 'error', 'a.yaml', 2, 5),
      p('w', 'error', 'a.yaml', 2, 3),
      p('v', 'warning', 'a.yaml', 2, 3),
      p('u', 'error', 'a.yaml', 2, 3),
      p('t', 'error', 'a.yaml'),
    ];
    expect(sortProblems(problems).map((x) => x.code)).toEqual(['t', 'u', 'w', 'v', 'x', 'y', 'z']);
  });

  it('does not depend on the input order and does not change the input', () => {
    const problems = [p('b', 'error', 'x', 1, 1), p('a', 'error', 'x', 1, 1)];
    const copy = [...problems];
    expect(sortProblems(problems)).toEqual(sortProblems([...problems].reverse()));
    expect(problems).toEqual(copy);
  });
});

describe('locateFindings', () => {
  it('gives findings the line and column of their data path', () => {
    const doc = parseYaml('roles:\n  - id: a\n    title: T\n', 'r.yaml', { maxAliasCount: 10 });
    const problems = locateFindings(
      [
        { code: 'tier-mismatch', severity: 'error', message: 'm', file: 'r.yaml', path: ['roles', 0, 'title'] },
        { code: 'unknown-key', severity: 'error', message: 'm', file: 'r.yaml', path: ['roles', 0, 'title'], target: 'key' },
        { code: 'unknown-skill', severity: 'warning', message: 'm', file: 'other.yaml', path: ['roles'] },
        { code: 'catalog-empty', severity: 'error', message: 'm', file: 'r.yaml' },
      ],
      new Map([['r.yaml', doc]]),
    );
    expect(problems).toEqual([
      { code: 'tier-mismatch', severity: 'error', message: 'm', file: 'r.yaml', line: 3, column: 12, sourceLine: '    title: T' },
      { code: 'unknown-key', severity: 'error', message: 'm', file: 'r.yaml', line: 3, column: 5, sourceLine: '    title: T' },
      { code: 'unknown-skill', severity: 'warning', message: 'm', file: 'other.yaml' },
      { code: 'catalog-empty', severity: 'error', message: 'm', file: 'r.yaml' },
    ]);
  });
});
