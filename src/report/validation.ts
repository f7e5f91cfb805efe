import type { Problem } from '../core/problem.js';
import type { Lang } from '../model/lang.js';

/** What `etr validate` found, as plain data for every output format. */
export interface ValidationReport {
  catalog: string;
  /** False when there are errors, or warnings under --strict. */
  valid: boolean;
  strict: boolean;
  counts: { domains: number; roles: number; skills: number } | null;
  files: string[];
  problems: Problem[];
  /** The language of the problems' messages and hints; English when not said. */
  lang?: Lang;
}
