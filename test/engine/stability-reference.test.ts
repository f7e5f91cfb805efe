import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankingStability, weightGrid, type StabilityInput } from '../../src/engine/stability.js';

/** The definition, written the slow and obvious way: sort every grid point's ranking in full. */
function referenceStability(roles: readonly StabilityInput[], top: number, step: number): Map<string, number> {
  const grid = weightGrid(step);
  const counts = new Map(roles.map((r) => [r.id, 0]));
  for (const w of grid) {
    const ranked = roles
      .map((r) => ({ ...r, score: w.skill * r.components.skill + w.risk * r.components.risk + w.interest * r.components.interest }))
      .sort((a, b) => b.score - a.score || b.components.skill - a.components.skill || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const r of ranked.slice(0, top)) counts.set(r.id, counts.get(r.id)! + 1);
  }
  return new Map([...counts].map(([id, count]) => [id, count / grid.length]));
}

// Few distinct values, so that equal totals (and the tie-breaks) come up often.
const component = fc.constantFrom(0, 0.25, 0.5, 0.75, 1, 0.3, 0.6);
const roles = fc.uniqueArray(
  fc.record({ id: fc.stringMatching(/^[a-e]{1,3}$/), components: fc.record({ skill: component, risk: component, interest: component }) }),
  { selector: (r) => r.id, maxLength: 25 },
);

describe('rankingStability', () => {
  it('equals the sort-every-ranking definition, ties included', () => {
    fc.assert(
      fc.property(roles, fc.integer({ min: 1, max: 12 }), fc.constantFrom(0.05, 0.1, 0.25, 0.5), (input, top, step) => {
        expect(rankingStability(input, top, step)).toEqual(referenceStability(input, top, step));
      }),
      { numRuns: 400 },
    );
  });

  it('equals it with many more roles than grid points, where each role is compared with only the first roles before it', () => {
    const many = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-f]{1,3}$/), components: fc.record({ skill: component, risk: component, interest: component }) }), { selector: (r) => r.id, minLength: 20, maxLength: 120 });
    fc.assert(
      fc.property(many, fc.integer({ min: 1, max: 12 }), fc.constantFrom(0.25, 0.5), (input, top, step) => {
        expect(rankingStability(input, top, step)).toEqual(referenceStability(input, top, step));
      }),
      { numRuns: 100 },
    );
  });
});
