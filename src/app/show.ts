import type { CatalogSource } from '../catalog/source.js';
import { UsageError } from '../core/errors.js';
import { didYouMean } from '../core/suggest.js';
import type { Lang } from '../model/lang.js';
import { roleDetails, type RoleDetails } from '../report/role.js';

/** `etr show ROLE`: everything the catalog says of one role. */
export function show(catalog: CatalogSource, roleId: string, lang: Lang = 'en'): RoleDetails {
  const role = catalog.catalog.roles.find((r) => r.id === roleId);
  if (!role) throw new UsageError(`no role "${roleId}" in the catalog`, didYouMean(roleId, catalog.catalog.roles.map((r) => r.id)) ?? 'see `etr catalog roles` for the role ids');
  return roleDetails(catalog.catalog, role, lang);
}
