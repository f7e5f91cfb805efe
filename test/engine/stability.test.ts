import { describe, expect, it } from 'vitest';
import { rankingStability, weightGrid, type StabilityInput } from '../../src/engine/stability.js';
import { stabilityBadge } from '../../src/render/advise-view.js';

const entry = (id: string, skill: number, risk: number, interest: number): StabilityInput => ({ id, components: { skill, risk, interest } });

describe('weightGrid', () => {
  const grid = weightGrid(0.05);

  it('has the 231 points of the 0.05 simplex grid, each summing to 1', () => {
    // Points (i, j, k)/20 with i + j + k = 20: C(22, 2) = 231.
    expect(grid).toHaveLength(231);
    for (const w of grid) {
      expect(w.skill + w.risk + w.interest).toBeCloseTo(1, 12);
      for (const v of [w.skill, w.risk, w.interest]) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
        expect(Math.round(v * 20)).toBeCloseTo(v * 20, 9);
      }
    }
  });

  it('holds every point once, corners included', () => {
    expect(new Set(grid.map((w) => `${Math.round(w.skill * 20)}/${Math.round(w.risk * 20)}/${Math.round(w.interest * 20)}`)).size).toBe(231);
    for (const corner of [
      { skill: 1, risk: 0, interest: 0 },
      { skill: 0, risk: 1, interest: 0 },
      { skill: 0, risk: 0, interest: 1 },
    ]) {
      expect(grid).toContainEqual(corner);
    }
  });

  it('has (n+1)(n+2)/2 points for other steps', () => {
    expect(weightGrid(0.5)).toHaveLength(6);
    expect(weightGrid(0.1)).toHaveLength(66);
    expect(weightGrid(1)).toHaveLength(3);
  });
});

describe('rankingStability', () => {
  it('gives 1 to a role that beats the others on every component', () => {
    const shares = rankingStability([entry('best', 0.9, 0.9, 0.9), entry('mid', 0.5, 0.8, 0.1), entry('low', 0.2, 0.1, 0.8)], 1);
    expect(shares.get('best')).toBe(1);
    expect(shares.get('mid')).toBe(0);
    expect(shares.get('low')).toBe(0);
  });

  it('gives the hand-counted share to a role that leads only under skill-heavy weights', () => {
    // skilled (1, 0, 0) against broad (0, 0.6, 0.6): skilled scores w_s, broad 0.6·(1 − w_s).
    // skilled leads when w_s > 0.375, i.e. i ≥ 8 of 20 (no ties on the grid): the points with
    // i = 8 … 20 number 13 + 12 + … + 1 = 91, so its share is 91/231; broad has the other 140.
    const shares = rankingStability([entry('broad', 0, 0.6, 0.6), entry('skilled', 1, 0, 0)], 1);
    expect(shares.get('skilled')).toBe(91 / 231);
    expect(shares.get('broad')).toBe(140 / 231);
    // In a top 2 of two roles, both always stay.
    expect([...rankingStability([entry('broad', 0, 0.6, 0.6), entry('skilled', 1, 0, 0)], 2).values()]).toEqual([1, 1]);
  });

  it('breaks exact ties by skill fit, then id, as the ranking does', () => {
    // Equal components everywhere: the tie goes to the id that sorts first at every point.
    const tied = rankingStability([entry('b', 0.5, 0.5, 0.5), entry('a', 0.5, 0.5, 0.5)], 1);
    expect(tied.get('a')).toBe(1);
    expect(tied.get('b')).toBe(0);
    // skilled (1, 0, 0) against even (0, 1, 1) tie at w_s = 0.5 (i = 10), where the higher
    // skill fit wins: i = 10 … 20 gives 11 + 10 + … + 1 = 66 points.
    expect(rankingStability([entry('even', 0, 1, 1), entry('skilled', 1, 0, 0)], 1).get('skilled')).toBe(66 / 231);
  });

  it('sums to top × 231 points over all roles', () => {
    const roles = [entry('a', 0.9, 0.1, 0.5), entry('b', 0.4, 0.9, 0.3), entry('c', 0.6, 0.6, 0.6), entry('d', 0.1, 0.2, 1), entry('e', 0.7, 0.5, 0.25)];
    const shares = rankingStability(roles, 2);
    expect([...shares.values()].reduce((sum, v) => sum + v * 231, 0)).toBeCloseTo(2 * 231, 9);
  });

  it('is deterministic and does not depend on the input order', () => {
    const roles = [entry('a', 0.9, 0.1, 0.5), entry('b', 0.4, 0.9, 0.3), entry('c', 0.6, 0.6, 0.6), entry('d', 0.1, 0.2, 1)];
    const once = [...rankingStability(roles, 2)].sort();
    expect([...rankingStability(roles, 2)].sort()).toEqual(once);
    expect([...rankingStability([...roles].reverse(), 2)].sort()).toEqual(once);
  });
});

describe('stabilityBadge', () => {
  it('calls a role robust from one half up', () => {
    expect(stabilityBadge(0.5)).toBe('robust');
    expect(stabilityBadge(1)).toBe('robust');
    expect(stabilityBadge(0.4999)).toBe('sensitive');
    expect(stabilityBadge(0)).toBe('sensitive');
  });
});
