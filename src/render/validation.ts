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
  if (report.lang === 'zh') return summaryLineZh(report, errors, warnings);
  const found = [plural(errors, 'error'), plural(warnings, 'warning')].join(', ');
  const contents = report.counts ? ` (${plural(report.counts.domains, 'domain')}, ${plural(report.counts.roles, 'role')}, ${plural(report.counts.skills, 'skill')})` : '';
  const verdict = report.valid ? 'is valid' : 'is invalid';
  const strictNote = report.strict && warnings > 0 && errors === 0 ? ' under --strict' : '';
  return `catalog ${report.catalog} ${verdict}${strictNote}${contents}: ${found} in ${plural(report.files.length, 'file')}`;
}

/** The summary in Chinese: "内置职位目录有效（…）：3 个文件中有 0 个错误、2 个警告". */
function summaryLineZh(report: ValidationReport, errors: number, warnings: number): string {
  const catalog = report.catalog === 'built-in' ? '内置职位目录' : `职位目录 ${report.catalog} `;
  const verdict = report.valid ? '有效' : '无效';
  const strictNote = report.strict && warnings > 0 && errors === 0 ? '（按 --strict）' : '';
  const contents = report.counts ? `（${report.counts.domains} 个领域、${report.counts.roles} 个职位、${report.counts.skills} 项技能）` : '';
  return `${catalog}${verdict}${strictNote}${contents}：${report.files.length} 个文件中有 ${errors} 个错误、${warnings} 个警告`;
}
