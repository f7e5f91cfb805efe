import type { CatalogSource } from '../catalog/source.js';
import { usageError } from '../core/errors.js';
import { didYouMeanText } from '../core/suggest.js';
import { leverage as rankLeverage } from '../engine/leverage.js';
import { planLearning } from '../engine/plan.js';
import { rankRoles } from '../engine/rank.js';
import { catalogForRegion, reportRegion } from '../engine/region.js';
import type { Region } from '../model/catalog.js';
import { checkRegion } from './advise.js';
import type { LoadedProfile } from '../profile/load.js';
import { applyOverrides } from '../profile/overrides.js';
import type { Lang } from '../model/lang.js';
import { leverageReport, planReport, type LeverageReport, type PlanReport } from '../report/plan.js';

export interface PlanOptions {
  /** Roles to plan toward (ids); default: the person's top three. */
  targets?: readonly string[];
  /** At most this many one-level upgrades. Default 10. */
  steps?: number;
  /** Hours a week for learning, over the profile's. */
  hoursPerWeek?: number;
  /** The language of the renderings; en when absent. */
  lang?: Lang;
  /** Whose rules apply (eu, us, cn), over the profile's region. */
  region?: Region;
}

/** `etr plan`: one-level skill upgrades toward the target roles, each the largest gain. */
export function plan(source: CatalogSource, loaded: LoadedProfile, options: PlanOptions = {}): PlanReport {
  const region = reportRegion(checkRegion(options.region), loaded.profile);
  const catalog = { ...source, catalog: catalogForRegion(source.catalog, region) };
  const roleIds = catalog.catalog.roles.map((r) => r.id);
  for (const id of options.targets ?? []) {
    if (!roleIds.includes(id)) throw usageError({ en: `--target ${id}: no such role`, zh: `--target ${id}：没有这个职位` }, didYouMeanText(id, roleIds) ?? { en: 'see `etr catalog roles`', zh: '可用 `etr catalog roles` 查看' });
  }
  const profile = applyOverrides(loaded.profile, hoursOverride(options.hoursPerWeek), catalog.catalog);
  const targets = options.targets?.length ? [...new Set(options.targets)] : rankRoles(catalog.catalog, profile).slice(0, 3).map((s) => s.role.id);
  if (targets.length === 0) {
    throw usageError(
      { en: 'no role to plan toward: the profile excludes every domain', zh: '没有可规划的目标职位：档案排除了所有领域' },
      { en: 'take some domains out of exclude, or name roles with --target', zh: '请从 exclude 中去掉一些领域，或用 --target 指定职位' },
    );
  }
  return planReport(planLearning(catalog.catalog, profile, targets, options.steps ?? 10), profile, catalog.catalog, { lang: options.lang ?? 'en', region });
}

/** `etr plan --leverage`: the skills whose next level brings the most roles closer. */
export function leverage(source: CatalogSource, loaded: LoadedProfile, options: { top?: number; hoursPerWeek?: number; lang?: Lang; region?: Region } = {}): LeverageReport {
  const region = reportRegion(checkRegion(options.region), loaded.profile);
  const catalog = catalogForRegion(source.catalog, region);
  const profile = applyOverrides(loaded.profile, hoursOverride(options.hoursPerWeek), catalog);
  return leverageReport(rankLeverage(catalog, profile), profile.name, options.top ?? 10, catalog, { lang: options.lang ?? 'en', region });
}

function hoursOverride(hoursPerWeek: number | undefined) {
  return hoursPerWeek === undefined ? {} : { hoursPerWeek };
}
