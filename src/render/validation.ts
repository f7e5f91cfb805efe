import { terminalSafeData, terminalSafeJson } from '../core/terminal-text.js';
import type { Palette } from '../core/palette.js';
import type { Problem } from '../core/problem.js';
import type { ValidationReport } from '../report/validation.js';
import { countProblems, plural, renderProblemsGithub, renderProblemsText } from './problems.js';
import { problemToJson } from '../core/problem.js';

export type ValidationFormat = 'text' | 'json' | 'github';

/** `quiet`: the problems only, no summary, so a valid input prints nothing (text and github; JSON is a document). */
export function renderValidation(report: ValidationReport, format: ValidationFormat, palette: Palette, quiet = false): string {
  if (format === 'json') return terminalSafeJson(validationToJson(report), 2);
  if (format === 'github') {
    const commands = renderProblemsGithub(terminalSafeData(report.problems));
    return [commands, ...(quiet ? [] : summaryLines(report).map(({ line }) => line))].filter(Boolean).join('\n');
  }
  const body = renderProblemsText(report.problems, palette);
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
    valid: report.valid,
    strict: report.strict,
    errors,
    warnings,
    counts: report.counts,
    problems: report.problems.map(problemToJson),
    profiles: (report.profiles ?? []).map((profile) => ({ file: profile.file, valid: profile.valid, ...countProblems(problemsOf(report, profile.file)) })),
    uncheckedProfiles: report.uncheckedProfiles ?? [],
  };
}

/** One line for the catalog (unless only profiles were checked), one for the profiles (if any). */
function summaryLines(report: ValidationReport): { valid: boolean; line: string }[] {
  const profiles = report.profiles ?? [];
  const profileFiles = new Set(profiles.map((p) => p.file));
  const lines: { valid: boolean; line: string }[] = [];
  if (report.catalogChecked !== false) {
    const catalogProblems = report.problems.filter((p) => p.file === undefined || !profileFiles.has(p.file));
    const catalogValid = profiles.length === 0 ? report.valid : !failing(report, catalogProblems);
    lines.push({ valid: catalogValid, line: catalogLine(report, catalogProblems, catalogValid, report.files.length - profiles.length) });
  }
  if (profiles.length > 0) {
    const profileProblems = report.problems.filter((p) => p.file !== undefined && profileFiles.has(p.file));
    const invalid = profiles.filter((p) => !p.valid).length;
    const note = strictNote(report, profileProblems);
    const line =
      profiles.length === 1
        ? `profile ${profiles[0]!.file} ${invalid === 0 ? 'is valid' : 'is invalid'}${note} against catalog ${report.catalog}`
        : `${plural(profiles.length, 'profile')} checked against catalog ${report.catalog}, ${invalid === 0 ? 'all valid' : `${invalid} invalid${note}`}`;
    lines.push({ valid: invalid === 0, line: `${line}: ${found(profileProblems)}` });
  }
  const unchecked = report.uncheckedProfiles ?? [];
  if (unchecked.length > 0) lines.push({ valid: false, line: `${unchecked.length === 1 ? `profile ${unchecked[0]!}` : plural(unchecked.length, 'profile')} not checked: catalog ${report.catalog} has errors` });
  return lines;
}

function catalogLine(report: ValidationReport, problems: readonly Problem[], valid: boolean, files: number): string {
  const contents = report.counts ? ` (${plural(report.counts.domains, 'domain')}, ${plural(report.counts.roles, 'role')}, ${plural(report.counts.skills, 'skill')})` : '';
  const verdict = valid ? 'is valid' : 'is invalid';
  return `catalog ${report.catalog} ${verdict}${strictNote(report, problems)}${contents}: ${found(problems)} in ${plural(files, 'file')}`;
}

function failing(report: ValidationReport, problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error') || (report.strict && problems.length > 0);
}

function strictNote(report: ValidationReport, problems: readonly Problem[]): string {
  const { errors, warnings } = countProblems(problems);
  return report.strict && warnings > 0 && errors === 0 ? ' under --strict' : '';
}

function found(problems: readonly Problem[]): string {
  const { errors, warnings } = countProblems(problems);
  return [plural(errors, 'error'), plural(warnings, 'warning')].join(', ');
}

function problemsOf(report: ValidationReport, file: string): Problem[] {
  return report.problems.filter((p) => p.file === file);
}
