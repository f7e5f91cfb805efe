import type { Requirement, Skill } from '../model/catalog.js';
import { fitUnits, fitUnitsPerLevel, readyFit, stretchFit } from './score.js';

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
  // In the skill fit's whole units (score.ts, fitUnits), so the search adds integers, not floating sums.
  const need = Math.ceil(target.fit * totalImportance * fitUnitsPerLevel - 1e-9);
  const value = (r: Requirement, level: number) => fitUnits(r.importance, level, r.level);
  const haves = requirements.map((r) => Math.min(levelOf(r.skill), r.level));
  const hoursKnown = requirements.every((r, k) => haves[k]! >= r.level || learnOf(r.skill) !== undefined);
  // What the fit must gain, in units: the target less what the person already covers.
  const needGain = Math.max(0, need - requirements.reduce((sum, r, k) => sum + value(r, haves[k]!), 0));
  // stages[k][g]: the least cost (then steps) that gains g units (capped at needGain) over the
  // first k requirements, with the level chosen for the k-th and the gain before it, to walk back.
  const stages: Stage[] = [[{ cost: 0, steps: 0, level: 0, from: 0 }]];
  for (const [k, r] of requirements.entries()) {
    const options = levelOptions(r, haves[k]!, target, hoursKnown ? learnOf(r.skill)?.hoursPerLevel : undefined, value);
    const next: Stage = [];
    // forEach visits only the gains reached so far, a few hundred of the thousand or more.
    stages.at(-1)!.forEach((entry, g) => {
      for (const option of options) {
        const gained = Math.min(needGain, g + option.gain);
        const cost = entry!.cost + option.cost;
        const steps = entry!.steps + option.steps;
        const known = next[gained];
        if (known === undefined || cost < known.cost || (cost === known.cost && steps < known.steps)) next[gained] = { cost, steps, level: option.level, from: g };
      }
    });
    stages.push(withoutDominated(next));
  }
  // Raising every requirement to its level reaches S = 1, so the full gain is always reachable.
  const found = stages.at(-1)![needGain]!;
  const levels = new Map<string, number>();
  let g = needGain;
  for (let k = requirements.length; k > 0; k--) {
    const entry = stages[k]![g]!;
    if (entry.level > haves[k - 1]!) levels.set(requirements[k - 1]!.skill, entry.level);
    g = entry.from;
  }
  return { steps: found.steps, hours: hoursKnown ? found.cost : null, levels };
}

type Stage = (Entry | undefined)[];
interface Entry {
  cost: number;
  steps: number;
  level: number;
  from: number;
}

/**
 * A stage without the gains that a higher gain reaches for less (or for as much, in fewer steps):
 * whatever the requirements after it add, that higher gain plus the same gets at least as far for
 * less, so no cheapest way goes through them. The choice among equally cheap ways stays the one the
 * full search makes. A role of 40 requirements, all to learn, reaches thousands of gains, most of
 * them so dominated.
 */
function withoutDominated(stage: Stage): Stage {
  const kept: Stage = [];
  const survivors: number[] = [];
  let bestCost = Infinity;
  let bestSteps = Infinity;
  for (let g = stage.length - 1; g >= 0; g--) {
    const entry = stage[g];
    if (entry === undefined || bestCost < entry.cost || (bestCost === entry.cost && bestSteps < entry.steps)) continue;
    bestCost = entry.cost;
    bestSteps = entry.steps;
    survivors.push(g);
  }
  for (let i = survivors.length - 1; i >= 0; i--) kept[survivors[i]!] = stage[survivors[i]!];
  return kept;
}

/**
 * The levels a requirement may be raised to (from its floor to its level), each with what it adds
 * to the fit in units, its cost (hours, or steps where `hoursPerLevel` is not known) and its steps.
 */
function levelOptions(r: Requirement, have: number, target: ReadinessGoal, hoursPerLevel: readonly number[] | undefined, value: (r: Requirement, level: number) => number) {
  const floor = r.essential ? Math.max(have, target.essentialFloor(r.level)) : have;
  const options: { level: number; gain: number; cost: number; steps: number }[] = [];
  let hours = 0;
  for (let level = have; level <= r.level; level++) {
    if (level > have) hours += hoursPerLevel ? hoursPerLevel[level - 1]! : 1;
    if (level >= floor) options.push({ level, gain: value(r, level) - value(r, have), cost: hours, steps: level - have });
  }
  return options;
}

/** Effort to ready (and to stretch where the role is a long shot), from the role's requirements. */
export function roleEffort(requirements: readonly Requirement[], levelOf: (skill: string) => number, learnOf: (skill: string) => Skill['learn'], longShot: boolean, yearsNeeded: number, experienceYears: number): RoleEffort {
  return {
    ready: effortTo(requirements, levelOf, learnOf, toReady),
    stretch: longShot ? effortTo(requirements, levelOf, learnOf, toStretch) : null,
    yearsShort: experienceYears < yearsNeeded ? Math.ceil(yearsNeeded - experienceYears) : null,
  };
}
