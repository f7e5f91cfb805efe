import type { Lang } from '../model/lang.js';
import type { ProblemCode } from './problem-codes.js';
import type { Text } from './text.js';

/**
 * Problems are data: every check reports what it found as a Problem, and each output format
 * renders the same facts. Positions are 1-based, as editors show them.
 */
export type Severity = 'error' | 'warning';

/** A problem's words in Chinese, beside the English `message` and `hint`. */
export interface ChineseWords {
  message: string;
  hint?: string;
}

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  hint?: string;
  /**
   * The message and hint in Chinese. Every problem etr makes has them: it states its words with
   * says(), which requires both languages. Optional only so that a problem made by hand (a test,
   * an API caller) needs none; it is then shown in English in every language.
   */
  zh?: ChineseWords;
  /** The source line the position points into, for a caret under it in text output. */
  sourceLine?: string;
}

/** What a problem says, in both languages: the fields of a Problem (or a Finding) to spread into it. */
export interface ProblemWords {
  message: string;
  hint?: string;
  zh: ChineseWords;
}

/**
 * The words of a problem, message and hint each given in every language. The English stays in
 * `message` and `hint`, where the API and the JSON outputs have always carried it.
 */
export function says(message: Text, hint?: Text): ProblemWords {
  if (hint === undefined) return { message: message.en, zh: { message: message.zh } };
  return { message: message.en, hint: hint.en, zh: { message: message.zh, hint: hint.zh } };
}

/** The problem with its message and hint in `lang` (English where it has no Chinese). */
export function inLang<P extends Pick<Problem, 'message' | 'hint' | 'zh'>>(problem: P, lang: Lang): P {
  // Compared with 'zh' itself: `problems.map(problemToJson)` would pass an index as the language.
  if (lang !== 'zh' || problem.zh === undefined) return problem;
  const localized = { ...problem, message: problem.zh.message };
  if (problem.zh.hint !== undefined) localized.hint = problem.zh.hint;
  return localized;
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
const countedAs: Partial<Record<ProblemCode, Text>> = {
  'unknown-skill': { en: 'unknown skills', zh: '未知技能' },
  'unknown-domain': { en: 'unknown domains', zh: '未知领域' },
  'invalid-level': { en: 'skill levels that are not levels', zh: '无效的技能水平' },
  'duplicate-skill': { en: 'skills named twice', zh: '重复列出的技能' },
  'skill-read-from-phrase': { en: 'skills read from phrases', zh: '从短语中识别出的技能' },
  'yaml-duplicate-key': { en: 'duplicate keys', zh: '重复的键' },
  'json-duplicate-key': { en: 'duplicate keys', zh: '重复的键' },
  'unknown-key': { en: 'unknown keys', zh: '未知的键' },
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
  const counts = new Map<ProblemCode, number>();
  const kept: Problem[] = [];
  const firstLeftOut = new Map<ProblemCode, Problem>();
  for (const problem of problems) {
    const count = (counts.get(problem.code) ?? 0) + 1;
    counts.set(problem.code, count);
    if (count <= perCode) kept.push(problem);
    else if (count === perCode + 1) firstLeftOut.set(problem.code, problem);
  }
  if (firstLeftOut.size === 0) return kept;
  for (const [code, first] of firstLeftOut) {
    const more = counts.get(code)! - perCode;
    const what = countedAs[code] ?? { en: `problems of this kind (${code})`, zh: `同类问题（${code}）` };
    const summary: Problem = {
      code,
      severity: first.severity,
      ...says(
        { en: `and ${more.toLocaleString('en-US')} more ${what.en}, not listed one by one`, zh: `另有 ${more.toLocaleString('en-US')} 处${what.zh}，未逐一列出` },
        { en: `the first ${perCode} are listed; fix those, then run again to see the rest`, zh: `以上列出了前 ${perCode} 处；改正后再运行一次，可看到其余的` },
      ),
    };
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

/** The JSON contract of a problem: no source excerpts, only facts; the message and hint in `lang`. */
export function problemToJson(original: Problem, lang: Lang = 'en'): ReportProblem {
  const problem = inLang(original, lang);
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
