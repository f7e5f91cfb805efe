import type { Profile } from '../model/profile.js';
import type { Catalog, Domain, Role } from '../model/catalog.js';
import { levelLookup } from '../model/levels.js';
import { compareIds } from '../model/ids.js';
import { fitSummary, interestFit, readiness, riskFit, totalScore, type Components, type FitSummary } from './score.js';
import { type Readiness } from '../model/readiness.js';


export interface ScoredRole {
  role: Role;
  domain: Domain;
  etr: number;
  components: Components;
  score: number;
  decades: number;
  fit: FitSummary;
  readiness: Readiness;
}

/** Scores one role for one person; `levelOf` gives the person's level in a skill, made once for many roles. */
export function scoreRole(role: Role, domain: Domain, profile: Profile, levelOf = levelLookup(profile.skills)): ScoredRole {
  const fit = fitSummary(role.skills, levelOf);
  const etr = role.etr ?? domain.etr;
  const risk = riskFit(etr, profile.preferredEtr);
  const components = { skill: fit.fit, risk: risk.fit, interest: interestFit(domain.id, profile.interests) };
  return {
    role,
    domain,
    etr,
    components,
    score: totalScore(components, profile.weights),
    decades: risk.decades,
    fit,
    readiness: readiness(fit, role.seniority, profile.experienceYears),
  };
}

/**
 * Every role the person may be advised on (excluded domains and the person's current role
 * dropped, --domain applied), best
 * first: score descending, then skill fit descending, then role id, so the order is total and
 * independent of the catalog's file order.
 */
export function rankRoles(catalog: Catalog, profile: Profile, onlyDomains: readonly string[] = []): ScoredRole[] {
  const domains = new Map(catalog.domains.map((d) => [d.id, d]));
  const excluded = new Set(profile.exclude);
  const only = new Set(onlyDomains);
  const levelOf = levelLookup(profile.skills);
  const scored: ScoredRole[] = [];
  for (const role of catalog.roles) {
    // The role the person holds is not a move: never ranked among the paths.
    if (role.id === profile.currentRole || excluded.has(role.domain) || (only.size > 0 && !only.has(role.domain))) continue;
    const domain = domains.get(role.domain);
    if (domain) scored.push(scoreRole(role, domain, profile, levelOf));
  }
  return scored.sort(compareScored);
}

export function compareScored(a: ScoredRole, b: ScoredRole): number {
  return b.score - a.score || b.components.skill - a.components.skill || compareIds(a.role.id, b.role.id);
}
