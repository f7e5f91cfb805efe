import type { Requirement, Skill } from '../model/catalog.js';
import { readyFit, stretchFit } from './score.js';

/** The least learning that reaches a readiness: level steps, and hours where the catalog gives them. */
export interface EffortStep {
  steps: number;
  /** Null when a skill on the way has no hours in the catalog. */
  hours: number | null;
}

export interface RoleEffort {
  /** To ready; zero steps when the skills are there already. */
  ready: EffortStep;
  /** To stretch, only where the role is a long shot (stretch is then nearer); otherwise null. */
  stretch: EffortStep | null;
  /** Years of experience the role's seniority asks beyond the person's; null when none. */
  yearsShort: number | null;
}

/** What a readiness asks of the skills: a skill fit, and a floor for each essential skill's level. */
export interface ReadinessGoal {
  fit: number;
  essentialFloor: (level: number) => number;
}

/** Ready: every essential skill at its level, S ≥ 0.85. Stretch: no red flag (an essential at most one level short), S ≥ 0.6. */
export const toReady: ReadinessGoal = { fit: readyFit, essentialFloor: (level) => level };
export const toStretch: ReadinessGoal = { fit: stretchFit, essentialFloor: (level) => level - 1 };

/**
 * A level covers 1/L of a requirement; in units of 1/60 (60 is divisible by every L from 1 to 5)
 * each level's share is a whole number, so the search below adds integers, not floating sums.
 */
const unitsPerRequirement = 60;

/**
 * The least effort that brings the person's skills to a readiness: each requirement raised to at
 * least its floor (an essential to its level for ready, to one below it for stretch), and skill fit
 * S = Σ I·min(u/L, 1) / Σ I at least the readiness's threshold. Exact, not greedy: a knapsack over
 * the requirements (each raised to one of its levels, costing the hours of its steps), so more
 * gaps never take fewer hours and a ready role takes none. Where a skill on the way has no hours
 * in the catalog, steps are minimised instead and the hours are unknown.
 */
export function effortTo(requirements: readonly Requirement[], levelOf: (skill: string) => number, learnOf: (skill: string) => Skill['learn'], target: ReadinessGoal): EffortStep {
  const { steps, hours } = cheapestLevels(requirements, levelOf, learnOf, target);
  return { steps, hours };
}

/** effortTo with the levels it chose: skill → the level to reach (only the skills it raises). */
export function cheapestLevels(
  requirements: readonly Requirement[],
  levelOf: (skill: string) => number,
  learnOf: (skill: string) => Skill['learn'],
  target: ReadinessGoal,
): EffortStep & { levels: Map<string, number> } {
  const totalImportance = requirements.reduce((sum, r) => sum + r.importance, 0);
  const need = Math.ceil(target.fit * totalImportance * unitsPerRequirement - 1e-9);
  const gaps = requirements.filter((r) => levelOf(r.skill) < r.level);
  const hoursKnown = gaps.every((r) => learnOf(r.skill) !== undefined);
  const cost = (r: Requirement, from: number, to: number) => (to === from ? 0 : hoursKnown ? learnOf(r.skill)!.hoursPerLevel.slice(from, to).reduce((sum, h) => sum + h, 0) : to - from);
  const value = (r: Requirement, level: number) => (r.importance * Math.min(level, r.level) * unitsPerRequirement) / r.level;
  const haveOf = (r: Requirement) => Math.min(levelOf(r.skill), r.level);
  // What the fit must gain, in units: the target less what the person already covers.
  const needGain = Math.max(0, need - requirements.reduce((sum, r) => sum + value(r, haveOf(r)), 0));
  // stages[k][g]: the least cost (then steps) that gains g units (capped at needGain) over the
  // first k requirements, with the level chosen for the k-th and the gain before it, to walk back.
  type Entry = { cost: number; steps: number; level: number; from: number };
  const stages: (Entry | undefined)[][] = [[{ cost: 0, steps: 0, level: 0, from: 0 }]];
  for (const r of requirements) {
    const have = haveOf(r);
    const floor = r.essential ? Math.max(have, target.essentialFloor(r.level)) : have;
    const next: (Entry | undefined)[] = [];
    stages.at(-1)!.forEach((entry, g) => {
      if (entry === undefined) return;
      for (let level = floor; level <= r.level; level++) {
        const gained = Math.min(needGain, g + value(r, level) - value(r, have));
        const candidate = { cost: entry.cost + cost(r, have, level), steps: entry.steps + level - have, level, from: g };
        const known = next[gained];
        if (known === undefined || candidate.cost < known.cost || (candidate.cost === known.cost && candidate.steps < known.steps)) next[gained] = candidate;
      }
    });
    stages.push(next);
  }
  // Raising every requirement to its level reaches S = 1, so the full gain is always reachable.
  const found = stages.at(-1)![needGain]!;
  const levels = new Map<string, number>();
  let g = needGain;
  for (let k = requirements.length; k > 0; k--) {
    const entry = stages[k]![g]!;
    if (entry.level > haveOf(requirements[k - 1]!)) levels.set(requirements[k - 1]!.skill, entry.level);
    g = entry.from;
  }
  return { steps: found.steps, hours: hoursKnown ? found.cost : null, levels };
}

/** Effort to ready (and to stretch where the role is a long shot), from the role's requirements. */
export function roleEffort(requirements: readonly Requirement[], levelOf: (skill: string) => number, learnOf: (skill: string) => Skill['learn'], longShot: boolean, yearsNeeded: number, experienceYears: number): RoleEffort {
  return {
    ready: effortTo(requirements, levelOf, learnOf, toReady),
    stretch: longShot ? effortTo(requirements, levelOf, learnOf, toStretch) : null,
    yearsShort: experienceYears < yearsNeeded ? Math.ceil(yearsNeeded - experienceYears) : null,
  };
}
