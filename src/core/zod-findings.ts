import type { $ZodError, $ZodType } from 'zod/v4/core';
import { didYouMean } from './suggest.js';
import type { Finding } from './finding.js';
import type { DataPath } from './yaml.js';

export interface ZodFindingContext {
  file: string;
  /** The data that was checked, to tell a missing field from a wrong one. */
  input: unknown;
  schema: $ZodType;
  /** Where `input` sits in the document, when it is part of it (e.g. `['roles', 3]`). */
  pathPrefix?: readonly PropertyKey[];
  /** Names the checked entity at the start of each message, e.g. `role "x"`. */
  subject?: string;
}

/**
 * Turns zod's issues into findings that name the field in words a person would use,
 * with a hint.
 */
export function findingsFromZod(error: $ZodError, context: ZodFindingContext): Finding[] {
  const { file, input, schema, pathPrefix = [], subject } = context;
  const findings: Finding[] = [];
  for (const issue of error.issues) {
    const path = issue.path as PropertyKey[];
    const field = `${subject ? `${subject}: ` : ''}${describePath(path)}`;
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = knownKeys(schema, path);
        for (const key of issue.keys) {
          const hint = didYouMean(key, known) ?? (known.length > 0 ? `allowed keys here: ${known.join(', ')}` : undefined);
          findings.push(finding('unknown-key', `${subject ? `${subject}: ` : ''}unknown key "${key}"${path.length > 0 ? ` in ${describePath(path)}` : ''}`, [...path, key], hint, 'key'));
        }
        break;
      }
      case 'invalid_type': {
        const value = valueAt(input, path);
        if (value === undefined) {
          const parent = path.slice(0, -1);
          findings.push(finding('missing-field', `${field} is missing`, parent, `add "${String(path.at(-1))}"`, 'value'));
        } else {
          findings.push(finding('wrong-type', `${field} should be ${article(issue.expected)}, not ${describeValue(value)}`, path));
        }
        break;
      }
      case 'too_small':
      case 'too_big': {
        const value = valueAt(input, path);
        findings.push(finding('out-of-range', `${field} ${rangeText(issue)}${typeof value === 'number' ? ` (found ${value})` : ''}`, path));
        break;
      }
      case 'invalid_value': {
        const value = valueAt(input, path);
        if (value === undefined) {
          findings.push(finding('missing-field', `${field} is missing`, path.slice(0, -1), `add "${String(path.at(-1))}"`, 'value'));
          break;
        }
        const options = issue.values.map(String);
        const hint = (typeof value === 'string' ? didYouMean(value, options) : undefined) ?? `use one of: ${options.join(', ')}`;
        findings.push(finding('invalid-value', `${field} cannot be ${describeValue(value)}`, path, hint));
        break;
      }
      case 'invalid_format':
        findings.push(finding('invalid-format', `${field} is not a valid ${issue.format === 'regex' ? 'value' : issue.format}${issue.format === 'url' ? urlNote(issue) : ''}`, path));
        break;
      case 'not_multiple_of':
        findings.push(finding('wrong-type', `${field} should be a whole number`, path));
        break;
      default:
        findings.push(finding('invalid', `${field}: ${issue.message}`, path));
    }
  }
  return findings;

  function finding(code: string, message: string, path: DataPath, hint?: string, target?: 'key' | 'value'): Finding {
    return { code, severity: 'error', message, file, path: [...pathPrefix, ...path], ...(hint ? { hint } : {}), ...(target ? { target } : {}) };
  }
}

/** `['roles', 3, 'skills', 1, 'level']` → `roles[3].skills[1].level` */
export function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the value';
  return path.map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${String(segment)}`)).join('');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return `${typeof value} ${String(value)}`;
}

function article(expected: string): string {
  const names: Record<string, string> = { object: 'a mapping', array: 'a list', string: 'a text', number: 'a number', boolean: 'true or false', int: 'a whole number' };
  return names[expected] ?? expected;
}

function rangeText(issue: { code: 'too_small' | 'too_big'; origin?: string; inclusive?: boolean; minimum?: unknown; maximum?: unknown }): string {
  const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
  const items = issue.origin === 'array' ? ` item${bound === 1 ? '' : 's'}` : issue.origin === 'string' ? ` character${bound === 1 ? '' : 's'}` : '';
  if (issue.origin === 'array' || issue.origin === 'string') {
    return issue.code === 'too_small' ? `needs at least ${String(bound)}${items}` : `may have at most ${String(bound)}${items}`;
  }
  if (issue.code === 'too_small') return issue.inclusive ? `must be at least ${String(bound)}` : `must be greater than ${String(bound)}`;
  return issue.inclusive ? `must be at most ${String(bound)}` : `must be less than ${String(bound)}`;
}

interface SchemaDef {
  type: string;
  shape?: Record<string, { def: SchemaDef }>;
  element?: { def: SchemaDef };
  innerType?: { def: SchemaDef };
  valueType?: { def: SchemaDef };
}

/** The keys an object schema allows at `path`, for "did you mean" on unknown keys. */
function knownKeys(schema: $ZodType, path: readonly PropertyKey[]): string[] {
  let def: SchemaDef | undefined = (schema as unknown as { def: SchemaDef }).def;
  const unwrap = () => {
    while (def && (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'pipe')) {
      def = def.innerType?.def ?? (def as unknown as { in?: { def: SchemaDef } }).in?.def;
    }
  };
  unwrap();
  for (const segment of path) {
    if (!def) return [];
    if (def.type === 'object') def = def.shape?.[String(segment)]?.def;
    else if (def.type === 'array') def = def.element?.def;
    else if (def.type === 'record') def = def.valueType?.def;
    else return [];
    unwrap();
  }
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** What a URL field accepts: the schema says which protocols (https only for learning links). */
function urlNote(issue: { pattern?: unknown }): string {
  return issue.pattern === '^https$' ? ' (an https address)' : ' (an http or https address)';
}
