import type { Components, Weights } from './score.js';

/** Every weight vector (skill, risk, interest) on the simplex with the given step, e.g. 0.05 → 231 points. */
export function weightGrid(step: number): Weights[] {
  const divisions = Math.round(1 / step);
  const grid: Weights[] = [];
  for (let i = 0; i <= divisions; i++) {
    for (let j = 0; j <= divisions - i; j++) {
      grid.push({ skill: i / divisions, risk: j / divisions, interest: (divisions - i - j) / divisions });
    }
  }
  return grid;
}

export interface StabilityInput {
  id: string;
  components: Components;
}

/**
 * For each role, the share of weight vectors on the grid under which it stays in the top N.
 * The components do not depend on the weights, so each grid point only re-sums and re-sorts.
 * Ties break as the ranking does: skill fit, then id.
 */
export function rankingStability(roles: readonly StabilityInput[], top: number, step = 0.05): Map<string, number> {
  const grid = weightGrid(step);
  const counts = new Map(roles.map((r) => [r.id, 0]));
  const order = roles.map((r, index) => ({ ...r, index, score: 0 }));
  for (const w of grid) {
    for (const r of order) r.score = w.skill * r.components.skill + w.risk * r.components.risk + w.interest * r.components.interest;
    order.sort((a, b) => b.score - a.score || b.components.skill - a.components.skill || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (let i = 0; i < Math.min(top, order.length); i++) counts.set(order[i]!.id, counts.get(order[i]!.id)! + 1);
  }
  return new Map([...counts].map(([id, count]) => [id, count / grid.length]));
}

/** A role is robust when it stays in the top N under at least half the weightings. */
export function stabilityBadge(stability: number): 'robust' | 'sensitive' {
  return stability >= 0.5 ? 'robust' : 'sensitive';
}
