import type { Catalog } from '../model/catalog.js';
import type { Profile } from '../model/profile.js';
import type { SkillLevels } from '../model/levels.js';
import { compareIds } from '../model/ids.js';
import { experienceNeeded, type Readiness } from '../model/readiness.js';
import { fitUnits, interestFit, readinessOf, riskFit, skillFitFromUnits } from './score.js';
import { type Weights } from '../model/weights.js';


/**
 * The top of a top-N ranking, best first: place `at` (below `size`) has a role, its domain,
 * score, components and readiness. Kept in arrays that the next ranking overwrites, so a batch
 * makes no objects per result.
 */
export interface TopRoles {
  readonly size: number;
  /** Each place's role as a number that stands for it within its catalog: a key for what callers keep per role. */
  readonly role: Int32Array;
  readonly roleId: readonly string[];
  readonly domainId: readonly string[];
  readonly readiness: readonly Readiness[];
  readonly score: Float64Array;
  readonly skill: Float64Array;
  readonly risk: Float64Array;
  readonly interest: Float64Array;
}

/** Every role's risk fit for one preferred ETR, and the roles in order of it. */
interface RiskFits {
  fit: Float64Array;
  /**
   * The roles' positions, best risk fit first: the order keepBest scores them in. Risk is much of
   * a score, so the roles that will make the top tend to come first, and most of the rest are
   * turned away at once instead of being put in place among the best so far. The order changes
   * no result: keepBest places every role by the full comparison.
   */
  byFit: Int32Array;
}

/** The risk fits for one preferred ETR; remembered for a few dozen preferred ETRs. */
function riskFitsFor(layout: PreparedCatalog, preferredEtr: number): RiskFits {
  let fits = layout.riskFits.get(preferredEtr);
  if (fits) return fits;
  const fit = Float64Array.from(layout.roles, (role) => riskFit(role.etr, preferredEtr).fit);
  fits = { fit, byFit: Int32Array.from(layout.roles.keys()).sort((a, b) => fit[b]! - fit[a]! || a - b) };
  if (layout.riskFits.size >= 64) layout.riskFits.clear();
  layout.riskFits.set(preferredEtr, fits);
  return fits;
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
  riskFits: Map<number, RiskFits>;
  essentialsMet: Int32Array;
  essentialsNotFlagged: Int32Array;
  /**
   * The roles that share a skill with the profile at hand, `touchedCount` of them: the only ones
   * whose skill fit is above zero, and the only sums to zero again after it.
   */
  touched: Int32Array;
  touchedCount: number;
  /** Each role id's position in `roles`: to leave out a person's current role. */
  rolePositions: Map<string, number>;
  /** The catalog's domain ids; roles refer to them by position. */
  domainIds: string[];
  /** Each domain id's position in `domainIds`. */
  domainPositions: Map<string, number>;
  /** Per domain, for the profile at hand: its interest fit, or -1 when the domain is left out. */
  domainInterest: Float64Array;
  /** The best roles so far, by position in `roles`, with score and skill fit (risk and interest are added for the final top); reused by every call. */
  best: { index: Int32Array; score: Float64Array; skill: Float64Array; risk: Float64Array; interest: Float64Array };
  /** What rankTopRoles returns: `best` with each role's ids and readiness; reused by every call. */
  top: { size: number; role: Int32Array; roleId: string[]; domainId: string[]; readiness: Readiness[]; score: Float64Array; skill: Float64Array; risk: Float64Array; interest: Float64Array };
  roles: {
    id: string;
    domainId: string;
    domainIndex: number;
    /** experienceNeeded for the role's seniority: looked up once, not by name for every profile. */
    yearsNeeded: number;
    etr: number;
    totalImportance: number;
    essentials: number;
    /** Essential requirements of level 1, which a missing skill misses by one level only: no red flag. */
    essentialsOfLevelOne: number;
    /** The role's place among the roles in order of id: ties are broken by comparing these, not the ids. */
    idOrder: number;
  }[];
}

const prepared = new WeakMap<Catalog, PreparedCatalog>();

function bestOfSize(size: number): PreparedCatalog['best'] {
  return { index: new Int32Array(size), score: new Float64Array(size), skill: new Float64Array(size), risk: new Float64Array(size), interest: new Float64Array(size) };
}

function topOf(best: PreparedCatalog['best']): PreparedCatalog['top'] {
  return { size: 0, role: best.index, roleId: [], domainId: [], readiness: [], score: best.score, skill: best.skill, risk: best.risk, interest: best.interest };
}

function prepare(catalog: Catalog): PreparedCatalog {
  const domains = new Map(catalog.domains.map((d, i) => [d.id, { domain: d, index: i }]));
  const layout: PreparedCatalog = {
    postings: new Map(),
    roles: [],
    riskFits: new Map(),
    weighted: new Float64Array(0),
    essentialsMet: new Int32Array(0),
    essentialsNotFlagged: new Int32Array(0),
    touched: new Int32Array(0),
    touchedCount: 0,
    rolePositions: new Map(),
    domainIds: catalog.domains.map((d) => d.id),
    domainPositions: new Map(catalog.domains.map((d, i) => [d.id, i])),
    domainInterest: new Float64Array(catalog.domains.length),
    best: bestOfSize(0),
    top: topOf(bestOfSize(0)),
  };
  for (const role of catalog.roles) {
    const { domain, index: domainIndex } = domains.get(role.domain) ?? {};
    if (!domain || domainIndex === undefined) continue;
    const index = layout.roles.length;
    layout.rolePositions.set(role.id, index);
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
    layout.roles.push({ id: role.id, domainId: domain.id, domainIndex, yearsNeeded: experienceNeeded[role.seniority], etr: role.etr ?? domain.etr, totalImportance, essentials, essentialsOfLevelOne, idOrder: 0 });
  }
  [...layout.roles].sort((a, b) => compareIds(a.id, b.id)).forEach((role, order) => (role.idOrder = order));
  layout.weighted = new Float64Array(layout.roles.length);
  layout.essentialsMet = new Int32Array(layout.roles.length);
  layout.essentialsNotFlagged = new Int32Array(layout.roles.length);
  layout.touched = new Int32Array(layout.roles.length);
  return layout;
}

/**
 * The top of the ranking alone, for batches of thousands of profiles: the same scores, order and
 * readiness as `rankRoles` with the formulas of score.ts (test/engine/top-roles.test.ts holds them
 * equal), but touching only the requirements of the skills the person has, and without the gap
 * lists that the full report needs and a batch record does not.
 */
export function rankTopRoles(catalog: Catalog, profile: Profile<SkillLevels>, onlyDomains: readonly string[], top: number): TopRoles {
  let layout = prepared.get(catalog);
  if (!layout) prepared.set(catalog, (layout = prepare(catalog)));
  // In small functions, each a loop: V8 optimises a small function after fewer calls than a
  // large one, and a batch's first thousand profiles run before anything is optimised.
  addSkillSums(layout, profile.skills);
  setDomainInterest(layout, profile, onlyDomains);
  const riskFits = riskFitsFor(layout, profile.preferredEtr);
  // No more places than roles: --top may ask for any number.
  const size = Math.min(top, layout.roles.length);
  if (layout.best.index.length < size) layout.top = topOf((layout.best = bestOfSize(size)));
  // The person's current role is not a move, as in rankRoles; -1 (no role) for most profiles.
  const own = profile.currentRole === null ? -1 : (layout.rolePositions.get(profile.currentRole) ?? -1);
  const filled = keepBest(layout, riskFits, profile.weights, size, own);
  const result = describeBest(layout, riskFits, filled, profile.experienceYears);
  clearSkillSums(layout);
  return result;
}

/**
 * Per role, from the skills the person has: Σ I·min(u/L, 1) in fitUnits, essential requirements
 * met, and essential requirements missed by less than two levels (not red flags).
 */
function addSkillSums(layout: PreparedCatalog, { ids, levels }: SkillLevels): void {
  const { weighted, essentialsMet, essentialsNotFlagged, touched } = layout;
  let touchedCount = 0;
  for (let s = 0; s < ids.length; s++) {
    const have = levels[s]!;
    if (have <= 0) continue;
    const postings = layout.postings.get(ids[s]!);
    if (postings === undefined) continue;
    // By index: an iterator per skill costs more, in a batch's single pass, than the sums it feeds.
    for (let p = 0; p < postings.length; p++) {
      const { role, need, importance, essential } = postings[p]!;
      // have > 0 and importance ≥ 1: a role's sum is above zero once it is touched.
      if (weighted[role] === 0) touched[touchedCount++] = role;
      weighted[role]! += fitUnits(importance, have, need);
      if (essential) {
        if (have >= need) essentialsMet[role]!++;
        // A level-1 requirement is never a red flag; the baseline already counts it.
        if (need > 1 && have > need - 2) essentialsNotFlagged[role]!++;
      }
    }
  }
  layout.touchedCount = touchedCount;
}

/** Zeroes the sums of the roles the last profile touched: a few, where filling the arrays would visit every role. */
function clearSkillSums(layout: PreparedCatalog): void {
  const { weighted, essentialsMet, essentialsNotFlagged, touched, touchedCount } = layout;
  for (let t = 0; t < touchedCount; t++) {
    const role = touched[t]!;
    weighted[role] = 0;
    essentialsMet[role] = 0;
    essentialsNotFlagged[role] = 0;
  }
  layout.touchedCount = 0;
}

/**
 * Interest fit and exclusion are per domain: worked out for the few domains a profile names, the
 * rest all taking the fit of a domain it does not name (interestFit of "", which no domain is).
 */
function setDomainInterest(layout: PreparedCatalog, profile: Profile<SkillLevels>, onlyDomains: readonly string[]): void {
  const { domainIds, domainInterest, domainPositions } = layout;
  const { interests, exclude } = profile;
  domainInterest.fill(interestFit('', interests));
  // By index: V8 optimises an iterator into more code than the loop it serves.
  for (let i = 0; i < interests.length; i++) {
    const d = domainPositions.get(interests[i]!);
    if (d !== undefined) domainInterest[d] = interestFit(interests[i]!, interests);
  }
  // Left out: excluded, or not among the domains asked for.
  for (let i = 0; i < exclude.length; i++) {
    const d = domainPositions.get(exclude[i]!);
    if (d !== undefined) domainInterest[d] = -1;
  }
  if (onlyDomains.length > 0) for (let d = 0; d < domainIds.length; d++) if (!onlyDomains.includes(domainIds[d]!)) domainInterest[d] = -1;
}

/**
 * Keeps the best `size` roles left in (all but the excluded domains' and `own`, the person's
 * current role) in `layout.best`, in the order of compareScored (score, skill fit, role id);
 * returns how many it keeps. The same top as scoring every role, without scoring them all: the
 * roles the person's skills touch are scored first; every other role has a skill fit of zero, so
 * its score is its risk and interest alone, and those are visited best risk fit first, until not
 * even the best interest fit could lift the next one into the top.
 */
function keepBest(layout: PreparedCatalog, { fit: riskFits, byFit }: RiskFits, weights: Weights, size: number, own: number): number {
  const { roles, weighted, domainInterest, touched, touchedCount } = layout;
  // Read once, out of the loop: V8 reads a field again for every role when it cannot tell that
  // nothing in between changed it.
  const bestScore = layout.best.score;
  const { skill: skillWeight, risk: riskWeight, interest: interestWeight } = weights;
  let filled = 0;
  // Where the person's skills touch a good part of the catalog (the built-in one's fifty-five
  // roles, say), every role is scored, in order of risk fit: most are then turned away at once,
  // where in the order they were touched more would be put in place among the best so far.
  // Otherwise the touched roles are scored first, and the rest visited below.
  const scanAll = touchedCount * 4 >= roles.length;
  const order = scanAll ? byFit : touched;
  const count = scanAll ? byFit.length : touchedCount;
  for (let next = 0; next < count; next++) {
    const index = order[next]!;
    const role = roles[index]!;
    const interest = domainInterest[role.domainIndex]!;
    if (interest < 0 || index === own) continue;
    const skill = skillFitFromUnits(weighted[index]!, role.totalImportance);
    // totalScore, written out: a call per role would be a good part of this loop's cost before
    // V8 optimises it. test/engine/top-roles.test.ts holds the result to the full ranking's, to the bit.
    const score = skillWeight * skill + riskWeight * riskFits[index]! + interestWeight * interest;
    // Most roles fall below the last place: turned away here, without a call.
    if (filled === size && score < bestScore[size - 1]!) continue;
    filled = offer(layout, size, filled, index, score, skill);
  }
  if (scanAll) return filled;
  let topInterest = 0;
  for (let d = 0; d < domainInterest.length; d++) topInterest = Math.max(topInterest, domainInterest[d]!);
  for (let next = 0; next < byFit.length; next++) {
    const index = byFit[next]!;
    // Touched: scored above.
    if (weighted[index] !== 0) continue;
    // A bound on this role's score and every later one's (their risk fit is no higher), computed
    // as the score is, so that rounding cannot put a score above it: below the last place, stop.
    if (filled === size && riskWeight * riskFits[index]! + interestWeight * topInterest < bestScore[size - 1]!) break;
    const role = roles[index]!;
    const interest = domainInterest[role.domainIndex]!;
    if (interest < 0 || index === own) continue;
    const score = skillWeight * 0 + riskWeight * riskFits[index]! + interestWeight * interest;
    filled = offer(layout, size, filled, index, score, 0);
  }
  return filled;
}

/**
 * Puts a role among the best so far, by insertion, if it ranks above the last of `size` places;
 * returns how many places are filled. Scores are compared here, and only a tie goes to the full
 * comparison: of the built-in catalog's fifty-five roles, some twenty are placed among a
 * profile's best so far.
 */
function offer(layout: PreparedCatalog, size: number, filled: number, index: number, score: number, skill: number): number {
  const { roles, best } = layout;
  const { index: bestIndex, score: bestScore, skill: bestSkill } = best;
  const idOrder = roles[index]!.idOrder;
  const last = bestScore[size - 1]!;
  if (filled === size && (score < last || (score === last && !ahead(best, roles, size - 1, skill, idOrder)))) return filled;
  let at = filled < size ? filled++ : size - 1;
  for (; at > 0 && (score > bestScore[at - 1]! || (score === bestScore[at - 1]! && ahead(best, roles, at - 1, skill, idOrder))); at--) {
    bestIndex[at] = bestIndex[at - 1]!;
    bestScore[at] = bestScore[at - 1]!;
    bestSkill[at] = bestSkill[at - 1]!;
  }
  bestIndex[at] = index;
  bestScore[at] = score;
  bestSkill[at] = skill;
  return filled;
}

/** The kept roles as the top: their scores and skill fits where keepBest left them, with the rest fixed per role. */
function describeBest(layout: PreparedCatalog, { fit: riskFits }: RiskFits, filled: number, experienceYears: number): TopRoles {
  const { roles, best, domainInterest, essentialsMet, essentialsNotFlagged } = layout;
  const result = layout.top;
  for (let at = 0; at < filled; at++) {
    const index = best.index[at]!;
    const role = roles[index]!;
    best.risk[at] = riskFits[index]!;
    best.interest[at] = domainInterest[role.domainIndex]!;
    const redFlags = role.essentials - role.essentialsOfLevelOne - essentialsNotFlagged[index]!;
    result.roleId[at] = role.id;
    result.domainId[at] = role.domainId;
    result.readiness[at] = readinessOf(best.skill[at]!, essentialsMet[index]! < role.essentials, redFlags, role.yearsNeeded, experienceYears);
  }
  result.size = filled;
  return result;
}

/**
 * Whether a role with the same score as the one at `at` in `best`, and this skill fit and place
 * in id order, ranks ahead of it. Outside rankTopRoles, so that rankTopRoles makes no closure (and no
 * context for one) per call; without a string comparison, which V8 makes a call, and a call in
 * keepBest's loop would make V8 check every array's kind again for every role.
 */
function ahead(best: PreparedCatalog['best'], roles: PreparedCatalog['roles'], at: number, skill: number, idOrder: number): boolean {
  const thanSkill = best.skill[at]!;
  return skill > thanSkill || (skill === thanSkill && idOrder < roles[best.index[at]!]!.idOrder);
}
