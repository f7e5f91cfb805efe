import { compareIds } from '../model/ids.js';
import { experienceNeeded, readinessLevels, type Readiness } from '../model/readiness.js';
import type { Weights } from '../model/weights.js';
import type { Requirement } from '../model/catalog.js';
import { decadesBetween } from '../model/etr.js';

/**
 * The scoring model, one pure function per idea (README "Scoring model" gives the formulas).
 * Levels are 0–5; every score is in [0, 1].
 */

export interface Gap {
  skill: string;
  have: number;
  need: number;
  importance: number;
  essential: boolean;
}

/** S, and what readiness asks of the gaps: all that ranking a role needs. */
export interface FitSummary {
  /** S = Σ I·min(u/L, 1) / Σ I */
  fit: number;
  gapCount: number;
  /** Whether an essential requirement is not met. */
  essentialGap: boolean;
  /** Essential requirements missed by two levels or more. */
  redFlagCount: number;
}

/** The summary with the requirements listed: what a report shows of the roles it names. */
export interface SkillFit extends FitSummary {
  /** Requirements the person does not meet, largest I·(L − u) first. */
  gaps: Gap[];
  /** Essential requirements missed by two levels or more. */
  redFlags: Gap[];
  /** Requirements met, most important first. */
  strengths: Gap[];
}

/**
 * A requirement's part of the skill fit's sum, I·min(u/L, 1), in units of 1/60 of a level's
 * importance: a whole number, as levels and importances are whole and 60 is divisible by every
 * level L from 1 to 5. Whole numbers add up exactly in any order, so each scorer (this one, the
 * batch's in top-roles.ts, the team's) sums a role's requirements in whatever order suits it and
 * reaches the same skill fit, to the bit.
 */
export const fitUnitsPerLevel = 60;

export function fitUnits(importance: number, have: number, need: number): number {
  return importance * Math.min(have, need) * (fitUnitsPerLevel / need);
}

/** S from a role's summed fitUnits and its total importance: one rounding, the same for every scorer. */
export function skillFitFromUnits(units: number, totalImportance: number): number {
  return totalImportance === 0 ? 0 : units / (totalImportance * fitUnitsPerLevel);
}

/**
 * S and the counts readiness needs, without listing anything: ranking scores every role, and only
 * the few a report shows need their gaps listed and sorted (skillFit).
 */
export function fitSummary(requirements: readonly Requirement[], levelOf: (skill: string) => number): FitSummary {
  let total = 0;
  let units = 0;
  let gapCount = 0;
  let essentialGap = false;
  let redFlagCount = 0;
  for (const { skill, level: need, importance, essential } of requirements) {
    const have = levelOf(skill);
    total += importance;
    units += fitUnits(importance, have, need);
    if (have >= need) continue;
    gapCount++;
    if (essential) essentialGap = true;
    if (essential && have <= need - 2) redFlagCount++;
  }
  return { fit: skillFitFromUnits(units, total), gapCount, essentialGap, redFlagCount };
}

/** The summary with the requirements listed and sorted, for a role a report shows. */
export function skillFit(requirements: readonly Requirement[], levelOf: (skill: string) => number): SkillFit {
  const gaps: Gap[] = [];
  const strengths: Gap[] = [];
  for (const { skill, level: need, importance, essential } of requirements) {
    const have = levelOf(skill);
    (have < need ? gaps : strengths).push({ skill, have, need, importance, essential });
  }
  gaps.sort((a, b) => b.importance * (b.need - b.have) - a.importance * (a.need - a.have) || Number(b.essential) - Number(a.essential) || compareIds(a.skill, b.skill));
  strengths.sort((a, b) => b.importance - a.importance || b.need - a.need || compareIds(a.skill, b.skill));
  const redFlags = gaps.filter((g) => g.essential && g.have <= g.need - 2);
  return { ...fitSummary(requirements, levelOf), gaps, redFlags, strengths };
}

/** σ in decades: a role stricter than the person's comfort is penalised faster than a looser one. */
export const riskSigma = { stricter: 0.75, looser: 1.25 } as const;

export interface RiskFit {
  fit: number;
  /** log10(role ETR) − log10(preferred ETR); negative when the role is stricter. */
  decades: number;
}

/** R = exp(−½ (d/σ)²), a bell on the log scale centred on the person's preferred ETR. */
export function riskFit(roleEtr: number, preferredEtr: number): RiskFit {
  const decades = decadesBetween(roleEtr, preferredEtr);
  const sigma = decades < 0 ? riskSigma.stricter : riskSigma.looser;
  const z = decades / sigma;
  return { fit: Math.exp(-0.5 * z * z), decades };
}

/** The ETRs between which the risk fit stays at or above one half: the person's comfort band. */
export function comfortBand(preferredEtr: number): { low: number; high: number } {
  const halfWidth = Math.sqrt(2 * Math.LN2);
  return {
    low: preferredEtr * 10 ** (-riskSigma.stricter * halfWidth),
    high: Math.min(preferredEtr * 10 ** (riskSigma.looser * halfWidth), 1),
  };
}

/** N: 1 for a chosen domain; 0.5 for all when none are chosen; 0.25 for the rest when some are. */
export function interestFit(domain: string, interests: readonly string[]): number {
  if (interests.length === 0) return 0.5;
  return interests.includes(domain) ? 1 : 0.25;
}

export interface Components {
  skill: number;
  risk: number;
  interest: number;
}

/** T = w_s·S + w_r·R + w_n·N with normalised weights. */
export function totalScore(components: Components, weights: Weights): number {
  return weights.skill * components.skill + weights.risk * components.risk + weights.interest * components.interest;
}

/** The skill fit each readiness needs (besides its rule on essential skills). */
export const readyFit = 0.85;
export const stretchFit = 0.6;

export function readiness(fit: FitSummary, seniority: keyof typeof experienceNeeded, experienceYears: number): Readiness {
  return readinessOf(fit.fit, fit.essentialGap, fit.redFlagCount, experienceNeeded[seniority], experienceYears);
}

/**
 * What readiness needs of a skill fit S: ready at S ≥ 0.85 with no essential gap, stretch at
 * S ≥ 0.6 with no red flag, one step further without the role's years. Plain arguments, so the
 * batch.s top-N ranking calls it without making an object per result.
 */
export function readinessOf(fit: number, essentialGap: boolean, redFlags: number, yearsNeeded: number, experienceYears: number): Readiness {
  let step = !essentialGap && fit >= readyFit ? 0 : redFlags === 0 && fit >= stretchFit ? 1 : 2;
  if (experienceYears < yearsNeeded) step = Math.min(step + 1, 2);
  return readinessLevels[step]!;
}
