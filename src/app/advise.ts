import type { CatalogSource } from '../catalog/source.js';
import { usageError } from '../core/errors.js';
import { problemToJson, type Problem } from '../core/problem.js';
import { didYouMeanText } from '../core/suggest.js';
import { catalogForRegion, reportRegion } from '../engine/region.js';
import { regions, type Region } from '../model/catalog.js';
import { isLang, langs, type Lang } from '../model/lang.js';
import type { LoadedProfile } from '../profile/load.js';
import { applyOverrides, applyParsedOverrides, overridesAsText, parseOverrides, type ProfileOverrides } from '../profile/overrides.js';
import { adviseReport } from '../report/advise.js';
import type { Report } from '../report/types.js';

export interface AdviseOptions extends ProfileOverrides {
  /** How many roles to return, best first. Default 10. */
  top?: number;
  /** Only roles in these domains (ids). Default: every domain the profile does not exclude. */
  domains?: readonly string[];
  /** The language of the report's sentences; "en" (default) or "zh". */
  lang?: Lang;
  /** With set, risk or weights: compare the ranking with the profile's own. */
  compare?: boolean;
  /** A --set name read from a phrase ("PyTorch/TensorFlow=3") is an error, not a warning. */
  strict?: boolean;
  /** Whose rules apply (eu, us, cn), over the profile's region; neither: the catalog's EU defaults. */
  region?: Region;
}

/**
 * `etr advise`: the catalog's roles ranked for one person, as the Report every format renders.
 * The CLI and the API both call this; a bad option is a UsageError.
 */
export function advise(catalog: CatalogSource, loaded: LoadedProfile, options: AdviseOptions = {}): Report {
  return adviseWithWarnings(catalog, loaded, options).report;
}

/** advise, and the warnings its report carries as the located problems they are, for stderr. */
export function adviseWithWarnings(catalog: CatalogSource, loaded: LoadedProfile, options: AdviseOptions = {}): { report: Report; warnings: Problem[] } {
  const top = options.top ?? 10;
  if (!Number.isInteger(top) || top < 1) throw usageError({ en: `top ${top}: expected a whole number of 1 or more`, zh: `top ${top}：应为不小于 1 的整数` });
  const lang = options.lang ?? 'en';
  if (!isLang(lang)) throw usageError({ en: `lang ${JSON.stringify(lang)}: unknown language`, zh: `lang ${JSON.stringify(lang)}：未知的语言` }, { en: `use one of: ${langs.join(', ')}`, zh: `可选：${langs.join('、')}` });
  const domains = checkDomains(catalog, options.domains ?? []);
  const region = reportRegion(checkRegion(options.region), loaded.profile);
  const overrides = overridesAsText(options);
  const changes = describeOverrides(overrides);
  if (options.compare && changes.length === 0) {
    throw usageError(
      { en: '--compare needs something to compare: --set, --risk or --weights', zh: '--compare 需要有可比较的改动：--set、--risk 或 --weights' },
      { en: 'e.g. etr advise --profile me.yaml --set python=4 --compare', zh: '例如 etr advise --profile me.yaml --set python=4 --compare' },
    );
  }
  const parsed = parseOverrides(overrides, catalog.catalog, { strict: options.strict ?? false });
  const profile = applyParsedOverrides(loaded.profile, parsed, catalog.catalog);
  const warnings = [...catalog.warnings, ...loaded.warnings, ...parsed.warnings];
  const report = adviseReport({
    catalog: catalogForRegion(catalog.catalog, region),
    profile,
    top,
    domains,
    catalogSource: catalog.source,
    get catalogDigest() {
      return catalog.digest;
    },
    warnings: warnings.map((warning) => problemToJson(warning, lang)),
    ...(options.compare && { baseline: { profile: applyOverrides(loaded.profile, {}, catalog.catalog), changes } }),
    lang,
    region,
  });
  return { report, warnings };
}

/** The warnings of --set (a name read from a phrase), for a batch to print once; with `strict` such a name is a usage error. */
export function setWarnings(catalog: CatalogSource, set: readonly string[], strict: boolean): Problem[] {
  return parseOverrides({ set: [...set] }, catalog.catalog, { strict }).warnings;
}

/** The --domain filter: each id known, sorted, without repeats. */
export function checkDomains(catalog: CatalogSource, domains: readonly string[]): string[] {
  const domainIds = catalog.catalog.domains.map((d) => d.id);
  for (const id of domains) {
    if (!domainIds.includes(id)) throw usageError({ en: `domain ${id}: no such domain`, zh: `领域 ${id}：没有这个领域` }, didYouMeanText(id, domainIds) ?? { en: 'see `etr catalog domains`', zh: '可用 `etr catalog domains` 查看' });
  }
  return [...new Set(domains)].sort();
}

/** A region as an API caller may pass it: one of the known ones, or none. */
export function checkRegion(region: string | undefined): Region | undefined {
  if (region === undefined || (regions as readonly string[]).includes(region)) return region as Region | undefined;
  throw usageError({ en: `region ${JSON.stringify(region)}: unknown region`, zh: `region ${JSON.stringify(region)}：未知的地区` }, { en: `use one of: ${regions.join(', ')}`, zh: `可选：${regions.join('、')}` });
}

/** The what-if overrides as the command line gives them, for the report to say what changed. */
function describeOverrides(overrides: ReturnType<typeof overridesAsText>): string[] {
  return [
    ...(overrides.set ?? []).map((s) => `--set ${s}`),
    ...(overrides.risk !== undefined ? [`--risk ${overrides.risk}`] : []),
    ...(overrides.weights !== undefined ? [`--weights ${overrides.weights}`] : []),
  ];
}
