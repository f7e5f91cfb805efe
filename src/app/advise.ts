import type { CatalogSource } from '../catalog/source.js';
import { UsageError } from '../core/errors.js';
import { problemToJson, type Problem } from '../core/problem.js';
import { didYouMean } from '../core/suggest.js';
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
  if (!Number.isInteger(top) || top < 1) throw new UsageError(`top ${top}: expected a whole number of 1 or more`);
  const lang = options.lang ?? 'en';
  if (!isLang(lang)) throw new UsageError(`lang ${JSON.stringify(lang)}: unknown language`, `use one of: ${langs.join(', ')}`);
  const domains = checkDomains(catalog, options.domains ?? []);
  const overrides = overridesAsText(options);
  const changes = describeOverrides(overrides);
  if (options.compare && changes.length === 0) throw new UsageError('--compare needs something to compare: --set, --risk or --weights', 'e.g. etr advise --profile me.yaml --set python=4 --compare');
  const parsed = parseOverrides(overrides, catalog.catalog, { strict: options.strict ?? false });
  const profile = applyParsedOverrides(loaded.profile, parsed, catalog.catalog);
  const warnings = [...catalog.warnings, ...loaded.warnings, ...parsed.warnings];
  const report = adviseReport({
    catalog: catalog.catalog,
    profile,
    top,
    domains,
    catalogSource: catalog.source,
    catalogDigest: catalog.digest,
    warnings: warnings.map(problemToJson),
    ...(options.compare && { baseline: { profile: applyOverrides(loaded.profile, {}, catalog.catalog), changes } }),
    lang,
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
    if (!domainIds.includes(id)) throw new UsageError(`domain ${id}: no such domain`, didYouMean(id, domainIds) ?? 'see `etr catalog domains`');
  }
  return [...new Set(domains)].sort();
}

/** The what-if overrides as the command line gives them, for the report to say what changed. */
function describeOverrides(overrides: ReturnType<typeof overridesAsText>): string[] {
  return [
    ...(overrides.set ?? []).map((s) => `--set ${s}`),
    ...(overrides.risk !== undefined ? [`--risk ${overrides.risk}`] : []),
    ...(overrides.weights !== undefined ? [`--weights ${overrides.weights}`] : []),
  ];
}
