import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinCatalogDir } from '../../src/catalog/builtin.js';
import { loadCatalog } from '../../src/catalog/load.js';
import type { Catalog } from '../../src/model/catalog.js';
import { adviseReport } from '../../src/report/advise.js';
import { parseProfile } from '../../src/profile/load.js';
import { applyOverrides, overridesAsText, type ProfileOverrides } from '../../src/profile/overrides.js';
import type { Lang } from '../../src/model/lang.js';
import type { Report } from '../../src/report/types.js';
import { repoRoot } from '../helpers/run-etr.js';

let builtin: Promise<Catalog> | undefined;

/** The built-in catalog, loaded once per test file. */
export function builtinCatalog(): Promise<Catalog> {
  builtin ??= loadCatalog(builtinCatalogDir()).then((result) => result.catalog!);
  return builtin;
}

/** The report for one of data/examples/, as `etr advise` would build it (strict: the examples have no warnings). */
export async function exampleReport(file: string, lang: Lang, options: { top?: number; overrides?: ProfileOverrides; name?: string } = {}): Promise<Report> {
  const catalog = await builtinCatalog();
  const { profile: draft } = parseProfile(readFileSync(join(repoRoot, 'data', 'examples', file), 'utf8'), file, catalog, { strict: true });
  if (options.name !== undefined) draft.name = options.name;
  const overrides = options.overrides ?? {};
  const changes = overridesAsText(overrides).set?.map((s) => `--set ${s}`) ?? [];
  return adviseReport({
    catalog,
    profile: applyOverrides(draft, overrides, catalog),
    top: options.top ?? 10,
    domains: [],
    catalogSource: 'built-in',
    catalogDigest: 'sha256:test',
    warnings: [],
    lang,
    ...(changes.length > 0 ? { baseline: { profile: applyOverrides(draft, {}, catalog), changes } } : {}),
  });
}
