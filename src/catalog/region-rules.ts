import type { Finding } from '../core/finding.js';
import type { DataPath } from '../core/yaml.js';
import { regions, type Region } from '../model/catalog.js';
import type { Located, LocatedCatalog } from './located.js';

/**
 * The rules of the catalog's regional items (engine/region.ts projects them): every variant
 * resolves to one reading per region. Region names themselves are the schema's (an unknown one
 * is an invalid-value), and a regional requirement's skill is checked like any other in rules.ts.
 *
 * - region-repeated: a region list names a region twice.
 * - regional-variant-repeated: two portfolio-project variants of a role name the same region.
 * - regional-variant-eu: a variant for eu; the role's own portfolioProject is the EU default.
 * - no-essential-skill-in-region: in some region the role keeps no essential skill.
 * - missing-translation (warning): a regional text lacks the zh that the text it joins or replaces has.
 */
export function checkRegions(catalog: LocatedCatalog): Finding[] {
  return [...catalog.domains.flatMap(checkDomain), ...catalog.roles.flatMap(checkRole)];
}

function finding(entity: Located<unknown>, field: DataPath, code: string, message: string, hint: string, severity: Finding['severity'] = 'error'): Finding {
  return { code, severity, message, file: entity.file, path: [...entity.path, ...field], hint };
}

/** region-repeated for one region list. */
function repeatedRegions(entity: Located<unknown>, field: DataPath, list: readonly Region[] | undefined, what: string): Finding[] {
  const seen = new Set<Region>();
  const findings: Finding[] = [];
  list?.forEach((region, i) => {
    if (seen.has(region)) findings.push(finding(entity, [...field, 'region', i], 'region-repeated', `${what} names region "${region}" twice`, 'name each region once'));
    seen.add(region);
  });
  return findings;
}

function checkDomain(entity: LocatedCatalog['domains'][number]): Finding[] {
  const domain = entity.value;
  const findings = domain.references.flatMap((r, i) => repeatedRegions(entity, ['references', i], r.region, `a reference of domain "${domain.id}"`));
  domain.regionalStrategies?.forEach((strategy, i) => {
    findings.push(...repeatedRegions(entity, ['regionalStrategies', i], strategy.region, `a regional strategy of domain "${domain.id}"`));
    if (domain.zh?.strategies !== undefined && strategy.zh === undefined) {
      findings.push(finding(entity, ['regionalStrategies', i], 'missing-translation', `a regional strategy of domain "${domain.id}" has no zh, though the domain's strategies are translated`, 'add zh: with the strategy in Chinese', 'warning'));
    }
  });
  return findings;
}

function checkRole(entity: Located<LocatedCatalog['roles'][number]['value']>): Finding[] {
  const role = entity.value;
  const findings = role.skills.flatMap((s, i) => repeatedRegions(entity, ['skills', i], s.region, `role "${role.id}"'s requirement of "${s.skill}"`));
  const variantOf = new Map<Region, number>();
  role.regional?.forEach((variant, i) => {
    findings.push(...repeatedRegions(entity, ['regional', i], variant.region, `a portfolio variant of role "${role.id}"`));
    new Set(variant.region).forEach((region) => {
      const j = variant.region.indexOf(region);
      const first = variantOf.get(region);
      if (region === 'eu') {
        findings.push(finding(entity, ['regional', i, 'region', j], 'regional-variant-eu', `role "${role.id}" has a portfolio variant for eu, whose project is the role's own portfolioProject`, 'put the EU project in portfolioProject, and give variants for us and cn only'));
      } else if (first !== undefined) {
        findings.push(finding(entity, ['regional', i, 'region', j], 'regional-variant-repeated', `role "${role.id}" has two portfolio variants for region "${region}" (regional[${first}] and regional[${i}])`, 'keep one variant per region'));
      } else {
        variantOf.set(region, i);
      }
    });
    if (role.zh?.portfolioProject !== undefined && variant.zh === undefined) {
      findings.push(finding(entity, ['regional', i], 'missing-translation', `a portfolio variant of role "${role.id}" has no zh, though the role's portfolioProject is translated`, 'add zh: { portfolioProject: … } with the project in Chinese', 'warning'));
    }
  });
  if (role.skills.some((s) => s.region !== undefined) && role.skills.some((s) => s.essential)) {
    for (const region of regions) {
      if (role.skills.some((s) => s.essential && (s.region === undefined || s.region.includes(region)))) continue;
      findings.push(finding(entity, ['skills'], 'no-essential-skill-in-region', `role "${role.id}" has no essential skill in region "${region}": its essential requirements all hold elsewhere`, `mark an essential requirement for ${region} (region: [${region}]), or keep one unmarked`));
    }
  }
  return findings;
}
