import type { CatalogSource } from '../catalog/source.js';
import { UsageError } from '../core/errors.js';
import { didYouMean } from '../core/suggest.js';
import { catalogForRegion } from '../engine/region.js';
import type { Region } from '../model/catalog.js';
import type { Lang } from '../model/lang.js';
import { checkRegion } from './advise.js';
import { roleDetails, type RoleDetails } from '../report/role.js';

export interface ShowOptions {
  /** The language of the details' own words and of the catalog's translations; en when absent. */
  lang?: Lang;
  /** The jurisdiction whose requirements, project and references to show; none: the catalog's defaults. */
  region?: Region;
}

/** `etr show ROLE`: everything the catalog says of one role. */
export function show(catalog: CatalogSource, roleId: string, options: ShowOptions = {}): RoleDetails {
  const region = checkRegion(options.region) ?? null;
  const projected = catalogForRegion(catalog.catalog, region);
  const role = projected.roles.find((r) => r.id === roleId);
  if (!role) throw new UsageError(`no role "${roleId}" in the catalog`, didYouMean(roleId, catalog.catalog.roles.map((r) => r.id)) ?? 'see `etr catalog roles` for the role ids');
  return roleDetails(projected, role, { lang: options.lang ?? 'en', region });
}
