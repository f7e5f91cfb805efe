import type { Catalog, Domain, Region, Role } from '../model/catalog.js';

/**
 * The catalog as a reader in one region sees it. The catalog marks what is regional: a role's
 * skill requirement (`region: [eu]` on the EU AI Act, `[cn]` on the PRC rules), a domain's
 * reference, a regional strategy, a role's portfolio-project variant. Every engine and report
 * then runs on the projected catalog unchanged, so a region can only change what the catalog
 * marks as regional; an ETR never changes with it.
 *
 * Without a region the catalog's defaults stand, as they always have: its unmarked and EU items
 * (the catalog's texts were written for the EU), and every reference, each marked with its region.
 */
export const defaultRegion: Region = 'eu';

/** Whether an item marked with these regions holds in `region`: an unmarked item holds everywhere. */
export function holdsIn(marked: readonly Region[] | undefined, region: Region): boolean {
  return marked === undefined || marked.includes(region);
}

/** The region a report follows: the one the command line gives (--region, ETR_REGION), else the profile's, else none. */
export function reportRegion(given: Region | undefined, profile: { region?: Region } | undefined): Region | null {
  return given ?? profile?.region ?? null;
}

// One projection per catalog and region: a batch projects once for thousands of profiles, and the
// engines' own caches, keyed by the catalog object, stay warm.
const projections = new WeakMap<Catalog, Map<Region | null, Catalog>>();

/** The catalog for `region` (null: none given); the catalog itself when it marks nothing as regional. */
export function catalogForRegion(catalog: Catalog, region: Region | null): Catalog {
  let byRegion = projections.get(catalog);
  if (!byRegion) projections.set(catalog, (byRegion = new Map()));
  let projected = byRegion.get(region);
  if (!projected) byRegion.set(region, (projected = project(catalog, region)));
  return projected;
}

function project(catalog: Catalog, region: Region | null): Catalog {
  if (!hasRegionalData(catalog)) return catalog;
  const rules = region ?? defaultRegion;
  return {
    skills: catalog.skills,
    domains: catalog.domains.map((domain) => domainFor(domain, rules, region)),
    roles: catalog.roles.map((role) => roleFor(role, rules)),
  };
}

function hasRegionalData(catalog: Catalog): boolean {
  return (
    catalog.domains.some((d) => d.regionalStrategies !== undefined || d.references.some((r) => r.region !== undefined)) ||
    catalog.roles.some((r) => r.regional !== undefined || r.skills.some((s) => s.region !== undefined))
  );
}

function domainFor(domain: Domain, rules: Region, region: Region | null): Domain {
  const added = (domain.regionalStrategies ?? []).filter((s) => s.region.includes(rules));
  // References name their region, so a report without one lists them all, as it always has.
  const references = region === null ? domain.references : domain.references.filter((r) => holdsIn(r.region, region));
  if (added.length === 0 && references.length === domain.references.length) return domain;
  const zh = domain.zh && {
    ...domain.zh,
    // The translations line up with the English strategies one for one; an untranslated one keeps its English.
    ...(domain.zh.strategies !== undefined && { strategies: [...domain.zh.strategies, ...added.map((s) => s.zh ?? s.text)] }),
  };
  return { ...domain, strategies: [...domain.strategies, ...added.map((s) => s.text)], references, ...(zh && { zh }) };
}

function roleFor(role: Role, rules: Region): Role {
  const skills = role.skills.filter((s) => holdsIn(s.region, rules));
  const variant = role.regional?.find((v) => v.region.includes(rules));
  if (!variant && skills.length === role.skills.length) return role;
  if (!variant) return { ...role, skills };
  const zh = role.zh && { ...role.zh, portfolioProject: variant.zh?.portfolioProject };
  // Without its own translation the variant is shown in English, never as the other region's project in Chinese.
  if (zh && zh.portfolioProject === undefined) delete zh.portfolioProject;
  return { ...role, skills, portfolioProject: variant.portfolioProject, ...(zh && { zh }) };
}
