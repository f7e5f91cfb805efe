import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import packageJson from '../../package.json' with { type: 'json' };
import type { Problem } from '../core/problem.js';
import { problemCodes } from '../core/problem-codes.js';
import { terminalSafeJson } from '../core/terminal-text.js';
import type { ValidationReport } from '../report/validation.js';
import { ruleOf } from './sarif-rules.js';

/**
 * `etr validate --format sarif`: the problems as one SARIF 2.1.0 run, the format GitHub code
 * scanning (github/codeql-action/upload-sarif) and other code-quality tools read. Every problem
 * code is a rule (listed whether or not it was found, as a tool's rules change only with the
 * tool); each problem is a result with its own message, level and place. Paths stay as etr shows
 * them: relative to the working directory, which in CI is the repository's root, as code
 * scanning expects.
 */
export function renderValidationSarif(report: ValidationReport): string {
  const codes: string[] = [...problemCodes];
  // A code that is none of etr's (a problem made by hand in JavaScript) still gets a rule, so every ruleIndex points at one.
  for (const problem of report.problems) if (!codes.includes(problem.code)) codes.push(problem.code);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'etr', version: packageJson.version, semanticVersion: packageJson.version, rules: codes.map(sarifRule) } },
        results: report.problems.map((problem) => sarifResult(problem, codes.indexOf(problem.code))),
      },
    ],
  };
  return terminalSafeJson(sarif, 2);
}

function sarifRule(code: string) {
  const rule = ruleOf(code);
  const see = `See the section "${rule.section}" of etr's README for the problem codes and what to do.`;
  return {
    id: code,
    name: code,
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.summary },
    help: { text: `${rule.summary} ${see}`, markdown: `${rule.summary}\n\n${see}` },
  };
}

function sarifResult(problem: Problem, ruleIndex: number) {
  const text = problem.hint ? `${problem.message} (hint: ${problem.hint})` : problem.message;
  return {
    ruleId: problem.code,
    ruleIndex,
    level: problem.severity === 'error' ? 'error' : 'warning',
    message: { text },
    // A problem of no file (a catalog with no roles at all) has no place to show.
    locations: problem.file === undefined ? [] : [sarifLocation(problem.file, problem)],
  };
}

/**
 * Where a problem is. Code scanning needs a line to show a result: a problem of a whole file (too
 * large, empty) points at its start.
 */
function sarifLocation(file: string, problem: Problem) {
  return {
    physicalLocation: {
      artifactLocation: { uri: fileUri(file) },
      region: { startLine: problem.line ?? 1, startColumn: problem.column ?? 1 },
    },
  };
}

/** A relative path as a relative URI reference (segments percent-encoded, / between them); an absolute one as a file: URI. */
export function fileUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}
