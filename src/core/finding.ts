import type { ChineseWords, Problem, Severity } from './problem.js';
import type { ProblemCode } from './problem-codes.js';
import type { DataPath, ParsedYaml } from './yaml.js';

/**
 * A problem that knows where it is in the data (file and path) but not yet in the text.
 * Checks produce findings from plain data; the loader, which holds the parsed documents,
 * turns them into problems with line and column.
 */
export interface Finding {
  code: ProblemCode;
  severity: Severity;
  message: string;
  hint?: string;
  /** The message and hint in Chinese: see Problem.zh; checks state them with says(). */
  zh?: ChineseWords;
  file: string;
  path?: DataPath;
  /** Point at the entry's key rather than its value (unknown keys, duplicate ids). */
  target?: 'key' | 'value';
}

export function locateFindings(findings: readonly Finding[], documents: ReadonlyMap<string, Pick<ParsedYaml, 'locate'>>): Problem[] {
  return findings.map((finding) => {
    // Field by field: copying the finding by rest and spread took a batch with a warning in one
    // profile of seven longer than the rest of those profiles' checks.
    const problem: Problem = { code: finding.code, severity: finding.severity, message: finding.message, file: finding.file };
    const document = documents.get(finding.file);
    if (document && finding.path !== undefined) {
      const at = document.locate(finding.path, finding.target);
      problem.line = at.line;
      problem.column = at.column;
      problem.sourceLine = at.sourceLine;
    }
    if (finding.hint !== undefined) problem.hint = finding.hint;
    if (finding.zh !== undefined) problem.zh = finding.zh;
    return problem;
  });
}
