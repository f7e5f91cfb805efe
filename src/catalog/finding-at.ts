import type { Finding } from '../core/finding.js';
import { says } from '../core/problem.js';
import type { ProblemCode } from '../core/problem-codes.js';
import type { Text } from '../core/text.js';
import type { Located } from './located.js';

/** A finding about an entity, at one of its fields; its message and hint in every language. */
export function at(entity: Located<unknown>, code: ProblemCode, message: Text, extra: { field?: PropertyKey[]; severity?: Finding['severity']; hint?: Text } = {}): Finding {
  const { field = [], severity = 'error', hint } = extra;
  return { code, severity, ...says(message, hint), file: entity.file, path: [...entity.path, ...field] };
}

/** What Chinese calls each kind of entity. */
export const kindNoun: Record<string, string> = { skill: '技能', domain: '领域', role: '职位' };

