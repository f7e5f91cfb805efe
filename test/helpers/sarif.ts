import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { repoRoot } from './run-etr.js';

/**
 * The SARIF 2.1.0 schema as OASIS publishes it (test/fixtures/sarif, from the oasis-tcs/sarif-spec
 * repository, sarif-2.1/schema/sarif-schema-2.1.0.json). It is written in draft-04, which ajv 8
 * reads as draft-07 once its draft-04 `id` is named `$id` and its `$schema` dropped: the schema
 * uses none of the keywords whose meaning changed between the drafts (exclusiveMinimum,
 * exclusiveMaximum).
 */
function sarifValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
  const { id, $schema: _draft, ...rest } = schema;
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    formats: {
      uri: (value: string) => URL.canParse(value),
      'uri-reference': (value: string) => URL.canParse(value, 'file:///'),
      'date-time': (value: string) => !Number.isNaN(Date.parse(value)),
    },
  });
  return ajv.compile({ $id: id as string, ...rest });
}

let validate: ValidateFunction | undefined;

/** The ways `log` breaks the SARIF 2.1.0 schema, as readable lines; empty when it is valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  validate ??= sarifValidator();
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

interface SarifRule {
  id: string;
  shortDescription?: { text?: string };
  fullDescription?: { text?: string };
  help?: { text?: string };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
}

export interface SarifLog {
  $schema: string;
  version: string;
  runs: { tool: { driver: { name: string; version: string; rules: SarifRule[] } }; results: SarifResult[] }[];
}

/**
 * What GitHub code scanning requires beyond the schema ("SARIF support for code scanning"): a
 * $schema, a driver name and rules, each rule with an id, a short and a full description and help
 * text (none empty), each result with its rule, a message and, to be shown, a location with a uri
 * and a start line and column. Returns what is missing, as readable lines.
 */
export function codeScanningErrors(log: SarifLog): string[] {
  const errors: string[] = [];
  if (!log.$schema) errors.push('no $schema');
  for (const run of log.runs) {
    const { driver } = run.tool;
    if (!driver.name) errors.push('no tool.driver.name');
    const ids = new Set<string>();
    for (const rule of driver.rules) {
      if (ids.has(rule.id)) errors.push(`rule ${rule.id} twice`);
      ids.add(rule.id);
      for (const field of ['shortDescription', 'fullDescription', 'help'] as const) {
        const text = rule[field]?.text;
        if (!text) errors.push(`rule ${rule.id}: no ${field}.text`);
        else if (field !== 'help' && text.length > 1024) errors.push(`rule ${rule.id}: ${field}.text over 1024 characters`);
      }
    }
    for (const result of run.results) {
      if (driver.rules[result.ruleIndex]?.id !== result.ruleId) errors.push(`result ${result.ruleId}: ruleIndex ${result.ruleIndex} points at another rule`);
      if (!result.message.text) errors.push(`result ${result.ruleId}: no message`);
      for (const location of result.locations) {
        const { artifactLocation, region } = location.physicalLocation;
        if (!artifactLocation.uri) errors.push(`result ${result.ruleId}: no uri`);
        if (!(region.startLine >= 1 && region.startColumn >= 1)) errors.push(`result ${result.ruleId}: no start line and column`);
      }
    }
  }
  return errors;
}
