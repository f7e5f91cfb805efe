import { terminalSafeData, terminalSafeJson } from '../core/terminal-text.js';
import type { Palette } from '../core/palette.js';
import type { ValidationReport } from '../report/validation.js';
import { countProblems, renderProblemsGithub, renderProblemsText } from './problems.js';
import { validationMessages } from '../report/i18n/validation.js';
import { problemToJson } from '../core/problem.js';

export type ValidationFormat = 'text' | 'json' | 'github';

export function renderValidation(report: ValidationReport, format: ValidationFormat, palette: Palette): string {
  if (format === 'json') return terminalSafeJson(validationToJson(report), 2);
  if (format === 'github') {
    const commands = renderProblemsGithub(terminalSafeData(report.problems));
    return [commands, summaryLine(report)].filter(Boolean).join('\n');
  }
  const body = renderProblemsText(report.problems, palette);
  const summary = report.valid ? palette.green(`✔ ${summaryLine(report)}`) : palette.red(`✖ ${summaryLine(report)}`);
  return body ? `${body}\n\n${summary}` : summary;
}

export function validationToJson(report: ValidationReport) {
  const { errors, warnings } = countProblems(report.problems);
  return {
    catalog: report.catalog,
    lang: report.lang,
    valid: report.valid,
    strict: report.strict,
    errors,
    warnings,
    counts: report.counts,
    problems: report.problems.map(problemToJson),
  };
}

function summaryLine(report: ValidationReport): string {
  const { errors, warnings } = countProblems(report.problems);
  return validationMessages(report.lang).summary({
    catalog: report.catalog,
    valid: report.valid,
    strictNote: report.strict && warnings > 0 && errors === 0,
    contents: report.counts,
    errors,
    warnings,
    files: report.files.length,
  });
}
