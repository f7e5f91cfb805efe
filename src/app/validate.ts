import { builtinCatalogDir } from '../catalog/builtin.js';
import { InvalidInputError } from '../core/errors.js';
import { displayPath } from '../core/files.js';
import { hasErrors, type Problem } from '../core/problem.js';
import type { Catalog } from '../model/catalog.js';
import type { Lang } from '../model/lang.js';
import type { ValidationReport } from '../report/validation.js';

export interface ValidateOptions {
  /** A catalog directory; default: the built-in catalog. */
  catalog?: string;
  /**
   * Profile files to check against the catalog, as `advise` checks them. Without `catalog`, only
   * they are checked, against the built-in catalog (which the build has checked already).
   */
  profiles?: readonly string[];
  /** Warnings fail too; in profiles, an unknown name is an error, as with `advise --strict`. */
  strict?: boolean;
  /** Warn of references last checked more than this many months ago. Default 24. */
  maxAgeMonths?: number;
  /** The month a reference's age is measured to, as YYYY-MM; default: this month (UTC). */
  today?: string;
  /** The language of the report's own words and of the problems' messages and hints; en when absent. */
  lang?: Lang;
}

/** How long a checked claim stays fresh before `validate` asks for it to be checked again. */
export const defaultMaxAgeMonths = 24;

/** `etr validate`: a catalog checked against the schema and every integrity rule, and profiles against the catalog. */
export async function validate(options: ValidateOptions = {}): Promise<ValidationReport> {
  const strict = options.strict ?? false;
  const profileFiles = options.profiles ?? [];
  const catalogName = options.catalog === undefined ? 'built-in' : displayPath(options.catalog);
  if (profileFiles.length > 0 && options.catalog === undefined) {
    const { openCatalog } = await import('../catalog/source.js');
    const { catalog } = await openCatalog(undefined);
    const profiles = await checkProfiles(profileFiles, catalog, strict);
    return report({ catalog: catalogName, catalogChecked: false, strict, counts: countsOf(catalog), files: [], problems: [] }, options.lang ?? 'en', profiles);
  }
  // Imported here: the other commands read the compiled built-in catalog and never need the loader.
  const { loadCatalog } = await import('../catalog/load.js');
  const result = await loadCatalog(options.catalog ?? builtinCatalogDir(), { today: options.today ?? currentMonth(), maxAgeMonths: options.maxAgeMonths ?? defaultMaxAgeMonths });
  // A profile is checked against a catalog that loads without errors; else the catalog's errors say why not.
  const usable = result.catalog && !hasErrors(result.problems) ? result.catalog : undefined;
  const profiles = usable ? await checkProfiles(profileFiles, usable, strict) : [];
  const checked = report({ catalog: catalogName, catalogChecked: true, strict, counts: result.catalog ? countsOf(result.catalog) : null, files: result.files, problems: result.problems }, options.lang ?? 'en', profiles);
  return usable || profileFiles.length === 0 ? checked : { ...checked, uncheckedProfiles: [...new Set(profileFiles)].map((path) => (path === '-' ? '<stdin>' : displayPath(path))) };
}

interface CheckedProfile {
  file: string;
  problems: Problem[];
}

function report(catalog: Omit<ValidationReport, 'valid' | 'profiles' | 'lang'>, lang: Lang, profiles: CheckedProfile[]): ValidationReport {
  const problems = [...catalog.problems, ...profiles.flatMap((p) => p.problems)];
  const fails = (found: readonly Problem[]) => hasErrors(found) || (catalog.strict && found.length > 0);
  return {
    ...catalog,
    lang,
    valid: !fails(problems),
    files: [...catalog.files, ...profiles.map((p) => p.file)],
    problems,
    profiles: profiles.map(({ file, problems: found }) => ({ file, valid: !fails(found) })),
  };
}

/** Each profile as `advise` reads it: errors and warnings alike become the profile's problems. */
async function checkProfiles(files: readonly string[], catalog: Catalog, strict: boolean): Promise<CheckedProfile[]> {
  const { loadProfile } = await import('../profile/load.js');
  const checked: CheckedProfile[] = [];
  for (const path of new Set(files)) {
    const file = path === '-' ? '<stdin>' : displayPath(path);
    let problems: Problem[];
    try {
      problems = (await loadProfile(path, catalog, { strict })).warnings;
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      problems = error.problems;
    }
    checked.push({ file, problems });
  }
  return checked;
}

function countsOf(catalog: Catalog): ValidationReport['counts'] {
  return { domains: catalog.domains.length, roles: catalog.roles.length, skills: catalog.skills.length };
}

/** This month as YYYY-MM (UTC), the "today" a reference's asOf is measured from. */
function currentMonth(now = new Date()): string {
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
}
