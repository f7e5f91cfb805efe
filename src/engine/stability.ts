import { compareIds } from '../model/ids.js';
import { type Components } from './score.js';
import { type Weights } from '../model/weights.js';

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
 * The components do not depend on the weights, so each grid point only re-sums them and keeps
 * the best N in one pass (O(roles × N), no sort), over the roles that might make the top.
 * Ties break as the ranking does: skill fit, then id. Visiting the roles in that order once
 * sorted, a later role never displaces an earlier one with the same total.
 */
export function rankingStability(roles: readonly StabilityInput[], top: number, step = 0.05): Map<string, number> {
  const grid = weightGrid(step);
  const ordered = [...roles].sort((a, b) => b.components.skill - a.components.skill || compareIds(a.id, b.id));
  const n = ordered.length;
  const size = Math.min(top, n);
  const skill = Float64Array.from(ordered, (r) => r.components.skill);
  const risk = Float64Array.from(ordered, (r) => r.components.risk);
  const interest = Float64Array.from(ordered, (r) => r.components.interest);
  const counts = new Uint32Array(n);
  const best = new Int32Array(size);
  const bestScore = new Float64Array(size);
  const contenders = notOutranked(skill, risk, interest, size, grid.length);
  for (const w of grid) {
    let filled = 0;
    for (const i of contenders) {
      const score = w.skill * skill[i]! + w.risk * risk[i]! + w.interest * interest[i]!;
      if (filled === size && !(score > bestScore[size - 1]!)) continue;
      let j = filled < size ? filled++ : size - 1;
      for (; j > 0 && score > bestScore[j - 1]!; j--) {
        bestScore[j] = bestScore[j - 1]!;
        best[j] = best[j - 1]!;
      }
      bestScore[j] = score;
      best[j] = i;
    }
    for (let j = 0; j < filled; j++) counts[best[j]!]!++;
  }
  return new Map(ordered.map((r, i) => [r.id, counts[i]! / grid.length]));
}

/**
 * The positions (in the tie order: skill fit down, then id) of the roles that might make a top of
 * `size`. A role that `size` others match or beat in every component, and that comes after them
 * in the tie order, never does: under any weights they all rank ahead of it (rounding is
 * monotone, so their computed totals are never below its own). Such a role keeps a share of 0
 * and is left out of the grid. Each role is compared with at most the first `budget` roles before
 * it (a role it is not compared with only stays in, which is safe), so that this never costs more
 * than the grid points it saves. Roles of one domain share their risk and interest fits, so in a
 * catalog of thousands of roles nearly all are found outranked well within the budget.
 */
function notOutranked(skill: Float64Array, risk: Float64Array, interest: Float64Array, size: number, budget: number): Int32Array {
  const kept: number[] = [];
  for (let i = 0; i < skill.length; i++) {
    // Those before i have at least its skill fit; count those at least as good in the other two.
    let ahead = 0;
    const compared = Math.min(i, budget);
    for (let j = 0; j < compared && ahead < size; j++) if (risk[j]! >= risk[i]! && interest[j]! >= interest[i]!) ahead++;
    if (ahead < size) kept.push(i);
  }
  return Int32Array.from(kept);
}
