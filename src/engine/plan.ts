import type { Catalog, Skill } from '../model/catalog.js';
import { scoreRole, type ScoredRole } from './rank.js';
import { type Profile } from '../model/profile.js';
import { cheapestLevels, toReady, toStretch } from './effort.js';
import { skillLevel } from '../model/levels.js';
import { experienceNeeded, type Readiness } from '../model/readiness.js';

/**
 * The learning plan: a sequence of one-level skill upgrades toward target roles, quick wins
 * first. Each step looks at the targets not yet ready and the next readiness each could reach
 * (stretch for a long shot, ready for a stretch), finds the one nearest in hours (the least
 * learning that reaches it, engine/effort.ts), and takes one level of the skills that path
 * raises: essential skills first, then the most important. So the plan's first readiness change
 * comes no later than any target's could.
 */
export interface PlanTarget {
  role: string;
  title: string;
  scoreBefore: number;
  readinessBefore: Readiness;
  scoreAfter: number;
  readinessAfter: Readiness;
  /**
   * Set when every skill requirement is met and the role is still not ready: the years of
   * experience its seniority asks for, which no skill upgrade can stand in for. Null otherwise.
   */
  yearsNeeded: number | null;
}

export interface PlanStep {
  skill: string;
  from: number;
  to: number;
  /** Sum over the targets of the score gained by this step. */
  gain: number;
  /** The catalog's hours for this level of the skill: an estimate; null where it gives none. */
  hours: number | null;
  /** Target roles whose skill fit this step raises. */
  serves: string[];
  scoreAfter: Record<string, number>;
  readinessAfter: Record<string, Readiness>;
  /** Targets whose readiness changed with this step, e.g. "stretch → ready". */
  readinessChanges: { role: string; from: Readiness; to: Readiness }[];
}

export interface LearningPlan {
  targets: PlanTarget[];
  steps: PlanStep[];
  /** True when every target ended ready. */
  reached: boolean;
  /** Why the plan stopped. */
  stoppedBecause: 'all-ready' | 'no-gain' | 'step-limit';
  /** The steps' hours added up; null where a step's hours are unknown. */
  totalHours: number | null;
}

const epsilon = 1e-12;

export function planLearning(catalog: Catalog, profile: Profile, targetIds: readonly string[], maxSteps: number): LearningPlan {
  const domains = new Map(catalog.domains.map((d) => [d.id, d]));
  const roles = targetIds.map((id) => catalog.roles.find((r) => r.id === id)!);
  const score = (skills: Readonly<Record<string, number>>): ScoredRole[] => roles.map((role) => scoreRole(role, domains.get(role.domain)!, { ...profile, skills }));

  let skills: Record<string, number> = { ...profile.skills };
  let current = score(skills);
  const initial = current;
  const steps: PlanStep[] = [];
  let stoppedBecause: LearningPlan['stoppedBecause'] = 'step-limit';

  const learning = new Map(catalog.skills.map((s) => [s.id, s.learn]));
  const learnOf = (skill: string) => learning.get(skill);
  while (true) {
    if (current.every((s) => s.readiness === 'ready')) {
      stoppedBecause = 'all-ready';
      break;
    }
    if (steps.length >= maxSteps) break;
    const next = nextUpgrade(current, skills, learnOf, profile.experienceYears);
    if (next === undefined) {
      stoppedBecause = 'no-gain';
      break;
    }
    const from = skillLevel(skills, next);
    skills = { ...skills, [next]: from + 1 };
    const before = current;
    current = score(skills);
    steps.push({
      skill: next,
      from,
      to: from + 1,
      gain: current.reduce((sum, s, i) => sum + s.score - before[i]!.score, 0),
      hours: learnOf(next)?.hoursPerLevel[from] ?? null,
      // Every target whose skill fit the step raised: what moves it toward readiness (its score
      // rises with it, unless the skill weight is 0).
      serves: current.filter((s, i) => s.fit.fit > before[i]!.fit.fit + epsilon).map((s) => s.role.id),
      scoreAfter: Object.fromEntries(current.map((s) => [s.role.id, s.score])),
      readinessAfter: Object.fromEntries(current.map((s) => [s.role.id, s.readiness])),
      readinessChanges: current.flatMap((s, i) => (s.readiness !== before[i]!.readiness ? [{ role: s.role.id, from: before[i]!.readiness, to: s.readiness }] : [])),
    });
  }

  return {
    targets: current.map((s, i) => ({
      role: s.role.id,
      title: s.role.title,
      scoreBefore: initial[i]!.score,
      readinessBefore: initial[i]!.readiness,
      scoreAfter: s.score,
      readinessAfter: s.readiness,
      yearsNeeded: s.fit.gapCount === 0 && s.readiness !== 'ready' ? experienceNeeded[s.role.seniority] : null,
    })),
    steps,
    reached: current.every((s) => s.readiness === 'ready'),
    stoppedBecause,
    totalHours: steps.some((s) => s.hours === null) ? null : steps.reduce((sum, s) => sum + s.hours!, 0),
  };
}

/**
 * The next one-level upgrade: toward the target whose next readiness is nearest in hours (then in
 * steps, then the first target), along the least-effort path to it; undefined when skills alone
 * move no target (what is left is years of experience).
 */
function nextUpgrade(current: ScoredRole[], skills: Readonly<Record<string, number>>, learnOf: (skill: string) => Skill['learn'], experienceYears: number): string | undefined {
  let nearest: { hours: number; steps: number; path: string[] } | undefined;
  for (const target of current) {
    if (target.readiness === 'ready') continue;
    // Short of the years its seniority asks, a role is one readiness lower than its skills: its
    // next readiness then takes the skills of the one above, and from stretch no skill helps.
    const yearsShort = experienceYears < experienceNeeded[target.role.seniority];
    if (yearsShort && target.readiness === 'stretch') continue;
    const goal = target.readiness === 'long-shot' && !yearsShort ? toStretch : toReady;
    const path = cheapestLevels(target.role.skills, (skill) => skillLevel(skills, skill), learnOf, goal);
    if (path.levels.size === 0) continue;
    const hours = path.hours ?? path.steps;
    if (nearest === undefined || hours < nearest.hours || (hours === nearest.hours && path.steps < nearest.steps)) {
      // Essential skills first, then the most important, then by id: the same order every time.
      const order = target.role.skills.filter((r) => path.levels.has(r.skill)).sort((a, b) => Number(b.essential) - Number(a.essential) || b.importance - a.importance || (a.skill < b.skill ? -1 : 1));
      nearest = { hours, steps: path.steps, path: order.map((r) => r.skill) };
    }
  }
  return nearest?.path[0];
}
