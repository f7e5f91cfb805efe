/**
 * Problems are data: every check reports what it found as a Problem, and each output format
 * renders the same facts. Positions are 1-based, as editors show them.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  code: string;
  severity: Severity;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  hint?: string;
  /** The source line the position points into, for a caret under it in text output. */
  sourceLine?: string;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** By file, line and column (errors first at the same spot), so output order never depends on check order. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const severityRank = (p: Problem) => (p.severity === 'error' ? 0 : 1);
  // Equal texts are told apart first: localeCompare is slow, and most problems share their file.
  const compareText = (a: string, b: string) => (a === b ? 0 : a.localeCompare(b));
  return [...problems].sort(
    (a, b) =>
      compareText(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      severityRank(a) - severityRank(b) ||
      compareText(a.code, b.code),
  );
}

/** How many problems of one code one profile reports in full; the rest are counted. */
export const problemsPerCode = 10;

/** What a summary calls the problems of a code it counts: "79,990 more unknown skills". */
const countedAs: Partial<Record<string, string>> = {
  'unknown-skill': 'unknown skills',
  'unknown-domain': 'unknown domains',
  'invalid-level': 'skill levels that are not levels',
  'duplicate-skill': 'skills named twice',
  'skill-read-from-phrase': 'skills read from phrases',
  'yaml-duplicate-key': 'duplicate keys',
  'json-duplicate-key': 'duplicate keys',
  'unknown-key': 'unknown keys',
};

/**
 * Problems, sorted, with at most `perCode` of each code in full and one more line per code that
 * counts the rest ("and 79,990 more unknown skills"), located at the first it leaves out, with
 * that problem's code and severity (so exit codes and --strict see the same as before). What one
 * profile can make etr print is then bounded whatever the profile holds, a megabyte of unknown
 * names included; the count still says how many there are.
 */
export function capProblems(problems: readonly Problem[], perCode = problemsPerCode): Problem[] {
  if (problems.length <= perCode) return [...problems];
  const counts = new Map<string, number>();
  const kept: Problem[] = [];
  const firstLeftOut = new Map<string, Problem>();
  for (const problem of problems) {
    const count = (counts.get(problem.code) ?? 0) + 1;
    counts.set(problem.code, count);
    if (count <= perCode) kept.push(problem);
    else if (count === perCode + 1) firstLeftOut.set(problem.code, problem);
  }
  if (firstLeftOut.size === 0) return kept;
  for (const [code, first] of firstLeftOut) {
    const more = counts.get(code)! - perCode;
    const summary: Problem = { code, severity: first.severity, message: `and ${more.toLocaleString('en-US')} more ${countedAs[code] ?? `problems of this kind (${code})`}, not listed one by one`, hint: `the first ${perCode} are listed; fix those, then run again to see the rest` };
    if (first.file !== undefined) summary.file = first.file;
    if (first.line !== undefined) summary.line = first.line;
    if (first.column !== undefined) summary.column = first.column;
    kept.push(summary);
  }
  return sortProblems(kept);
}

/** A problem as the JSON outputs carry it. */
export interface ReportProblem {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
  hint: string | null;
}

/** The JSON contract of a problem: no source excerpts, only facts. */
export function problemToJson(problem: Problem): ReportProblem {
  return {
    code: problem.code,
    severity: problem.severity,
    message: problem.message,
    file: problem.file ?? null,
    line: problem.line ?? null,
    column: problem.column ?? null,
    hint: problem.hint ?? null,
  };
}
