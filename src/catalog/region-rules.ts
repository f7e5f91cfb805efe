import type { Finding } from '../core/finding.js';
import type { ProblemCode } from '../core/problem-codes.js';
import type { Text } from '../core/text.js';
import type { DataPath } from '../core/yaml.js';
import { regions, type Region } from '../model/catalog.js';
import { at } from './finding-at.js';
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

function finding(code: ProblemCode, entity: Located<unknown>, field: DataPath, message: Text, hint: Text, severity: Finding['severity'] = 'error'): Finding {
  return at(entity, code, message, { field: [...field], severity, hint });
}

/** region-repeated for one region list. */
function repeatedRegions(entity: Located<unknown>, field: DataPath, list: readonly Region[] | undefined, what: Text): Finding[] {
  const seen = new Set<Region>();
  const findings: Finding[] = [];
  list?.forEach((region, i) => {
    if (seen.has(region)) findings.push(finding('region-repeated', entity, [...field, 'region', i], { en: `${what.en} names region "${region}" twice`, zh: `${what.zh}两次列出地区“${region}”` }, { en: 'name each region once', zh: '每个地区只列一次' }));
    seen.add(region);
  });
  return findings;
}

function checkDomain(entity: LocatedCatalog['domains'][number]): Finding[] {
  const domain = entity.value;
  const findings = domain.references.flatMap((r, i) => repeatedRegions(entity, ['references', i], r.region, { en: `a reference of domain "${domain.id}"`, zh: `领域“${domain.id}”的一条参考资料` }));
  domain.regionalStrategies?.forEach((strategy, i) => {
    findings.push(...repeatedRegions(entity, ['regionalStrategies', i], strategy.region, { en: `a regional strategy of domain "${domain.id}"`, zh: `领域“${domain.id}”的一条地区策略` }));
    if (domain.zh?.strategies !== undefined && strategy.zh === undefined) {
      findings.push(finding('missing-translation', entity, ['regionalStrategies', i], { en: `a regional strategy of domain "${domain.id}" has no zh, though the domain's strategies are translated`, zh: `领域“${domain.id}”的策略已有中文，但这条地区策略没有 zh` }, { en: 'add zh: with the strategy in Chinese', zh: '请加上 zh:，写明这条策略的中文' }, 'warning'));
    }
  });
  return findings;
}

function checkRole(entity: Located<LocatedCatalog['roles'][number]['value']>): Finding[] {
  const role = entity.value;
  const findings = role.skills.flatMap((s, i) => repeatedRegions(entity, ['skills', i], s.region, { en: `role "${role.id}"'s requirement of "${s.skill}"`, zh: `职位“${role.id}”对技能“${s.skill}”的要求` }));
  const variantOf = new Map<Region, number>();
  role.regional?.forEach((variant, i) => {
    findings.push(...repeatedRegions(entity, ['regional', i], variant.region, { en: `a portfolio variant of role "${role.id}"`, zh: `职位“${role.id}”的一个作品集项目地区版本` }));
    new Set(variant.region).forEach((region) => {
      const j = variant.region.indexOf(region);
      const first = variantOf.get(region);
      if (region === 'eu') {
        findings.push(
          finding(
            'regional-variant-eu',
            entity,
            ['regional', i, 'region', j],
            { en: `role "${role.id}" has a portfolio variant for eu, whose project is the role's own portfolioProject`, zh: `职位“${role.id}”为 eu 另写了作品集项目，而欧盟的项目就是职位自己的 portfolioProject` },
            { en: 'put the EU project in portfolioProject, and give variants for us and cn only', zh: '请把欧盟的项目写在 portfolioProject 中，地区版本只写 us 和 cn' },
          ),
        );
      } else if (first !== undefined) {
        findings.push(
          finding(
            'regional-variant-repeated',
            entity,
            ['regional', i, 'region', j],
            { en: `role "${role.id}" has two portfolio variants for region "${region}" (regional[${first}] and regional[${i}])`, zh: `职位“${role.id}”为地区“${region}”写了两个作品集项目版本（regional[${first}] 和 regional[${i}]）` },
            { en: 'keep one variant per region', zh: '每个地区只保留一个版本' },
          ),
        );
      } else {
        variantOf.set(region, i);
      }
    });
    if (role.zh?.portfolioProject !== undefined && variant.zh === undefined) {
      findings.push(finding('missing-translation', entity, ['regional', i], { en: `a portfolio variant of role "${role.id}" has no zh, though the role's portfolioProject is translated`, zh: `职位“${role.id}”的作品集项目已有中文，但这个地区版本没有 zh` }, { en: 'add zh: { portfolioProject: … } with the project in Chinese', zh: '请加上 zh: { portfolioProject: … }，写明项目的中文' }, 'warning'));
    }
  });
  if (role.skills.some((s) => s.region !== undefined) && role.skills.some((s) => s.essential)) {
    for (const region of regions) {
      if (role.skills.some((s) => s.essential && (s.region === undefined || s.region.includes(region)))) continue;
      findings.push(
        finding(
          'no-essential-skill-in-region',
          entity,
          ['skills'],
          { en: `role "${role.id}" has no essential skill in region "${region}": its essential requirements all hold elsewhere`, zh: `职位“${role.id}”在地区“${region}”没有核心技能：它的核心要求都只适用于其他地区` },
          { en: `mark an essential requirement for ${region} (region: [${region}]), or keep one unmarked`, zh: `请为 ${region} 标出一项核心要求（region: [${region}]），或保留一项不标地区的核心要求` },
        ),
      );
    }
  }
  return findings;
}
