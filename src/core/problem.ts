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
