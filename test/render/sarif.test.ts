import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/core/problem.js';
import { problemCodes, type ProblemCode } from '../../src/core/problem-codes.js';
import { fileUri, renderValidationSarif } from '../../src/render/sarif.js';
import { problemRules } from '../../src/render/sarif-rules.js';
import type { ValidationReport } from '../../src/report/validation.js';
import { repoRoot } from '../helpers/run-etr.js';
import { codeScanningErrors, sarifSchemaErrors, type SarifLog } from '../helpers/sarif.js';

const problems: Problem[] = [
  { code: 'tier-mismatch', severity: 'error', message: 'domain "x": tier open, but its ETR 0.001 is critical', file: 'catalog/domains.yaml', line: 5, column: 11, hint: 'set tier: critical' },
  { code: 'unknown-skill', severity: 'warning', message: 'unknown skill "pyhton"; it is ignored', file: 'people/ana lee.yaml', line: 4, column: 3, sourceLine: '  pyhton: 3' },
  { code: 'yaml-empty', severity: 'error', message: 'the file is empty', file: 'catalog/roles/x.yaml' },
  { code: 'catalog-empty', severity: 'error', message: 'the catalog lists no roles' },
];
const report: ValidationReport = { catalog: 'catalog', lang: 'en', valid: false, strict: false, counts: null, files: [], problems };
const sarif = () => JSON.parse(renderValidationSarif(report)) as SarifLog;

describe('etr validate --format sarif', () => {
  it('is valid SARIF 2.1.0 (the OASIS schema) with what GitHub code scanning requires', () => {
    expect(sarifSchemaErrors(sarif())).toEqual([]);
    expect(codeScanningErrors(sarif())).toEqual([]);
    expect(sarif()).toMatchObject({ version: '2.1.0', $schema: 'https://json.schemastore.org/sarif-2.1.0.json' });
  });

  it('lists a rule for every problem code, found or not, with its help', () => {
    const { rules } = sarif().runs[0]!.tool.driver;
    expect(rules.map((r) => r.id)).toEqual(problemCodes);
    expect(rules.find((r) => r.id === 'tier-mismatch')).toMatchObject({ shortDescription: { text: "A domain's tier agrees with its ETR." } });
  });

  it("gives each problem as a result: its code, level, own message and hint, and place", () => {
    const results = sarif().runs[0]!.results;
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ['tier-mismatch', 'error'],
      ['unknown-skill', 'warning'],
      ['yaml-empty', 'error'],
      ['catalog-empty', 'error'],
    ]);
    expect(results[0]!.message.text).toBe(`${problems[0]!.message} (hint: set tier: critical)`);
    expect(results[1]!.message.text).toBe(problems[1]!.message);
    expect(results[0]!.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'catalog/domains.yaml' }, region: { startLine: 5, startColumn: 11 } } }]);
    // A path relative to the repository root, as a URI reference; a whole-file problem at its start.
    expect(results[1]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('people/ana%20lee.yaml');
    expect(results[2]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 1, startColumn: 1 });
    expect(results[3]!.locations).toEqual([]);
  });

  it('gives a code that is none of etr\'s (a problem made by hand in JavaScript) a plain rule, so its ruleIndex still points at one', () => {
    const log = JSON.parse(renderValidationSarif({ ...report, problems: [{ code: 'brand-new-code' as ProblemCode, severity: 'error', message: 'm', file: 'f.yaml', line: 1, column: 1 }] })) as SarifLog;
    expect(codeScanningErrors(log)).toEqual([]);
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it('writes paths as URIs: Windows separators as /, absolute paths as file: URIs', () => {
    expect(fileUri('catalog\\roles\\a b.yaml')).toBe('catalog/roles/a%20b.yaml');
    expect(fileUri('/tmp/x/me.yaml')).toBe('file:///tmp/x/me.yaml');
    expect(fileUri('人员/张三.yaml')).toBe('%E4%BA%BA%E5%91%98/%E5%BC%A0%E4%B8%89.yaml');
  });
});

describe('the problem codes', () => {
  // The README's tables of codes (sections "The catalog" and "Exit codes") list the codes there are.
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  // Only the sections with the code tables: other sections' tables name flags, fields and keys.
  const section = (title: string) => readme.split(/^## /m).find((part) => part.startsWith(`${title}\n`)) ?? '';
  const tables = `${section('The catalog')}\n${section('Exit codes')}`;
  const documented = new Set([...tables.matchAll(/^\| ((?:`[a-z][a-z-]*`(?:, | \/ )?)+) \|/gm)].flatMap((m) => [...m[1]!.matchAll(/`([a-z][a-z-]*)`/g)].map((c) => c[1]!)));

  it('are the codes the README documents, each once in its tables, no more and no fewer', () => {
    expect([...documented].sort()).toEqual([...problemCodes].sort());
  });

  it('each have a rule with its help, and every rule is a code', () => {
    // The types require it (problemRules is a Record<ProblemCode, …>); this says so at run time too.
    expect(Object.keys(problemRules).sort()).toEqual([...problemCodes].sort());
  });
});
