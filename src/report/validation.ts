import type { Lang } from '../model/lang.js';
import type { Problem } from '../core/problem.js';

/** What `etr validate` found, as plain data for every output format. */
export interface ValidationReport {
  catalog: string;
  /** False when there are errors, or warnings under --strict. */
  valid: boolean;
  strict: boolean;
  counts: { domains: number; roles: number; skills: number } | null;
  /** The files read, as shown in messages: the catalog's, then the profiles'. */
  files: string[];
  /** Every problem: the catalog's, then each profile's. */
  problems: Problem[];
  /** The language of the report's own words (its summary). */
  lang: Lang;
  /** False when only profiles were checked (against the built-in catalog, which the build checks). Default true. */
  catalogChecked?: boolean;
  /** The profiles checked (`--profile`), each valid or not by the same rule as the whole. */
  profiles?: ProfileValidation[];
  /** Profiles given but not checked: the catalog has errors, so there is nothing sound to check them against. */
  uncheckedProfiles?: string[];
}

export interface ProfileValidation {
  /** As shown in messages. */
  file: string;
  valid: boolean;
}
