import type { CatalogSource } from '../catalog/source.js';
import { usageError } from '../core/errors.js';
import { didYouMeanText } from '../core/suggest.js';
import { roleDetails, type RoleDetails } from '../report/role.js';

/** `etr show ROLE`: everything the catalog says of one role. */
export function show(catalog: CatalogSource, roleId: string): RoleDetails {
  const role = catalog.catalog.roles.find((r) => r.id === roleId);
  if (!role) {
    const hint = didYouMeanText(roleId, catalog.catalog.roles.map((r) => r.id)) ?? { en: 'see `etr catalog roles` for the role ids', zh: '职位 ID 可用 `etr catalog roles` 查看' };
    throw usageError({ en: `no role "${roleId}" in the catalog`, zh: `职位目录中没有职位“${roleId}”` }, hint);
  }
  return roleDetails(catalog.catalog, role);
}
