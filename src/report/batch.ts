import type { ReportProblem } from '../core/problem.js';
import type { Lang } from '../model/lang.js';
import type { Readiness } from '../model/readiness.js';
import type { Region } from '../model/catalog.js';

/** One result of a batch line: a role of the person's top N, its numbers rounded to four decimals. */
export interface BatchResult {
  rank: number;
  role: string;
  domain: string;
  score: number;
  readiness: Readiness;
  components: { skill: number; risk: number; interest: number };
}

/**
 * One line of `etr advise --batch`'s output, for one profile of the input (its index and its
 * first line, both from 1): its top roles, or the problems that stopped it. A line whose problems
 * are in another language than English says which (`lang`); English lines stay as they always were.
 */
export type BatchLine =
  /** region: the one whose rules applied (--region, ETR_REGION or the profile's); absent when none did. lang: said when not English. */
  | { index: number; line: number; ok: true; name: string; region?: Region; results: BatchResult[]; warnings: ReportProblem[]; lang?: Lang }
  | { index: number; line: number; ok: false; problems: ReportProblem[]; lang?: Lang };
