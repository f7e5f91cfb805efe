import { terminalSafeData, terminalSafeJson } from '../core/terminal-text.js';
import type { Palette } from '../core/palette.js';
import type { ValidationReport } from '../report/validation.js';
import { countProblems, plural, renderProblemsGithub, renderProblemsText } from './problems.js';
import { problemToJson } from '../core/problem.js';

export type ValidationFormat = 'text' | 'json' | 'github';

export function renderValidation(report: ValidationReport, format: ValidationFormat, palette: Palette): string {
  if (format === 'json') return terminalSafeJson(validationToJson(report), 2);
  if (format === 'github') {
    const commands = renderProblemsGithub(terminalSafeData(report.problems), report.lang);
    return [commands, summaryLine(report)].filter(Boolean).join('\n');
  }
  const body = renderProblemsText(report.problems, palette, report.lang);
  const summary = report.valid ? palette.green(`✔ ${summaryLine(report)}`) : palette.red(`✖ ${summaryLine(report)}`);
  return body ? `${body}\n\n${summary}` : summary;
}

export function validationToJson(report: ValidationReport) {
  const { errors, warnings } = countProblems(report.problems);
  return {
    catalog: report.catalog,
    valid: report.valid,
    strict: report.strict,
    errors,
    warnings,
    counts: report.counts,
    problems: report.problems.map((problem) => problemToJson(problem, report.lang)),
    // Said when it is not English, so that English output stays as it always was.
    ...(report.lang === 'zh' && { lang: report.lang }),
  };
}

function summaryLine(report: ValidationReport): string {
  const { errors, warnings } = countProblems(report.problems);
  const found = [plural(errors, 'error'), plural(warnings, 'warning')].join(', ');
  const contents = report.counts ? ` (${plural(report.counts.domains, 'domain')}, ${plural(report.counts.roles, 'role')}, ${plural(report.counts.skills, 'skill')})` : '';
  const verdict = report.valid ? 'is valid' : 'is invalid';
  const strictNote = report.strict && warnings > 0 && errors === 0 ? ' under --strict' : '';
  return `catalog ${report.catalog} ${verdict}${strictNote}${contents}: ${found} in ${plural(report.files.length, 'file')}`;
}
