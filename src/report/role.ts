import type { Catalog, Region, Role } from '../model/catalog.js';
import { tierOf } from '../model/etr.js';
import type { Lang } from '../model/lang.js';
import { catalogLocalized } from './localized.js';

/**
 * Everything `etr show` says of a role, as plain data (also its JSON form): the catalog's own
 * text (of the region's view of the catalog), and for a language other than en its translations
 * beside it in `localized`.
 */
export function roleDetails(catalog: Catalog, role: Role, { lang = 'en', region = null }: { lang?: Lang; region?: Region | null } = {}) {
  const domain = catalog.domains.find((d) => d.id === role.domain)!;
  const skills = new Map(catalog.skills.map((s) => [s.id, s]));
  const etr = role.etr ?? domain.etr;
  return {
    id: role.id,
    title: role.title,
    seniority: role.seniority,
    summary: role.summary,
    onet: role.onet ?? null,
    isco: role.isco ?? null,
    codeNote: role.codeNote ?? null,
    /** The region whose rules the requirements, strategies, project and references follow; null: none given. */
    region,
    domain: { id: domain.id, name: domain.name, etr: domain.etr, tier: domain.tier, euAiAct: domain.euAiAct, rationale: domain.rationale, references: domain.references },
    etr: { value: etr, tier: tierOf(etr), source: role.etr === undefined ? ('domain' as const) : ('role' as const), reason: role.etrReason ?? null },
    euAiAct: { class: role.euAiAct ?? domain.euAiAct, source: role.euAiAct === undefined ? ('domain' as const) : ('role' as const), reason: role.euAiActReason ?? null },
    strategies: domain.strategies,
    skills: role.skills.map((r) => {
      const learn = skills.get(r.skill)?.learn;
      return {
        skill: r.skill,
        name: skills.get(r.skill)?.name ?? r.skill,
        level: r.level,
        importance: r.importance,
        essential: r.essential,
        // An estimate: the catalog's hours for each step, from no skill to the level this role asks.
        learn: learn ? { hoursToLevel: learn.hoursPerLevel.slice(0, r.level).reduce((sum, h) => sum + h, 0), basis: learn.basis, resources: learn.resources } : null,
      };
    }),
    portfolioProject: role.portfolioProject,
    outlook: role.outlook,
    related: role.related.map((id) => ({ id, title: catalog.roles.find((r) => r.id === id)?.title ?? id })),
    lang,
    localized: catalogLocalized(catalog, lang, { domains: [domain.id], fullDomains: true, roles: [role.id], roleTitles: role.related, skills: role.skills.map((r) => r.skill) }),
  };
}

export type RoleDetails = ReturnType<typeof roleDetails>;
