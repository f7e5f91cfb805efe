import type { Problem } from '../core/problem.js';
import type { Palette } from './palette.js';
import type { ReportProblem } from './types.js';

/** `file:line:col`, or as much of it as is known. */
export function problemLocation(problem: Problem): string {
  if (!problem.file) return '';
  if (problem.line === undefined) return problem.file;
  return `${problem.file}:${problem.line}:${problem.column ?? 1}`;
}

/** One problem for a person: where, what, the offending line with a caret, and what to do. */
export function renderProblemText(problem: Problem, palette: Palette): string {
  const severity = problem.severity === 'error' ? palette.red('error') : palette.yellow('warning');
  const location = problemLocation(problem);
  const lines = [`${location ? `${palette.bold(location)} ` : ''}${severity} ${problem.message} ${palette.dim(`(${problem.code})`)}`];
  if (problem.sourceLine !== undefined && problem.line !== undefined) {
    const gutter = String(problem.line);
    const source = problem.sourceLine.replace(/\t/g, ' ').replace(/\r$/, '');
    const shown = source.length > 160 ? `${source.slice(0, 157)}...` : source;
    lines.push(`${palette.dim(`  ${gutter} |`)} ${shown}`);
    const caretColumn = Math.min(Math.max((problem.column ?? 1) - 1, 0), shown.length);
    lines.push(`${palette.dim(`  ${' '.repeat(gutter.length)} |`)} ${' '.repeat(caretColumn)}${palette.red('^')}`);
  }
  if (problem.hint) lines.push(`  ${palette.cyan('hint:')} ${problem.hint}`);
  return lines.join('\n');
}

export function renderProblemsText(problems: readonly Problem[], palette: Palette): string {
  return problems.map((p) => renderProblemText(p, palette)).join('\n\n');
}

/** The JSON contract of a problem: no source excerpts, only facts. */
export function problemToJson(problem: Problem): ReportProblem {
  const { sourceLine: _sourceLine, ...rest } = problem;
  return {
    code: rest.code,
    severity: rest.severity,
    message: rest.message,
    file: rest.file ?? null,
    line: rest.line ?? null,
    column: rest.column ?? null,
    hint: rest.hint ?? null,
  };
}

/**
 * GitHub Actions workflow commands, so problems annotate the pull request's lines.
 * Escaping follows the runner's rules: data escapes % CR LF; properties also : and ,.
 */
export function renderProblemsGithub(problems: readonly Problem[]): string {
  return problems
    .map((problem) => {
      const command = problem.severity === 'error' ? 'error' : 'warning';
      const properties = [
        problem.file ? `file=${escapeProperty(problem.file)}` : undefined,
        problem.line !== undefined ? `line=${problem.line}` : undefined,
        problem.column !== undefined ? `col=${problem.column}` : undefined,
        `title=${escapeProperty(`etr ${problem.code}`)}`,
      ].filter(Boolean);
      const message = problem.hint ? `${problem.message} (hint: ${problem.hint})` : problem.message;
      return `::${command} ${properties.join(',')}::${escapeData(message)}`;
    })
    .join('\n');
}

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
