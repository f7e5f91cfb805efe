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
  // stages[k]: after the first k requirements, the gains (capped at needGain) that no higher gain
  // beats, each with the least cost (then steps) that reaches it, the level chosen for the k-th
  // requirement and the entry of stages[k − 1] it came from, to walk back.
  const stages: Stage[] = [{ gain: Int32Array.of(0), cost: Float64Array.of(0), steps: Float64Array.of(0), level: Int32Array.of(0), from: Int32Array.of(0) }];
  // Arrays indexed by gain, allocated once per call; `mark` tells the gains the stage being built
  // has written from those an earlier stage left, so nothing is cleared between stages.
  const candidates = candidatesFor(needGain + 1);
  for (const [k, r] of requirements.entries()) {
    const options = levelOptions(r, haves[k]!, target, hoursKnown ? learnOf(r.skill)?.hoursPerLevel : undefined, value);
    const previous = stages[k]!;
    writeCandidates(previous, options, needGain, candidates, k + 1);
    // Options ascend in gain, so the gains written lie between the lowest entry plus the first
    // option and the highest plus the last: only that range is scanned, not every gain.
    const low = Math.min(needGain, previous.gain.at(-1)! + options[0]!.gain);
    const high = Math.min(needGain, previous.gain[0]! + options.at(-1)!.gain);
    stages.push(undominated(candidates, k + 1, low, high));
  }
  // Raising every requirement to its level reaches S = 1, so the full gain is always reachable:
  // it is the last stage's highest gain, its first entry.
  const levels = new Map<string, number>();
  for (let k = requirements.length, i = 0; k > 0; k--) {
    const level = stages[k]!.level[i]!;
    if (level > haves[k - 1]!) levels.set(requirements[k - 1]!.skill, level);
    i = stages[k]!.from[i]!;
  }
  const found = stages.at(-1)!;
  return { steps: found.steps[0]!, hours: hoursKnown ? found.cost[0]! : null, levels };
}

/*
 * Typed arrays, not a sparse array of objects per stage: an object for every better candidate,
 * and `forEach` over the holes of a sparse array, made the search about 4 times slower over many
 * calls and 2 times over the 20 or so of one `advise`. Its two loops are functions of their own
 * because V8 optimises small hot functions sooner: as one function the search was slower than the
 * old one in a run of `advise`, which ends before the optimiser has caught up.
 */

/** A stage's entries in parallel arrays, highest gain first. */
interface Stage {
  gain: Int32Array;
  cost: Float64Array;
  steps: Float64Array;
  level: Int32Array;
  from: Int32Array;
}

/** The best candidate so far for each gain of the stage being built, the stage (`mark`) that wrote it, and room to list the gains kept. */
type Candidates = ReturnType<typeof candidatesFor>;
function candidatesFor(gains: number) {
  return { mark: new Int32Array(gains), cost: new Float64Array(gains), steps: new Float64Array(gains), level: new Int32Array(gains), from: new Int32Array(gains), kept: new Int32Array(gains) };
}

/**
 * Writes into `candidates` each entry of the previous stage raised by each option. The entries in
 * ascending gain and the options in their order, as the search has always gone: on equal cost and
 * steps the candidate written first stays.
 */
function writeCandidates(previous: Stage, options: readonly LevelOption[], needGain: number, candidates: Candidates, mark: number): void {
  for (let i = previous.gain.length - 1; i >= 0; i--) {
    const g = previous.gain[i]!;
    const entryCost = previous.cost[i]!;
    const entrySteps = previous.steps[i]!;
    for (const option of options) {
      const gained = Math.min(needGain, g + option.gain);
      const cost = entryCost + option.cost;
      const steps = entrySteps + option.steps;
      if (candidates.mark[gained] !== mark || cost < candidates.cost[gained]! || (cost === candidates.cost[gained] && steps < candidates.steps[gained]!)) {
        candidates.mark[gained] = mark;
        candidates.cost[gained] = cost;
        candidates.steps[gained] = steps;
        candidates.level[gained] = option.level;
        candidates.from[gained] = i;
      }
    }
  }
}

/**
 * The stage of the candidates `mark` wrote between gains `low` and `high`, without the gains that
 * a higher gain reaches for less (or for as much, in fewer steps): whatever the requirements after
 * it add, that higher gain plus the same gets at least as far for less, so no cheapest way goes
 * through them. The choice among equally cheap ways stays the one the full search makes. A role of
 * 40 requirements, all to learn, reaches thousands of gains, most of them so dominated.
 */
function undominated(candidates: Candidates, mark: number, low: number, high: number): Stage {
  let count = 0;
  let bestCost = Infinity;
  let bestSteps = Infinity;
  for (let g = high; g >= low; g--) {
    if (candidates.mark[g] !== mark) continue;
    const cost = candidates.cost[g]!;
    const steps = candidates.steps[g]!;
    if (bestCost < cost || (bestCost === cost && bestSteps < steps)) continue;
    bestCost = cost;
    bestSteps = steps;
    candidates.kept[count++] = g;
  }
  const stage = { gain: candidates.kept.slice(0, count), cost: new Float64Array(count), steps: new Float64Array(count), level: new Int32Array(count), from: new Int32Array(count) };
  for (let i = 0; i < count; i++) {
    const g = stage.gain[i]!;
    stage.cost[i] = candidates.cost[g]!;
    stage.steps[i] = candidates.steps[g]!;
    stage.level[i] = candidates.level[g]!;
    stage.from[i] = candidates.from[g]!;
  }
  return stage;
}

interface LevelOption {
  level: number;
  gain: number;
  cost: number;
  steps: number;
}

/**
 * The levels a requirement may be raised to (from its floor to its level), each with what it adds
 * to the fit in units, its cost (hours, or steps where `hoursPerLevel` is not known) and its steps.
 */
function levelOptions(r: Requirement, have: number, target: ReadinessGoal, hoursPerLevel: readonly number[] | undefined, value: (r: Requirement, level: number) => number) {
  const floor = r.essential ? Math.max(have, target.essentialFloor(r.level)) : have;
  const options: LevelOption[] = [];
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
