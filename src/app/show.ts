import type { CatalogSource } from '../catalog/source.js';
import { usageError } from '../core/errors.js';
import { didYouMeanText } from '../core/suggest.js';
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
  if (!role) {
    const hint = didYouMeanText(roleId, catalog.catalog.roles.map((r) => r.id)) ?? { en: 'see `etr catalog roles` for the role ids', zh: '职位 ID 可用 `etr catalog roles` 查看' };
    throw usageError({ en: `no role "${roleId}" in the catalog`, zh: `职位目录中没有职位“${roleId}”` }, hint);
  }
  return roleDetails(projected, role, { lang: options.lang ?? 'en', region });
}
