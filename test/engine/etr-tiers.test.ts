import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tierCeilings, tierOf, tierRange, tiers, type Tier } from '../../src/model/etr.js';

/** Reads "a < ETR ≤ b", "ETR ≤ b" or "ETR > a" back into bounds. */
function bounds(range: string): { floor: number; ceiling: number } {
  const between = /^([\d.]+) < ETR ≤ ([\d.]+)$/.exec(range);
  if (between) return { floor: Number(between[1]), ceiling: Number(between[2]) };
  const below = /^ETR ≤ ([\d.]+)$/.exec(range);
  if (below) return { floor: 0, ceiling: Number(below[1]) };
  const above = /^ETR > ([\d.]+)$/.exec(range);
  if (above) return { floor: Number(above[1]), ceiling: 1 };
  throw new Error(`unexpected tier range: ${range}`);
}

// An ETR is a fraction strictly between 0 and 1.
const etr = fc.double({ min: Number.MIN_VALUE, max: 1, maxExcluded: true, noNaN: true });

describe('ETR tiers', () => {
  it('puts each documented boundary in the lower tier (ceilings are inclusive)', () => {
    expect(tierOf(0.001)).toBe('critical');
    expect(tierOf(0.0011)).toBe('strict');
    expect(tierOf(0.01)).toBe('strict');
    expect(tierOf(0.05)).toBe('guarded');
    expect(tierOf(0.15)).toBe('tolerant');
    expect(tierOf(0.1500001)).toBe('open');
    for (const [tier, ceiling] of Object.entries(tierCeilings)) expect(tierOf(ceiling)).toBe(tier);
  });

  it('describes each tier\'s range', () => {
    expect(tiers.map((t: Tier) => tierRange(t))).toEqual(['ETR ≤ 0.001', '0.001 < ETR ≤ 0.01', '0.01 < ETR ≤ 0.05', '0.05 < ETR ≤ 0.15', 'ETR > 0.15']);
  });

  it('tierOf is monotonic in the ETR', () => {
    fc.assert(
      fc.property(etr, etr, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(tiers.indexOf(tierOf(low))).toBeLessThanOrEqual(tiers.indexOf(tierOf(high)));
      }),
    );
  });

  it('tierOf agrees with tierRange: every ETR lies in the range of its tier', () => {
    fc.assert(
      fc.property(etr, (value) => {
        const { floor, ceiling } = bounds(tierRange(tierOf(value)));
        expect(value).toBeGreaterThan(floor);
        expect(value).toBeLessThanOrEqual(ceiling);
      }),
    );
  });
});
