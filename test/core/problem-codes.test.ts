import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Problem, ProblemCode } from '../../src/api.js';
import type { Finding } from '../../src/core/finding.js';
import { problemCodes } from '../../src/core/problem-codes.js';

/*
 * A problem's code is one of etr's codes, to the type checker as well: a typo in a code, where
 * etr makes a problem or where a program reads one, fails to compile. `tsc --noEmit` checks these
 * (a `@ts-expect-error` that finds no error is an error itself).
 */
describe('ProblemCode', () => {
  it('is the union of the listed codes, not string', () => {
    expectTypeOf<Problem['code']>().toEqualTypeOf<ProblemCode>();
    expectTypeOf<Finding['code']>().toEqualTypeOf<ProblemCode>();
    expectTypeOf<ProblemCode>().toEqualTypeOf<(typeof problemCodes)[number]>();
    expectTypeOf<string>().not.toExtend<ProblemCode>();
    expectTypeOf<'unknown-skill'>().toExtend<ProblemCode>();
    expectTypeOf<'unknwon-skill'>().not.toExtend<ProblemCode>();
  });

  it('refuses a problem with a code that is none of them', () => {
    // @ts-expect-error: 'unknwon-skill' is no problem code
    const typo: Problem = { code: 'unknwon-skill', severity: 'warning', message: 'm' };
    const known: Problem = { code: 'unknown-skill', severity: 'warning', message: 'm' };
    expect([typo.code, known.code].filter((code) => problemCodes.includes(code))).toEqual(['unknown-skill']);
  });

  it('lists each code once, in kebab-case', () => {
    expect(new Set(problemCodes).size).toBe(problemCodes.length);
    expect(problemCodes.filter((code) => !/^[a-z]+(?:-[a-z]+)*$/.test(code))).toEqual([]);
  });
});
