import type { Problem, Severity } from './problem.js';
import type { DataPath, ParsedYaml } from './yaml.js';

/**
 * A problem that knows where it is in the data (file and path) but not yet in the text.
 * Checks produce findings from plain data; the loader, which holds the parsed documents,
 * turns them into problems with line and column.
 */
export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  hint?: string;
  file: string;
  path?: DataPath;
  /** Point at the entry's key rather than its value (unknown keys, duplicate ids). */
  target?: 'key' | 'value';
}

export function locateFindings(findings: readonly Finding[], documents: ReadonlyMap<string, Pick<ParsedYaml, 'locate'>>): Problem[] {
  return findings.map(({ path, target, ...finding }) => {
    const document = documents.get(finding.file);
    if (!document || path === undefined) return { ...finding };
    return { ...finding, ...document.locate(path, target) };
  });
}
