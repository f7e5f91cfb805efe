import type { Catalog } from '../catalog/types.js';
import { scoreRole, type Profile, type ScoredRole } from './advise.js';
import { skillLevel } from './levels.js';
import { experienceNeeded, type Readiness } from './score.js';

/**
 * The learning plan: a sequence of one-level skill upgrades toward target roles. Each step
 * considers the skills that a target not yet ready lacks (a target that is ready needs nothing
 * more) and takes the upgrade with the largest total gain in the targets' scores; while any
 * target still has a red flag, only upgrades of essential skills are considered, because a red
 * flag bars the role whatever the score.
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
  /** Target roles whose score this step raises. */
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

  while (true) {
    if (current.every((s) => s.readiness === 'ready')) {
      stoppedBecause = 'all-ready';
      break;
    }
    if (steps.length >= maxSteps) break;
    const open = current.filter((s) => s.readiness !== 'ready');
    const redFlagged = open.some((s) => s.fit.redFlags.length > 0);
    const candidates = candidateSkills(open, redFlagged);
    let best: { skill: string; gain: number; after: ScoredRole[] } | undefined;
    for (const skill of candidates) {
      const level = skillLevel(skills, skill);
      if (level >= 5) continue;
      const after = score({ ...skills, [skill]: level + 1 });
      const gain = after.reduce((sum, s, i) => sum + s.score - current[i]!.score, 0);
      if (gain > epsilon && (!best || gain > best.gain + epsilon)) best = { skill, gain, after };
    }
    if (!best) {
      stoppedBecause = 'no-gain';
      break;
    }
    const from = skillLevel(skills, best.skill);
    skills = { ...skills, [best.skill]: from + 1 };
    const before = current;
    current = best.after;
    steps.push({
      skill: best.skill,
      from,
      to: from + 1,
      gain: best.gain,
      // Every target the step raised at all: the total gain is what must clear epsilon, and a
      // tiny skill weight spreads it thin over several targets.
      serves: current.filter((s, i) => s.score > before[i]!.score).map((s) => s.role.id),
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
      yearsNeeded: s.fit.gaps.length === 0 && s.readiness !== 'ready' ? experienceNeeded[s.role.seniority] : null,
    })),
    steps,
    reached: current.every((s) => s.readiness === 'ready'),
    stoppedBecause,
  };
}

/** Skills some of these targets still lack, sorted by id so ties go to the same skill every time. */
function candidateSkills(scored: ScoredRole[], essentialOnly: boolean): string[] {
  const skills = new Set<string>();
  for (const s of scored) for (const gap of s.fit.gaps) if (!essentialOnly || gap.essential) skills.add(gap.skill);
  // With red flags left but no essential gap that moves a score, fall back to every gap.
  if (essentialOnly && skills.size === 0) return candidateSkills(scored, false);
  return [...skills].sort();
}
