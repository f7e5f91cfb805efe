import { inLang, type Problem } from '../core/problem.js';
import type { Lang } from '../model/lang.js';
import { terminalSafeData } from '../core/terminal-text.js';
import type { Palette } from '../core/palette.js';
import { displayWidth } from './table.js';

/** `file:line:col`, or as much of it as is known. */
export function problemLocation(problem: Problem): string {
  if (!problem.file) return '';
  if (problem.line === undefined) return problem.file;
  return `${problem.file}:${problem.line}:${problem.column ?? 1}`;
}

/** The words around a problem's own, per language. The location stays `file:line:column` in each, as editors read it. */
export const problemLabels = {
  en: { error: 'error', warning: 'warning', hint: 'hint:' },
  zh: { error: '错误', warning: '警告', hint: '提示：' },
} as const satisfies Record<Lang, Record<'error' | 'warning' | 'hint', string>>;

/** One problem for a person: where, what, the offending line with a caret, and what to do; in `lang`. */
export function renderProblemText(unsafeProblem: Problem, palette: Palette, lang: Lang = 'en'): string {
  // Messages quote the input (a skill name, a line of the file): never raw on the terminal.
  // A CRLF file's line ends in CR: dropped before, not shown as a control picture.
  const localized = inLang(unsafeProblem, lang);
  const problem = terminalSafeData(localized.sourceLine === undefined ? localized : { ...localized, sourceLine: localized.sourceLine.replace(/\r$/, '') });
  const labels = problemLabels[lang === 'zh' ? 'zh' : 'en'];
  const severity = problem.severity === 'error' ? palette.red(labels.error) : palette.yellow(labels.warning);
  const location = problemLocation(problem);
  const code = lang === 'zh' ? palette.dim(`（${problem.code}）`) : ` ${palette.dim(`(${problem.code})`)}`;
  const lines = [`${location ? `${palette.bold(location)} ` : ''}${severity} ${problem.message}${code}`];
  if (problem.sourceLine !== undefined && problem.line !== undefined) {
    const gutter = String(problem.line);
    const source = problem.sourceLine.replace(/\t/g, ' ').replace(/\r$/, '');
    const { shown, caret } = excerpt(source, Math.max((problem.column ?? 1) - 1, 0));
    lines.push(`${palette.dim(`  ${gutter} |`)} ${shown}`);
    lines.push(`${palette.dim(`  ${' '.repeat(gutter.length)} |`)} ${' '.repeat(caret)}${palette.red('^')}`);
  }
  if (problem.hint) lines.push(`  ${palette.cyan(labels.hint)}${lang === 'zh' ? '' : ' '}${problem.hint}`);
  return lines.join('\n');
}

const maxExcerpt = 160;

/**
 * At most 160 characters of a long line, around the column, so the caret points at the spot even
 * in a line of a megabyte; the caret is placed by display width, so it lines up under CJK text.
 */
function excerpt(source: string, index: number): { shown: string; caret: number } {
  const at = Math.min(index, source.length);
  if (source.length <= maxExcerpt) return { shown: source, caret: displayWidth(source.slice(0, at)) };
  const start = Math.max(0, Math.min(at - maxExcerpt / 2, source.length - (maxExcerpt - 3)));
  const end = start === 0 ? maxExcerpt - 3 : start === source.length - (maxExcerpt - 3) ? source.length : start + maxExcerpt - 6;
  const shown = `${start > 0 ? '...' : ''}${source.slice(start, end)}${end < source.length ? '...' : ''}`;
  return { shown, caret: (start > 0 ? 3 : 0) + displayWidth(source.slice(start, at)) };
}

export function renderProblemsText(problems: readonly Problem[], palette: Palette, lang: Lang = 'en'): string {
  return problems.map((p) => renderProblemText(p, palette, lang)).join('\n\n');
}


/**
 * GitHub Actions workflow commands, so problems annotate the pull request's lines.
 * Escaping follows the runner's rules: data escapes % CR LF; properties also : and ,.
 */
export function renderProblemsGithub(problems: readonly Problem[], lang: Lang = 'en'): string {
  return problems
    .map((original) => {
      const problem = inLang(original, lang);
      const command = problem.severity === 'error' ? 'error' : 'warning';
      const properties = [
        problem.file ? `file=${escapeProperty(problem.file)}` : undefined,
        problem.line !== undefined ? `line=${problem.line}` : undefined,
        problem.column !== undefined ? `col=${problem.column}` : undefined,
        `title=${escapeProperty(`etr ${problem.code}`)}`,
      ].filter(Boolean);
      const message = problem.hint ? (lang === 'zh' ? `${problem.message}（提示：${problem.hint}）` : `${problem.message} (hint: ${problem.hint})`) : problem.message;
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
