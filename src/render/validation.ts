import { terminalSafeData, terminalSafeJson } from '../core/terminal-text.js';
import type { Palette } from '../core/palette.js';
import type { Problem } from '../core/problem.js';
import type { ValidationReport } from '../report/validation.js';
import { countProblems, renderProblemsGithub, renderProblemsText } from './problems.js';
import { validationMessages, type Found } from '../report/i18n/validation.js';
import { problemToJson } from '../core/problem.js';

export type ValidationFormat = 'text' | 'json' | 'github';

/** `quiet`: the problems only, no summary, so a valid input prints nothing (text and github; JSON is a document). */
export function renderValidation(report: ValidationReport, format: ValidationFormat, palette: Palette, quiet = false): string {
  if (format === 'json') return terminalSafeJson(validationToJson(report), 2);
  if (format === 'github') {
    const commands = renderProblemsGithub(terminalSafeData(report.problems), report.lang);
    return [commands, ...(quiet ? [] : summaryLines(report).map(({ line }) => line))].filter(Boolean).join('\n');
  }
  const body = renderProblemsText(report.problems, palette, report.lang);
  if (quiet) return body;
  const summary = summaryLines(report)
    .map(({ valid, line }) => (valid ? palette.green(`✔ ${line}`) : palette.red(`✖ ${line}`)))
    .join('\n');
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
    problems: report.problems.map((problem) => problemToJson(problem, report.lang)),
    profiles: (report.profiles ?? []).map((profile) => ({ file: profile.file, valid: profile.valid, ...countProblems(problemsOf(report, profile.file)) })),
    uncheckedProfiles: report.uncheckedProfiles ?? [],
  };
}

/** One line for the catalog (unless only profiles were checked), one for the profiles (if any). */
function summaryLines(report: ValidationReport): { valid: boolean; line: string }[] {
  const words = validationMessages(report.lang);
  const profiles = report.profiles ?? [];
  const profileFiles = new Set(profiles.map((p) => p.file));
  const lines: { valid: boolean; line: string }[] = [];
  if (report.catalogChecked !== false) {
    const catalogProblems = report.problems.filter((p) => p.file === undefined || !profileFiles.has(p.file));
    const valid = profiles.length === 0 ? report.valid : !failing(report, catalogProblems);
    const line = words.catalog({ ...found(report, catalogProblems), catalog: report.catalog, valid, contents: report.counts, files: report.files.length - profiles.length });
    lines.push({ valid, line });
  }
  if (profiles.length > 0) {
    const profileProblems = found(report, report.problems.filter((p) => p.file !== undefined && profileFiles.has(p.file)));
    const invalid = profiles.filter((p) => !p.valid).length;
    const line =
      profiles.length === 1
        ? words.profile({ ...profileProblems, catalog: report.catalog, file: profiles[0]!.file, valid: invalid === 0 })
        : words.profiles({ ...profileProblems, catalog: report.catalog, count: profiles.length, invalid });
    lines.push({ valid: invalid === 0, line });
  }
  const unchecked = report.uncheckedProfiles ?? [];
  if (unchecked.length > 0) lines.push({ valid: false, line: words.unchecked(unchecked, report.catalog) });
  return lines;
}

function failing(report: ValidationReport, problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error') || (report.strict && problems.length > 0);
}

/** The counts of `problems`, and whether --strict alone decides. */
function found(report: ValidationReport, problems: readonly Problem[]): Found {
  const { errors, warnings } = countProblems(problems);
  return { errors, warnings, strictNote: report.strict && warnings > 0 && errors === 0 };
}

function problemsOf(report: ValidationReport, file: string): Problem[] {
  return report.problems.filter((p) => p.file === file);
}
