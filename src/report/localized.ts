import type { Catalog } from '../model/catalog.js';
import type { Lang } from '../model/lang.js';

/**
 * The catalog's translations of the entities a report names, by id, shaped like the catalog's
 * `zh:` blocks: what `show`, `plan` and `catalog` carry in their JSON beside the language-neutral
 * ids and the catalog's own text (as `advise` does in Report.localized). Entities or texts the
 * catalog does not translate are left out; renderers fall back to the catalog's own text.
 */
export interface CatalogLocalized {
  /** strategies only where they line up one for one with the English ones. */
  domains: Record<string, { name: string; rationale?: string; strategies?: string[] }>;
  roles: Record<string, { title: string; summary?: string; portfolioProject?: string; outlookReason?: string; etrReason?: string; euAiActReason?: string }>;
  skills: Record<string, { name: string; aliases?: string[] }>;
}

export interface LocalizedIds {
  domains?: Iterable<string>;
  /** Roles named by title only (a target, a related role). */
  roleTitles?: Iterable<string>;
  /** Roles shown in full (`etr show`): their long texts too. */
  roles?: Iterable<string>;
  skills?: Iterable<string>;
  /** Domains shown in full: their rationale and strategies too. */
  fullDomains?: boolean;
  /** Skills with their Chinese aliases (`etr catalog skills`). */
  skillAliases?: boolean;
}

/** The translations of the named entities for `lang`; null for English, the catalog's own language. */
export function catalogLocalized(catalog: Catalog, lang: Lang, ids: LocalizedIds): CatalogLocalized | null {
  if (lang === 'en') return null;
  const localized: CatalogLocalized = { domains: {}, roles: {}, skills: {} };
  const domains = new Set(ids.domains);
  const full = new Set(ids.roles);
  const titles = new Set([...(ids.roleTitles ?? []), ...full]);
  const skills = new Set(ids.skills);
  for (const domain of catalog.domains) {
    if (!domains.has(domain.id) || !domain.zh) continue;
    const { name, rationale, strategies } = domain.zh;
    localized.domains[domain.id] = {
      name,
      ...(ids.fullDomains && rationale !== undefined && { rationale }),
      // A list of another length would not line up with the English one; validate warns of it.
      ...(ids.fullDomains && strategies !== undefined && strategies.length === domain.strategies.length && { strategies: [...strategies] }),
    };
  }
  for (const role of catalog.roles) {
    if (!titles.has(role.id) || !role.zh) continue;
    const { title, summary, portfolioProject, outlookReason, etrReason, euAiActReason } = role.zh;
    localized.roles[role.id] = full.has(role.id)
      ? {
          title,
          summary,
          ...(portfolioProject !== undefined && { portfolioProject }),
          ...(outlookReason !== undefined && { outlookReason }),
          ...(etrReason !== undefined && role.etrReason !== undefined && { etrReason }),
          ...(euAiActReason !== undefined && role.euAiActReason !== undefined && { euAiActReason }),
        }
      : { title };
  }
  for (const skill of catalog.skills) {
    if (!skills.has(skill.id) || !skill.zh) continue;
    localized.skills[skill.id] = { name: skill.zh.name, ...(ids.skillAliases && { aliases: [...skill.zh.aliases] }) };
  }
  return localized;
}

/** Looks names up in a report's translations, falling back to the catalog's own text. */
export function localNames(localized: CatalogLocalized | null) {
  const own = <T>(record: Record<string, T> | undefined, id: string): T | undefined => (record && Object.hasOwn(record, id) ? record[id] : undefined);
  return {
    domain: (id: string) => own(localized?.domains, id),
    role: (id: string) => own(localized?.roles, id),
    skill: (id: string) => own(localized?.skills, id),
    roleTitle: (id: string, fallback: string) => own(localized?.roles, id)?.title ?? fallback,
    skillName: (id: string, fallback: string) => own(localized?.skills, id)?.name ?? fallback,
    domainName: (id: string, fallback: string) => own(localized?.domains, id)?.name ?? fallback,
  };
}
