import type { Catalog } from '../model/catalog.js';
import type { SkillLevels } from '../model/levels.js';
import type { Profile } from '../model/profile.js';
import { experienceNeeded, readinessLevels, type Readiness } from '../model/readiness.js';
import { fitUnits, readinessOf, skillFitFromUnits } from './score.js';
import type { TopRoles } from './top-roles.js';

/**
 * The team view's counts: over many people, how many have each role among their top N at each
 * readiness, each domain by their best readiness in it, the levels of each skill, and the skills
 * whose next level would make a role of their top N ready (or a long shot a stretch). Every count
 * is a whole number in a table sized by the catalog, never by the number of people: adding a
 * person changes numbers, not shapes, and two tallies add up to the tally of both inputs, in any
 * order, exactly.
 */

/** Readiness as a step: 0 ready, 1 stretch, 2 long shot; 3 (in `best`) for a person with no role in reach. */
const steps = readinessLevels.length;

interface LaidRequirement {
  skill: number;
  need: number;
  importance: number;
  essential: boolean;
}

/** The catalog as the tally reads it: ids by position, and each role's requirements by skill position. */
export interface TeamLayout {
  roleIds: readonly string[];
  domainIds: readonly string[];
  skillIds: readonly string[];
  rolePositions: ReadonlyMap<string, number>;
  domainPositions: ReadonlyMap<string, number>;
  skillPositions: ReadonlyMap<string, number>;
  roles: readonly { domain: number; yearsNeeded: number; requirements: readonly LaidRequirement[] }[];
}

const layouts = new WeakMap<Catalog, TeamLayout>();

export function teamLayout(catalog: Catalog): TeamLayout {
  let layout = layouts.get(catalog);
  if (layout) return layout;
  const positions = (ids: readonly string[]) => new Map(ids.map((id, i) => [id, i]));
  const skillIds = catalog.skills.map((s) => s.id);
  const domainIds = catalog.domains.map((d) => d.id);
  const skillPositions = positions(skillIds);
  const domainPositions = positions(domainIds);
  layout = {
    roleIds: catalog.roles.map((r) => r.id),
    domainIds,
    skillIds,
    rolePositions: positions(catalog.roles.map((r) => r.id)),
    domainPositions,
    skillPositions,
    roles: catalog.roles.map((role) => ({
      domain: domainPositions.get(role.domain) ?? -1,
      yearsNeeded: experienceNeeded[role.seniority],
      requirements: role.skills.map((r) => ({ skill: skillPositions.get(r.skill) ?? -1, need: r.level, importance: r.importance, essential: r.essential })),
    })),
  };
  layouts.set(catalog, layout);
  return layout;
}

/** A place of a person's top N, for `--people`. */
export interface TeamPick {
  role: string;
  readiness: Readiness;
  score: number;
}

export class TeamTally {
  profiles = 0;
  failed = 0;
  /** People by the best readiness among their top N; [3]: no role in reach (every domain left out). */
  readonly best = new Float64Array(steps + 1);
  /** roles × 3: people with the role among their top N, by its readiness. */
  readonly roles: Float64Array;
  /** domains × 3: people with a role of the domain among their top N, by the best readiness of those. */
  readonly domains: Float64Array;
  /** skills × 6: people by their level of the skill, 1–5 ([0] unused: level 0 is everyone else). */
  readonly levels: Float64Array;
  /** Per skill: people for whom its next level makes a role of their top N ready. */
  readonly toReady: Float64Array;
  /** Per skill: people for whom its next level makes a long shot of their top N a stretch (or ready). */
  readonly toStretch: Float64Array;
  /** skills × 5: of the people counted in toReady or toStretch, their level of the skill 0–4. */
  readonly from: Float64Array;

  // Scratch, per person: the person's levels by skill position, and what is marked for them.
  private readonly have: Uint8Array;
  private readonly marked: Uint8Array;
  private readonly touched: number[] = [];
  private readonly domainBest: Int8Array;

  constructor(readonly layout: TeamLayout) {
    const skills = layout.skillIds.length;
    this.roles = new Float64Array(layout.roleIds.length * steps);
    this.domains = new Float64Array(layout.domainIds.length * steps);
    this.levels = new Float64Array(skills * 6);
    this.toReady = new Float64Array(skills);
    this.toStretch = new Float64Array(skills);
    this.from = new Float64Array(skills * 5);
    this.have = new Uint8Array(skills);
    this.marked = new Uint8Array(skills);
    this.domainBest = new Int8Array(layout.domainIds.length).fill(steps);
  }

  /** Adds one person: their skills as scored and their top N, as rankTopRoles gave it. */
  add(profile: Profile<SkillLevels>, top: TopRoles): void {
    const { layout, have } = this;
    this.profiles++;
    const { ids, levels } = profile.skills;
    for (let s = 0; s < ids.length; s++) {
      const position = layout.skillPositions.get(ids[s]!);
      const level = levels[s]!;
      if (position === undefined || level <= 0) continue;
      have[position] = level;
      this.levels[position * 6 + level]!++;
    }
    let best: number = steps;
    const touchedDomains: number[] = [];
    for (let at = 0; at < top.size; at++) {
      const role = layout.rolePositions.get(top.roleId[at]!);
      if (role === undefined) continue;
      const step = readinessLevels.indexOf(top.readiness[at]!);
      this.roles[role * steps + step]!++;
      if (step < best) best = step;
      const domain = layout.roles[role]!.domain;
      if (domain >= 0) {
        if (this.domainBest[domain] === steps) touchedDomains.push(domain);
        if (step < this.domainBest[domain]!) this.domainBest[domain] = step;
      }
      if (step > 0) this.leverageOf(role, step, profile.experienceYears);
    }
    this.best[best]!++;
    for (const domain of touchedDomains) {
      this.domains[domain * steps + this.domainBest[domain]!]!++;
      this.domainBest[domain] = steps;
    }
    for (const skill of this.touched) {
      const marks = this.marked[skill]!;
      if (marks & 1) this.toReady[skill]!++;
      if (marks & 2) this.toStretch[skill]!++;
      this.from[skill * 5 + have[skill]!]!++;
      this.marked[skill] = 0;
    }
    this.touched.length = 0;
    for (let s = 0; s < ids.length; s++) {
      const position = layout.skillPositions.get(ids[s]!);
      if (position !== undefined) have[position] = 0;
    }
  }

  /**
   * For a role of the person's top N that is not ready: each requirement the person misses, one
   * level higher, and the readiness the role would then have. Marks the skill 1 when that makes
   * the role ready, 2 when it makes a long shot a stretch.
   */
  private leverageOf(role: number, step: number, experienceYears: number): void {
    const { requirements, yearsNeeded } = this.layout.roles[role]!;
    const { have } = this;
    for (let raise = 0; raise < requirements.length; raise++) {
      const raised = requirements[raise]!;
      if (raised.skill < 0 || have[raised.skill]! >= raised.need) continue;
      let total = 0;
      let units = 0;
      let essentialGap = false;
      let redFlags = 0;
      // Summed as fitSummary sums, the raised skill one level up.
      for (let r = 0; r < requirements.length; r++) {
        const { skill, need, importance, essential } = requirements[r]!;
        const level = (skill < 0 ? 0 : have[skill]!) + (r === raise ? 1 : 0);
        total += importance;
        units += fitUnits(importance, level, need);
        if (level >= need) continue;
        if (essential) essentialGap = true;
        if (essential && level <= need - 2) redFlags++;
      }
      const after = readinessLevels.indexOf(readinessOf(skillFitFromUnits(units, total), essentialGap, redFlags, yearsNeeded, experienceYears));
      const mark = (after === 0 ? 1 : 0) | (step === 2 && after <= 1 ? 2 : 0);
      if (mark === 0) continue;
      if (this.marked[raised.skill] === 0) this.touched.push(raised.skill);
      this.marked[raised.skill]! |= mark;
    }
  }

  /** Adds another tally of the same catalog (or its counts, as a worker thread hands them over): the counts of both inputs. */
  merge(other: TallyCounts): void {
    this.profiles += other.profiles;
    this.failed += other.failed;
    for (const key of ['best', 'roles', 'domains', 'levels', 'toReady', 'toStretch', 'from'] as const) {
      const mine = this[key];
      const theirs = other[key];
      for (let i = 0; i < mine.length; i++) mine[i]! += theirs[i]!;
    }
  }
}

export const tallySteps = steps;

/** A tally's counts alone: what a worker thread of `etr team --jobs N` hands back (app/team/tally.ts). */
export type TallyCounts = Pick<TeamTally, 'profiles' | 'failed' | 'best' | 'roles' | 'domains' | 'levels' | 'toReady' | 'toStretch' | 'from'>;
