import { builtinCatalogDir } from '../catalog/builtin.js';
import { displayPath } from '../core/files.js';
import { hasErrors } from '../core/problem.js';
import type { Lang } from '../model/lang.js';
import type { ValidationReport } from '../report/validation.js';

export interface ValidateOptions {
  /** A catalog directory; default: the built-in catalog. */
  catalog?: string;
  /** Warnings fail too. */
  strict?: boolean;
  /** Warn of references last checked more than this many months ago. Default 24. */
  maxAgeMonths?: number;
  /** The month a reference's age is measured to, as YYYY-MM; default: this month (UTC). */
  today?: string;
  /** The language of the problems' messages and hints; default English. */
  lang?: Lang;
}

/** How long a checked claim stays fresh before `validate` asks for it to be checked again. */
export const defaultMaxAgeMonths = 24;

/** `etr validate`: a catalog checked against the schema and every integrity rule. */
export async function validate(options: ValidateOptions = {}): Promise<ValidationReport> {
  // Imported here: the other commands read the compiled built-in catalog and never need the loader.
  const { loadCatalog } = await import('../catalog/load.js');
  const result = await loadCatalog(options.catalog ?? builtinCatalogDir(), { today: options.today ?? currentMonth(), maxAgeMonths: options.maxAgeMonths ?? defaultMaxAgeMonths });
  const strict = options.strict ?? false;
  return {
    catalog: options.catalog === undefined ? 'built-in' : displayPath(options.catalog),
    valid: !hasErrors(result.problems) && !(strict && result.problems.length > 0),
    strict,
    counts: result.catalog ? { domains: result.catalog.domains.length, roles: result.catalog.roles.length, skills: result.catalog.skills.length } : null,
    files: result.files,
    problems: result.problems,
    lang: options.lang ?? 'en',
  };
}

/** This month as YYYY-MM (UTC), the "today" a reference's asOf is measured from. */
function currentMonth(now = new Date()): string {
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
}
