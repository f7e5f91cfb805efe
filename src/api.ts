/**
 * etr's programmatic API: load a catalog, load a profile, advise. The same code as the `etr`
 * binary, so a report from here equals `etr advise --format json` for the same input.
 *
 *   import { loadCatalog, loadProfile, advise } from 'etr';
 *   const catalog = await loadCatalog();                  // the built-in catalog, or loadCatalog('./catalog')
 *   const profile = await loadProfile('me.yaml', catalog); // or parseProfile(yamlText, catalog)
 *   const report = advise(catalog, profile, { top: 5 });
 *
 * Invalid input throws InvalidInputError, with every problem found (code, message, file, line,
 * column, hint); a file that cannot be read, or a bad option, throws UsageError.
 */
import { openCatalog } from './catalog/source.js';
import type { Catalog } from './catalog/types.js';
import { UsageError } from './core/errors.js';
import type { Problem } from './core/problem.js';
import { didYouMean } from './core/suggest.js';
import { advise as adviseEngine } from './report/advise.js';
import { loadProfile as readProfile, parseProfile as checkProfileText, type ProfileDraft } from './profile/load.js';
import { applyOverrides } from './profile/overrides.js';
import { isLang, langs, type Lang } from './report/i18n.js';
import { problemToJson } from './render/problems.js';
import type { Report } from './report/types.js';

export { ExitCode, InvalidInputError, UsageError } from './core/errors.js';
export { reportSchemaVersion } from './report/types.js';
export type { Report, ReportComparison, ReportLocalized, ReportProblem, ReportResult, ReportSkillRequirement } from './report/types.js';
export type { Catalog, Domain, Requirement, Role, Skill } from './catalog/types.js';
export type { Problem, Severity } from './core/problem.js';
export type { Lang } from './report/i18n.js';

/** A checked catalog, as `loadCatalog` returns it. */
export interface LoadedCatalog {
  readonly catalog: Catalog;
  /** "built-in", or the directory as given. */
  readonly source: string;
  /** "sha256:…" of the catalog's content. */
  readonly digest: string;
  /** Warnings the catalog's checks found (errors throw). */
  readonly warnings: readonly Problem[];
}

/** A profile read and checked against a catalog, as `loadProfile` and `parseProfile` return it. */
export interface LoadedProfile {
  /** Every skill resolved to its id and level 0–5; weights as written, defaults filled in. */
  readonly profile: ProfileDraft;
  /** Warnings (an unknown skill, say); with `strict` they throw instead. */
  readonly warnings: readonly Problem[];
}
export type { ProfileDraft };

export interface ProfileOptions {
  /** Treat warnings (an unknown skill, an unknown domain) as errors. Default false. */
  strict?: boolean;
}

export interface AdviseOptions {
  /** How many roles to return, best first. Default 10. */
  top?: number;
  /** Only roles in these domains (ids). Default: every domain the profile does not exclude. */
  domains?: readonly string[];
  /** The language of the report's sentences; "en" (default) or "zh". */
  lang?: Lang;
  /** What if: "SKILL=LEVEL" assignments, as `etr advise --set`. */
  set?: readonly string[];
  /** What if: a risk appetite word or a preferred ETR ("0.03", "3%"), as `etr advise --risk`. */
  risk?: string;
  /** What if: "skill=0.6,risk=0.3,interest=0.1", as `etr advise --weights`. */
  weights?: string;
}

/** The built-in catalog, or the catalog in `dir` (skills.yaml, domains.yaml, roles/*.yaml), fully checked. */
export async function loadCatalog(dir?: string): Promise<LoadedCatalog> {
  return openCatalog(dir);
}

/** Reads a profile (YAML) from a file and checks it against the catalog. */
export async function loadProfile(file: string, catalog: LoadedCatalog, options: ProfileOptions = {}): Promise<LoadedProfile> {
  const { draft, warnings } = await readProfile(file, catalog.catalog, { strict: options.strict ?? false });
  return { profile: draft, warnings };
}

/** Checks a profile given as YAML (or JSON) text; `file` names it in problems. */
export function parseProfile(text: string, catalog: LoadedCatalog, options: ProfileOptions & { file?: string } = {}): LoadedProfile {
  const { draft, warnings } = checkProfileText(text, options.file ?? '<profile>', catalog.catalog, { strict: options.strict ?? false });
  return { profile: draft, warnings };
}

/** Ranks the catalog's roles for the person: the report `etr advise --format json` prints. */
export function advise(catalog: LoadedCatalog, profile: LoadedProfile, options: AdviseOptions = {}): Report {
  const top = options.top ?? 10;
  if (!Number.isInteger(top) || top < 1) throw new UsageError(`top ${top}: expected a whole number of 1 or more`);
  const lang = options.lang ?? 'en';
  if (!isLang(lang)) throw new UsageError(`lang ${JSON.stringify(lang)}: unknown language`, `use one of: ${langs.join(', ')}`);
  const domainIds = catalog.catalog.domains.map((d) => d.id);
  for (const id of options.domains ?? []) {
    if (!domainIds.includes(id)) throw new UsageError(`domain ${id}: no such domain`, didYouMean(id, domainIds) ?? 'see `etr catalog domains`');
  }
  const overrides = {
    ...(options.set ? { set: [...options.set] } : {}),
    ...(options.risk !== undefined ? { risk: options.risk } : {}),
    ...(options.weights !== undefined ? { weights: options.weights } : {}),
  };
  return adviseEngine({
    catalog: catalog.catalog,
    profile: applyOverrides(profile.profile, overrides, catalog.catalog),
    top,
    domains: [...new Set(options.domains ?? [])].sort(),
    catalogSource: catalog.source,
    catalogDigest: catalog.digest,
    warnings: [...catalog.warnings, ...profile.warnings].map(problemToJson),
    lang,
  });
}
