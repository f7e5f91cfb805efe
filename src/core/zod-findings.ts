import type { $ZodError, $ZodType } from 'zod/v4/core';
import { didYouMeanText } from './suggest.js';
import type { Finding } from './finding.js';
import { says } from './problem.js';
import type { ProblemCode } from './problem-codes.js';
import type { Text } from './text.js';
import type { DataPath } from './yaml.js';

export interface ZodFindingContext {
  file: string;
  /** The data that was checked, to tell a missing field from a wrong one. */
  input: unknown;
  schema: $ZodType;
  /** Where `input` sits in the document, when it is part of it (e.g. `['roles', 3]`). */
  pathPrefix?: readonly PropertyKey[];
  /** Names the checked entity at the start of each message, e.g. `role "x"` (职位“x”); a string is the same in every language. */
  subject?: Text | string;
}

/**
 * Turns zod's issues into findings that name the field in words a person would use,
 * with a hint.
 */
export function findingsFromZod(error: $ZodError, context: ZodFindingContext): Finding[] {
  const { file, input, schema, pathPrefix = [], subject } = context;
  const findings: Finding[] = [];
  // "role "x": " before each message, as the field is named after it.
  const named = typeof subject === 'string' ? { en: subject, zh: subject } : subject;
  const lead: Text = named ? { en: `${named.en}: `, zh: `${named.zh}：` } : { en: '', zh: '' };
  for (const issue of error.issues) {
    const path = issue.path as PropertyKey[];
    // In Chinese a field's path (Latin) is set off from the words after it by a space; "该值" is not.
    const zhPath = describePath(path, 'zh');
    const field: Text = { en: `${lead.en}${describePath(path)}`, zh: `${lead.zh}${zhPath}${path.length > 0 ? ' ' : ''}` };
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = knownKeys(schema, path);
        for (const key of issue.keys) {
          const hint = didYouMeanText(key, known) ?? (known.length > 0 ? { en: `allowed keys here: ${known.join(', ')}`, zh: `此处可用的键：${known.join('、')}` } : undefined);
          const where: Text = path.length > 0 ? { en: ` in ${describePath(path)}`, zh: `（在 ${describePath(path)} 中）` } : { en: '', zh: '' };
          findings.push(finding('unknown-key', { en: `${lead.en}unknown key "${key}"${where.en}`, zh: `${lead.zh}未知的键“${key}”${where.zh}` }, [...path, key], hint, 'key'));
        }
        break;
      }
      case 'invalid_type': {
        const value = valueAt(input, path);
        if (value === undefined) {
          findings.push(missing(field, path));
        } else {
          const expected = article(issue.expected);
          const found = describeValue(value);
          findings.push(finding('wrong-type', { en: `${field.en} should be ${expected.en}, not ${found.en}`, zh: `${field.zh}应为${expected.zh}，而不是${found.zh}` }, path));
        }
        break;
      }
      case 'too_small':
      case 'too_big': {
        const value = valueAt(input, path);
        const range = rangeText(issue);
        const found: Text = typeof value === 'number' ? { en: ` (found ${value})`, zh: `（实际为 ${value}）` } : { en: '', zh: '' };
        findings.push(finding('out-of-range', { en: `${field.en} ${range.en}${found.en}`, zh: `${field.zh}${range.zh}${found.zh}` }, path));
        break;
      }
      case 'invalid_value': {
        const value = valueAt(input, path);
        if (value === undefined) {
          findings.push(missing(field, path));
          break;
        }
        const options = issue.values.map(String);
        const hint = (typeof value === 'string' ? didYouMeanText(value, options) : undefined) ?? { en: `use one of: ${options.join(', ')}`, zh: `可选：${options.join('、')}` };
        const found = describeValue(value);
        findings.push(finding('invalid-value', { en: `${field.en} cannot be ${found.en}`, zh: `${field.zh}不能是${found.zh}` }, path, hint));
        break;
      }
      case 'invalid_format': {
        const format: Text = issue.format === 'regex' ? { en: 'value', zh: '值' } : issue.format === 'url' ? { en: 'url', zh: '网址' } : { en: issue.format, zh: `${issue.format} 格式` };
        const note = issue.format === 'url' ? urlNote(issue) : { en: '', zh: '' };
        findings.push(finding('invalid-format', { en: `${field.en} is not a valid ${format.en}${note.en}`, zh: `${field.zh}不是有效的${format.zh}${note.zh}` }, path));
        break;
      }
      case 'not_multiple_of':
        findings.push(finding('wrong-type', { en: `${field.en} should be a whole number`, zh: `${field.zh}应为整数` }, path));
        break;
      default:
        // zod's own message, for a check etr does not use today: English in both, as zod words it.
        findings.push(finding('invalid', { en: `${field.en}: ${issue.message}`, zh: `${field.zh.trimEnd()}：${issue.message}` }, path));
    }
  }
  return findings;

  /** "role "x": id is missing", pointing at the mapping that lacks it; in Chinese "职位“x”：缺少 id". */
  function missing(field: Text, path: PropertyKey[]): Finding {
    const name = String(path.at(-1));
    const message = { en: `${field.en} is missing`, zh: `${lead.zh}缺少 ${describePath(path, 'zh')}` };
    return finding('missing-field', message, path.slice(0, -1), { en: `add "${name}"`, zh: `请添加“${name}”` }, 'value');
  }

  function finding(code: ProblemCode, message: Text, path: DataPath, hint?: Text, target?: 'key' | 'value'): Finding {
    return { code, severity: 'error', ...says(message, hint), file, path: [...pathPrefix, ...path], ...(target ? { target } : {}) };
  }
}

/** `['roles', 3, 'skills', 1, 'level']` → `roles[3].skills[1].level` */
export function describePath(path: readonly PropertyKey[], lang: 'en' | 'zh' = 'en'): string {
  if (path.length === 0) return lang === 'zh' ? '该值' : 'the value';
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

function describeValue(value: unknown): Text {
  if (value === null) return { en: 'empty (null)', zh: '空值（null）' };
  if (Array.isArray(value)) return { en: 'a list', zh: '列表' };
  if (typeof value === 'object') return { en: 'a mapping', zh: '映射' };
  if (typeof value === 'string') {
    const text = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return { en: `the text "${text}"`, zh: `文本“${text}”` };
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return { en: String(value), zh: String(value) };
  const kind: Text = typeof value === 'number' ? { en: 'number', zh: '数字' } : typeof value === 'boolean' ? { en: 'boolean', zh: '布尔值' } : { en: typeof value, zh: typeof value };
  return { en: `${kind.en} ${String(value)}`, zh: `${kind.zh} ${String(value)}` };
}

function article(expected: string): Text {
  const names: Record<string, Text> = {
    object: { en: 'a mapping', zh: '映射' },
    array: { en: 'a list', zh: '列表' },
    string: { en: 'a text', zh: '文本' },
    number: { en: 'a number', zh: '数字' },
    boolean: { en: 'true or false', zh: ' true 或 false' },
    int: { en: 'a whole number', zh: '整数' },
  };
  return names[expected] ?? { en: expected, zh: expected };
}

function rangeText(issue: { code: 'too_small' | 'too_big'; origin?: string; inclusive?: boolean; minimum?: unknown; maximum?: unknown }): Text {
  const bound = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  if (issue.origin === 'array' || issue.origin === 'string') {
    const items = issue.origin === 'array' ? ` item${bound === '1' ? '' : 's'}` : ` character${bound === '1' ? '' : 's'}`;
    const unit = issue.origin === 'array' ? '项' : '个字符';
    return issue.code === 'too_small' ? { en: `needs at least ${bound}${items}`, zh: `至少要有 ${bound} ${unit}` } : { en: `may have at most ${bound}${items}`, zh: `最多只能有 ${bound} ${unit}` };
  }
  if (issue.code === 'too_small') return issue.inclusive ? { en: `must be at least ${bound}`, zh: `不能小于 ${bound}` } : { en: `must be greater than ${bound}`, zh: `必须大于 ${bound}` };
  return issue.inclusive ? { en: `must be at most ${bound}`, zh: `不能大于 ${bound}` } : { en: `must be less than ${bound}`, zh: `必须小于 ${bound}` };
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
function urlNote(issue: { pattern?: unknown }): Text {
  return issue.pattern === '^https$' ? { en: ' (an https address)', zh: '（须为 https 地址）' } : { en: ' (an http or https address)', zh: '（须为 http 或 https 地址）' };
}
