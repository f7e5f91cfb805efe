import { createHash } from 'node:crypto';
import type { Problem } from '../core/problem.js';
import { terminalSafeJson } from '../core/terminal-text.js';
import type { ValidationReport } from '../report/validation.js';

/**
 * `etr validate --format codequality`: the problems as a GitLab Code Quality report (the subset
 * of the Code Climate issue format GitLab documents for `artifacts:reports:codequality`): an
 * array of { description, check_name, fingerprint, severity, location: { path, lines: { begin } } }.
 * The merge request then shows each problem on its line.
 */
export function renderValidationCodeQuality(report: ValidationReport): string {
  return terminalSafeJson(report.problems.map((problem) => codeQualityIssue(problem, report.catalog)), 2);
}

function codeQualityIssue(problem: Problem, catalog: string) {
  const description = problem.hint ? `${problem.message} (hint: ${problem.hint})` : problem.message;
  // A problem of no file (a catalog with no roles at all) is the catalog's.
  const path = problem.file ?? catalog;
  const line = problem.line ?? 1;
  return {
    description,
    check_name: problem.code,
    // The same problem at the same place is the same issue from one pipeline to the next.
    fingerprint: createHash('sha256').update([problem.code, path, line, problem.column ?? 1, problem.message].join('\0')).digest('hex'),
    severity: problem.severity === 'error' ? 'major' : 'minor',
    location: { path: path.split('\\').join('/'), lines: { begin: line } },
  };
}
