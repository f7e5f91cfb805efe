import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Requirement } from '../../src/model/catalog.js';
import { comfortBand, fitSummary, interestFit, readiness, riskFit, riskSigma, skillFit, totalScore, type SkillFit } from '../../src/engine/score.js';
import { defaultWeights, normalizeWeights } from '../../src/model/weights.js';

const req = (skill: string, level: number, importance: number, essential: boolean): Requirement => ({ skill, level, importance, essential });
const levels = (map: Record<string, number>) => (skill: string) => map[skill] ?? 0;

describe('skillFit', () => {
  // Requirements (skill, L, I, essential) and the person's levels u:
  //   python      L4 I4 essential   u=2  c = min(2/4, 1) = 0.5    I·c = 2
  //   clinical    L3 I4 essential   u=5  c = min(5/3, 1) = 1      I·c = 4
  //   prompting   L3 I2 optional    u=3  c = 1                    I·c = 2
  //   statistics  L2 I5 optional    u=0  c = 0 (absent)           I·c = 0
  //   sql         L5 I1 essential   u=4  c = 0.8                  I·c = 0.8
  // S = (2 + 4 + 2 + 0 + 0.8) / (4 + 4 + 2 + 5 + 1) = 8.8 / 16 = 0.55
  const requirements = [req('python', 4, 4, true), req('clinical', 3, 4, true), req('prompting', 3, 2, false), req('statistics', 2, 5, false), req('sql', 5, 1, true)];
  const person = levels({ python: 2, clinical: 5, prompting: 3, sql: 4 });

  it('is Σ I·min(u/L, 1) / Σ I', () => {
    expect(skillFit(requirements, person).fit).toBeCloseTo(0.55, 12);
  });

  it('lists gaps by I·(L − u), largest first', () => {
    // statistics 5·(2−0) = 10, python 4·(4−2) = 8, sql 1·(5−4) = 1
    const { gaps } = skillFit(requirements, person);
    expect(gaps.map((g) => g.skill)).toEqual(['statistics', 'python', 'sql']);
    expect(gaps[0]).toEqual({ skill: 'statistics', have: 0, need: 2, importance: 5, essential: false });
    expect(gaps[1]).toEqual({ skill: 'python', have: 2, need: 4, importance: 4, essential: true });
  });

  it('flags essential skills missed by two levels or more, and only those', () => {
    // python: essential, 2 ≤ 4 − 2 → red flag; sql: essential but 4 > 5 − 2; statistics: not essential.
    expect(skillFit(requirements, person).redFlags.map((g) => g.skill)).toEqual(['python']);
    // One level short of the line is not a flag: u = 3 > L − 2 = 2.
    expect(skillFit([req('python', 4, 4, true)], levels({ python: 3 })).redFlags).toEqual([]);
    expect(skillFit([req('python', 4, 4, true)], levels({ python: 2 })).redFlags).toHaveLength(1);
    expect(skillFit([req('python', 4, 4, true)], levels({})).redFlags).toHaveLength(1);
  });

  it('lists met requirements as strengths, most important first', () => {
    const { strengths } = skillFit(requirements, person);
    expect(strengths.map((s) => s.skill)).toEqual(['clinical', 'prompting']);
    expect(strengths[0]).toEqual({ skill: 'clinical', have: 5, need: 3, importance: 4, essential: true });
  });

  it('breaks gap ties by essential first, then by skill id', () => {
    // All three have I·(L − u) = 4.
    const fit = skillFit([req('b', 2, 2, false), req('c', 4, 1, true), req('a', 2, 2, false)], levels({}));
    expect(fit.gaps.map((g) => g.skill)).toEqual(['c', 'a', 'b']);
  });

  it('is 1 when every level is met or exceeded and 0 with no skills at all', () => {
    expect(skillFit(requirements, levels({ python: 5, clinical: 3, prompting: 5, statistics: 2, sql: 5 })).fit).toBe(1);
    expect(skillFit(requirements, levels({})).fit).toBe(0);
  });

  it('is the same number, to the last bit, whatever order the requirements are listed in', () => {
    // The batch and team scorers add a role's requirements in another order than its own: a
    // floating-point sum would differ in its last bits, and ties between roles would break by them.
    const requirementArb = fc.record({ level: fc.integer({ min: 1, max: 5 }), importance: fc.integer({ min: 1, max: 5 }), have: fc.integer({ min: 0, max: 5 }) });
    const listAndOrder = fc.array(requirementArb, { minLength: 1, maxLength: 40 }).chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray([...list.keys()], { minLength: list.length })));
    fc.assert(
      fc.property(listAndOrder, ([list, order]) => {
        const listed = list.map((r, i) => req(`s${i}`, r.level, r.importance, false));
        const have = levels(Object.fromEntries(list.map((r, i) => [`s${i}`, r.have])));
        // Σ I·min(u, L)·(60/L) is a sum of whole numbers, so exact; then one division.
        const exact = list.reduce((sum, r) => sum + r.importance * Math.min(r.have, r.level) * (60 / r.level), 0) / (60 * list.reduce((sum, r) => sum + r.importance, 0));
        expect(fitSummary(order.map((i) => listed[i]!), have).fit).toBe(exact);
        expect(fitSummary(listed, have).fit).toBe(exact);
      }),
    );
  });
});

describe('riskFit', () => {
  it('uses σ = 0.75 when the role is stricter and 1.25 when it is looser', () => {
    expect(riskSigma).toEqual({ stricter: 0.75, looser: 1.25 });
    // One decade stricter: exp(−½ (1/0.75)²) = exp(−8/9) ≈ 0.41111
    const stricter = riskFit(0.003, 0.03);
    expect(stricter.decades).toBeCloseTo(-1, 12);
    expect(stricter.fit).toBeCloseTo(Math.exp(-8 / 9), 12);
    expect(stricter.fit).toBeCloseTo(0.41111, 5);
    // One decade looser: exp(−½ (1/1.25)²) = exp(−0.32) ≈ 0.72615
    const looser = riskFit(0.3, 0.03);
    expect(looser.decades).toBeCloseTo(1, 12);
    expect(looser.fit).toBeCloseTo(Math.exp(-0.32), 12);
    expect(looser.fit).toBeCloseTo(0.72615, 5);
  });

  it('measures the distance in decades on the log10 scale', () => {
    // Role 0.005 against a preferred 0.03: d = log10(0.005 / 0.03) = log10(1/6) ≈ −0.77815 decades,
    // R = exp(−½ (0.77815 / 0.75)²) ≈ 0.58378
    const fit = riskFit(0.005, 0.03);
    expect(fit.decades).toBeCloseTo(Math.log10(0.005 / 0.03), 12);
    expect(fit.decades).toBeCloseTo(-0.77815, 5);
    expect(fit.fit).toBeCloseTo(0.58378, 5);
  });

  it('is 1 at the preferred ETR', () => {
    expect(riskFit(0.03, 0.03)).toEqual({ fit: 1, decades: 0 });
  });
});

describe('comfortBand', () => {
  it('spans the ETRs where the risk fit is at least one half', () => {
    // R = ½ where |d| = σ·√(2 ln 2): 0.75·1.17741 = 0.88306 decades down, 1.25·1.17741 = 1.47176 up.
    const band = comfortBand(0.03);
    expect(band.low).toBeCloseTo(0.03 * 10 ** -0.883059, 6);
    expect(band.low).toBeCloseTo(0.003927, 6);
    expect(band.high).toBeCloseTo(0.888963, 6);
    expect(riskFit(band.low, 0.03).fit).toBeCloseTo(0.5, 9);
    expect(riskFit(band.high, 0.03).fit).toBeCloseTo(0.5, 9);
  });

  it('never goes above an ETR of 1', () => {
    expect(comfortBand(0.3).high).toBe(1);
  });
});

describe('interestFit', () => {
  it('is 1 for a chosen domain, 0.25 for the others, 0.5 for all when none are chosen', () => {
    expect(interestFit('medical', ['medical', 'finance'])).toBe(1);
    expect(interestFit('content', ['medical', 'finance'])).toBe(0.25);
    expect(interestFit('content', [])).toBe(0.5);
    expect(interestFit('medical', [])).toBe(0.5);
  });
});

describe('totalScore', () => {
  it('is the weighted sum with weights normalised to sum 1', () => {
    // Weights 2 / 1 / 1 normalise to 0.5 / 0.25 / 0.25: T = 0.5·0.8 + 0.25·0.4 + 0.25·1 = 0.75
    const weights = normalizeWeights({ skill: 2, risk: 1, interest: 1 });
    expect(weights).toEqual({ skill: 0.5, risk: 0.25, interest: 0.25 });
    expect(totalScore({ skill: 0.8, risk: 0.4, interest: 1 }, weights)).toBeCloseTo(0.75, 12);
  });

  it('uses 0.6 / 0.3 / 0.1 by default', () => {
    expect(defaultWeights).toEqual({ skill: 0.6, risk: 0.3, interest: 0.1 });
    // T = 0.6·0.5 + 0.3·1 + 0.1·0.5 = 0.65
    expect(totalScore({ skill: 0.5, risk: 1, interest: 0.5 }, normalizeWeights(defaultWeights))).toBeCloseTo(0.65, 12);
  });

  it('gives the same ranking weights whatever their scale', () => {
    const a = normalizeWeights({ skill: 6, risk: 3, interest: 1 });
    const b = normalizeWeights({ skill: 0.6, risk: 0.3, interest: 0.1 });
    for (const key of ['skill', 'risk', 'interest'] as const) expect(a[key]).toBeCloseTo(b[key], 12);
  });
});

describe('readiness', () => {
  const fit = (value: number, gaps: SkillFit['gaps'] = [], redFlags: SkillFit['redFlags'] = []): SkillFit => ({ fit: value, gapCount: gaps.length, essentialGap: gaps.some((g) => g.essential), redFlagCount: redFlags.length, gaps, redFlags, strengths: [] });
  const optionalGap = { skill: 'sql', have: 2, need: 3, importance: 2, essential: false };
  const essentialGap = { skill: 'python', have: 3, need: 4, importance: 4, essential: true };
  const redFlag = { skill: 'python', have: 1, need: 4, importance: 4, essential: true };

  it('is ready with no essential gap and S ≥ 0.85', () => {
    expect(readiness(fit(0.85), 'entry', 0)).toBe('ready');
    expect(readiness(fit(0.9, [optionalGap]), 'entry', 0)).toBe('ready');
  });

  it('is a stretch with no red flag and S ≥ 0.6', () => {
    expect(readiness(fit(0.84), 'entry', 0)).toBe('stretch');
    expect(readiness(fit(0.95, [essentialGap]), 'entry', 0)).toBe('stretch');
    expect(readiness(fit(0.6, [essentialGap]), 'entry', 0)).toBe('stretch');
  });

  it('is a long shot otherwise', () => {
    expect(readiness(fit(0.59), 'entry', 0)).toBe('long-shot');
    expect(readiness(fit(0.8, [redFlag], [redFlag]), 'entry', 0)).toBe('long-shot');
  });

  it('is one step lower for a senior role under 5 years of experience', () => {
    expect(readiness(fit(1), 'senior', 4.9)).toBe('stretch');
    expect(readiness(fit(1), 'senior', 5)).toBe('ready');
    expect(readiness(fit(0.7), 'senior', 4)).toBe('long-shot');
    expect(readiness(fit(0.7), 'senior', 10)).toBe('stretch');
    expect(readiness(fit(0.3), 'senior', 0)).toBe('long-shot');
  });

  it('is one step lower for a mid role under 2 years of experience', () => {
    expect(readiness(fit(1), 'mid', 1)).toBe('stretch');
    expect(readiness(fit(1), 'mid', 2)).toBe('ready');
    expect(readiness(fit(0.7), 'mid', 1.5)).toBe('long-shot');
  });

  it('does not lower entry roles', () => {
    expect(readiness(fit(1), 'entry', 0)).toBe('ready');
  });
});
