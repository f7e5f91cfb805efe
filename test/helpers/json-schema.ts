import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import type { JsonSchemaKind } from '../../src/schema/kinds.js';
import type { Report } from '../../src/report/types.js';

/**
 * Validation against the committed JSON Schemas (schema/*.schema.json) with a real JSON Schema
 * validator, ajv (draft-07, strict mode), the way a consumer of etr's schemas would use them.
 * test/schema/json-schema.test.ts keeps the committed files equal to `etr schema KIND`.
 */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ajv = new Ajv({ allErrors: true, formats: { uri: (value: string) => URL.canParse(value) } });
const validators = new Map<JsonSchemaKind, ValidateFunction>();

export function committedSchema(kind: JsonSchemaKind): Record<string, unknown> {
  return JSON.parse(readFileSync(join(repoRoot, 'schema', `${kind}.schema.json`), 'utf8')) as Record<string, unknown>;
}

export function validator(kind: JsonSchemaKind): ValidateFunction {
  let validate = validators.get(kind);
  if (!validate) {
    validate = ajv.compile(committedSchema(kind));
    validators.set(kind, validate);
  }
  return validate;
}

/** The schema errors of `data`, as readable lines; empty when it is valid. */
export function schemaErrors(kind: JsonSchemaKind, data: unknown): string[] {
  const validate = validator(kind);
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}

/** Throws, naming every mismatch, unless `data` is valid against the schema of `kind`. */
export function assertValid(kind: JsonSchemaKind, data: unknown, what: string): void {
  const errors = schemaErrors(kind, data);
  if (errors.length > 0) throw new Error(`${what} does not match schema/${kind}.schema.json:\n  ${errors.join('\n  ')}`);
}

let reportsValidated = 0;

/** How many reports parseReport has checked so far in this test file. */
export function reportsValidatedCount(): number {
  return reportsValidated;
}

/** Parses the stdout of `etr advise --format json` and checks it against the report schema. */
export function parseReport(stdout: string, what = 'the JSON report'): Report {
  const report = JSON.parse(stdout) as unknown;
  assertValid('report', report, what);
  reportsValidated++;
  return report as Report;
}
