import type { Catalog } from '../catalog/types.js';
import type { Profile } from './advise.js';
import { experienceNeeded, interestFit, readinessOf, riskFit, totalScore, type Components, type Readiness } from './score.js';

/** One result of a brief ranking: what a batch record carries. */
export interface BriefResult {
  roleId: string;
  domainId: string;
  score: number;
  components: Components;
  readiness: Readiness;
}

/** Every role's risk fit for one preferred ETR; remembered for a few dozen preferred ETRs. */
function riskFitsFor(layout: PreparedCatalog, preferredEtr: number): Float64Array {
  let fits = layout.riskFits.get(preferredEtr);
  if (fits) return fits;
  fits = Float64Array.from(layout.roles, (role) => riskFit(role.etr, preferredEtr).fit);
  if (layout.riskFits.size >= 64) layout.riskFits.clear();
  layout.riskFits.set(preferredEtr, fits);
  return fits;
}

function isSorted(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return false;
  return true;
}

/** One requirement, filed under its skill. */
interface Posting {
  role: number;
  need: number;
  importance: number;
  essential: boolean;
}

/**
 * The catalog laid out for scoring many profiles: requirements filed by skill (a person has a
 * few skills, and only the requirements of those can differ from the "has none" baseline), and
 * per role the sums that baseline needs.
 */
interface PreparedCatalog {
  postings: Map<string, Posting[]>;
  /** Per-role sums, reused by every call (and zeroed after), since allocating them costs more than the scoring. */
  weighted: Float64Array;
  /** Risk fit per role by preferred ETR: most people in a batch use one of five appetite words. */
  riskFits: Map<number, Float64Array>;
  essentialsMet: Int32Array;
  essentialsNotFlagged: Int32Array;
  roles: {
    id: string;
    domainId: string;
    seniority: keyof typeof experienceNeeded;
    etr: number;
    totalImportance: number;
    essentials: number;
    /** Essential requirements of level 1, which a missing skill misses by one level only: no red flag. */
    essentialsOfLevelOne: number;
  }[];
}

const prepared = new WeakMap<Catalog, PreparedCatalog>();

function prepare(catalog: Catalog): PreparedCatalog {
  const domains = new Map(catalog.domains.map((d) => [d.id, d]));
  const layout: PreparedCatalog = { postings: new Map(), roles: [], riskFits: new Map(), weighted: new Float64Array(0), essentialsMet: new Int32Array(0), essentialsNotFlagged: new Int32Array(0) };
  for (const role of catalog.roles) {
    const domain = domains.get(role.domain);
    if (!domain) continue;
    const index = layout.roles.length;
    let totalImportance = 0;
    let essentials = 0;
    let essentialsOfLevelOne = 0;
    for (const { skill, level, importance, essential } of role.skills) {
      totalImportance += importance;
      if (essential) essentials++;
      if (essential && level <= 1) essentialsOfLevelOne++;
      let list = layout.postings.get(skill);
      if (!list) layout.postings.set(skill, (list = []));
      list.push({ role: index, need: level, importance, essential });
    }
    layout.roles.push({ id: role.id, domainId: domain.id, seniority: role.seniority, etr: role.etr ?? domain.etr, totalImportance, essentials, essentialsOfLevelOne });
  }
  layout.weighted = new Float64Array(layout.roles.length);
  layout.essentialsMet = new Int32Array(layout.roles.length);
  layout.essentialsNotFlagged = new Int32Array(layout.roles.length);
  return layout;
}

/**
 * The top of the ranking alone, for batches of thousands of profiles: the same scores, order and
 * readiness as `rankRoles` with the formulas of score.ts (test/engine/brief.test.ts holds them
 * equal), but touching only the requirements of the skills the person has, and without the gap
 * lists that the full report needs and a batch record does not.
 */
export function rankBrief(catalog: Catalog, profile: Profile, onlyDomains: readonly string[], top: number): BriefResult[] {
  let layout = prepared.get(catalog);
  if (!layout) prepared.set(catalog, (layout = prepare(catalog)));
  const count = layout.roles.length;
  // Per role, from the skills the person has: Σ I·min(u/L, 1), essential requirements met, and
  // essential requirements missed by less than two levels (not red flags).
  const { weighted, essentialsMet, essentialsNotFlagged } = layout;
  // In ascending skill id, the order skillFit sums in, so the floating-point sums are identical.
  // A profile from applyOverrides has its skills in that order already.
  const skills = Object.keys(profile.skills);
  if (!isSorted(skills)) skills.sort();
  for (const skill of skills) {
    const have = profile.skills[skill]!;
    if (have <= 0) continue;
    for (const { role, need, importance, essential } of layout.postings.get(skill) ?? []) {
      weighted[role]! += importance * Math.min(have / need, 1);
      if (essential) {
        if (have >= need) essentialsMet[role]!++;
        // A level-1 requirement is never a red flag; the baseline already counts it.
        if (need > 1 && have > need - 2) essentialsNotFlagged[role]!++;
      }
    }
  }

  const { exclude, interests } = profile;
  const riskFits = riskFitsFor(layout, profile.preferredEtr);
  // One object for every role's components, so the loop allocates only for roles that make the top.
  const components: Components = { skill: 0, risk: 0, interest: 0 };
  const best: { index: number; score: number; skill: number; risk: number; interest: number }[] = [];
  for (let index = 0; index < count; index++) {
    const role = layout.roles[index]!;
    if (exclude.includes(role.domainId) || (onlyDomains.length > 0 && !onlyDomains.includes(role.domainId))) continue;
    components.skill = role.totalImportance === 0 ? 0 : weighted[index]! / role.totalImportance;
    components.risk = riskFits[index]!;
    components.interest = interestFit(role.domainId, interests);
    const score = totalScore(components, profile.weights);
    const { skill, risk, interest } = components;
    // Keep the best `top` in the order of compareScored (score, skill fit, role id), by insertion.
    if (best.length === top && !ahead(score, skill, role.id, best[top - 1]!)) continue;
    let at = best.length < top ? best.push(undefined as never) - 1 : top - 1;
    for (; at > 0 && ahead(score, skill, role.id, best[at - 1]!); at--) best[at] = best[at - 1]!;
    best[at] = { index, score, skill, risk, interest };
  }

  const results = best.map(({ index, score, skill, risk, interest }): BriefResult => {
    const role = layout.roles[index]!;
    const summary = { fit: skill, essentialGap: essentialsMet[index]! < role.essentials, redFlags: role.essentials - role.essentialsOfLevelOne - essentialsNotFlagged[index]! };
    return { roleId: role.id, domainId: role.domainId, score, components: { skill, risk, interest }, readiness: readinessOf(summary, role.seniority, profile.experienceYears) };
  });
  weighted.fill(0);
  essentialsMet.fill(0);
  essentialsNotFlagged.fill(0);
  return results;

  function ahead(score: number, skill: number, id: string, than: { index: number; score: number; skill: number }): boolean {
    return score > than.score || (score === than.score && (skill > than.skill || (skill === than.skill && id < layout!.roles[than.index]!.id)));
  }
}
