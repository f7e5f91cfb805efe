import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as z from 'zod/mini';
import type { $ZodCheck } from 'zod/v4/core';
import { domainSchema, roleSchema, skillSchema } from '../../src/model/catalog.js';
import { fastParser, notValid, safeParseFast } from '../../src/core/zod-fast.js';

/**
 * The fast path may decline anything, but whatever it accepts it must parse exactly as zod's
 * safeParse does: the same value, with its keys in the same order, and never a value for input
 * zod rejects.
 */
function agrees(schema: z.ZodMiniType, input: unknown): boolean {
  const fast = fastParser(schema)(structuredClone(input));
  if (fast === notValid) return true;
  const zod = schema.safeParse(structuredClone(input));
  if (!zod.success || !isDeepStrictEqual(fast, zod.data) || JSON.stringify(fast) !== JSON.stringify(zod.data)) {
    throw new Error(`fast path disagrees with zod on ${JSON.stringify(input)}:\nfast: ${JSON.stringify(fast)}\nzod: ${zod.success ? JSON.stringify(zod.data) : JSON.stringify(zod.error.issues)}`);
  }
  return true;
}

const repo = join(import.meta.dirname, '..', '..');
const catalog = join(repo, 'data', 'catalog');
const read = (file: string) => parse(readFileSync(file, 'utf8')) as Record<string, unknown[]>;
const skills = read(join(catalog, 'skills.yaml')).skills!;
const domains = read(join(catalog, 'domains.yaml')).domains!;
const roles = readdirSync(join(catalog, 'roles')).flatMap((file) => read(join(catalog, 'roles', file)).roles!);
const kinds = [
  ['skill', skillSchema, skills],
  ['domain', domainSchema, domains],
  ['role', roleSchema, roles],
] as const;

describe('the fast path on the built-in catalog', () => {
  it.each(kinds)('parses every %s as zod does, without falling back to zod', (_kind, schema, entities) => {
    expect(entities.length).toBeGreaterThan(10);
    for (const entity of entities) {
      const fast = fastParser(schema)(entity);
      expect(fast).not.toBe(notValid);
      expect(JSON.stringify(fast)).toBe(JSON.stringify(schema.parse(entity)));
      expect(isDeepStrictEqual(fast, schema.parse(entity))).toBe(true);
    }
  });

  it('gives zod’s own result, issues included, where the input is not valid', () => {
    const broken = { ...(roles[0] as object), seniority: 'junior', extra: 1 };
    const result = safeParseFast(roleSchema, broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual(roleSchema.safeParse(broken).error?.issues);
  });
});

/** Values that a field may or may not take: where the fast path and zod could part. */
const replacement = fc.oneof(
  fc.constantFrom(undefined, null, '', ' ', '  padded  ', 'x', '😀', 0, 1, 3, 5, 6, 2.5, -1, 0.5, 1e21, Number.NaN, Infinity, true, false, [], [''], ['a', 'b'], {}, { name: 'x' }, 'https://example.org/a', ' http://example.org ', 'ftp://x', 'http:example.org', '15-2051.00'),
  fc.string({ maxLength: 4 }),
  fc.anything({ maxDepth: 2 }),
);

/** Every path to a value inside `value`, the empty path (the value itself) first. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const found = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => found.push(...paths(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) found.push(...paths(item, [...prefix, key]));
  return found;
}

type Edit = { kind: 'set' | 'delete' | 'add'; value: unknown; key: string };

/** A copy of `entity` with the value at `path` replaced or deleted, or a key added to the mapping there. */
function edited(entity: unknown, path: (string | number)[], edit: Edit): unknown {
  const copy = structuredClone(entity);
  if (path.length === 0) return edit.kind === 'set' ? edit.value : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  const target = parent[last];
  if (edit.kind === 'set') parent[last] = edit.value;
  else if (edit.kind === 'delete') delete parent[last];
  else if (target !== null && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, unknown>)[edit.key] = edit.value;
  return copy;
}

describe('the fast path against zod, property-based', () => {
  it.each(kinds)('agrees with zod on edits of each %s', (_kind, schema, entities) => {
    const edit = fc.record({ kind: fc.constantFrom('set', 'delete', 'add') as fc.Arbitrary<Edit['kind']>, value: replacement, key: fc.constantFrom('id', 'extra', 'zh', '__proto__', 'toString') });
    fc.assert(
      fc.property(fc.nat({ max: entities.length - 1 }), fc.nat(), fc.array(edit, { minLength: 1, maxLength: 3 }), (which, where, edits) => {
        let entity: unknown = entities[which];
        for (const change of edits) {
          const all = paths(entity);
          entity = edited(entity, all[where % all.length]!, change);
        }
        // For the catalog's schemas the fast path is complete: it declines exactly what zod rejects.
        expect(fastParser(schema)(structuredClone(entity)) === notValid).toBe(!schema.safeParse(structuredClone(entity)).success);
        return agrees(schema, entity);
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with zod on the kinds of schema it walks and on those it leaves to zod', () => {
    const text = z.string().check(z.trim(), z.minLength(2), z.maxLength(4));
    const pick = (...values: unknown[]) => fc.constantFrom(...values);
    // Each schema with data that is now valid, now not, in the ways it could be either; keys may be absent.
    const cases: [z.ZodMiniType, fc.Arbitrary<unknown>][] = [
      [
        z.strictObject({ a: text, b: z.optional(z.int().check(z.minimum(1))), c: z._default(z.array(z.boolean()), []) }),
        fc.record({ a: pick('ab', ' abc ', 'a', 'abcdef', '😀😀', '😀', 3), b: pick(undefined, 1, 3, 0, 2.5, 'x'), c: pick(undefined, [], [true, false], [1], null), x: pick(1) }, { requiredKeys: ['a'] }),
      ],
      [
        z.object({ a: z.optional(z._default(z.string(), 'd')), b: z.exactOptional(z.number()), c: z.nullable(z.string()) }),
        fc.record({ a: pick(undefined, 'x', 1), b: pick(undefined, 1, 'x'), c: pick(undefined, null, 'x', 1), x: pick(1) }, { requiredKeys: [] }),
      ],
      [z.looseObject({ a: z.enum(['x', 'y']), b: z.literal(3) }), fc.record({ a: pick('x', 'y', 'z', undefined), b: pick(3, 4, undefined), c: pick(1, 'c') }, { requiredKeys: [] })],
      [
        z.object({ a: z.union([z.string(), z.number()]), b: z.string().check(z.refine((s) => s !== 'no')), c: z.pipe(z.string(), z.transform((s) => s.length)) }),
        fc.record({ a: pick('x', 1, true), b: pick('yes', 'no', 1), c: pick('abc', 2), d: pick(1) }, { requiredKeys: ['a', 'b', 'c'] }),
      ],
      [
        // Fields that may be absent but are not optional on the way out, and a default that replaces an undefined result.
        z.object({
          d: z.pipe(z.optional(z.string()), z.transform((s) => s ?? 'none')),
          e: z.pipe(z.optional(z.string()), z.transform((s) => s)),
          f: z._default(z.pipe(z.string(), z.transform((s) => (s === 'x' ? undefined : s))), 'default'),
          // A check with a `when` (length checks run only on values that have a length).
          g: z.optional(z.string()).check(z.minLength(2) as unknown as $ZodCheck<string | undefined>),
          h: z.optional(z.number()),
          i: z.optional(z.coerce.number()),
        }),
        fc.record({ d: pick(undefined, 'x', 1), e: pick(undefined, 'x', 1), f: pick(undefined, 'x', 'y', 1), g: pick(undefined, 'ab', 'a', 1), h: pick(1, Number.NaN, Infinity), i: pick(1, '2', 'x') }, { requiredKeys: [] }),
      ],
      [z.array(z.url({ protocol: /^https?$/ })).check(z.minLength(1), z.maxLength(2)), fc.array(pick('https://example.org/a', ' http://example.org ', 'ftp://x', 'http:example.org', 'x', 1), { maxLength: 3 })],
      [z.record(z.string(), z.number().check(z.gt(0), z.lt(1))), fc.dictionary(fc.constantFrom('a', 'b', 'toString'), pick(0.5, 0, 1, 'x'))],
      [z.optional(z.strictObject({ u: z.unknown(), n: z.null(), s: z.string().check(z.regex(/^\d+$/)) })), fc.option(fc.record({ u: fc.anything({ maxDepth: 1 }), n: pick(null, undefined, 0), s: pick('12', 'x', '') }, { requiredKeys: ['s'] }), { nil: undefined })],
    ];
    // A schema that contains itself.
    const tree: z.ZodMiniType = z.strictObject({
      name: z.string(),
      get children() {
        return z.optional(z.array(tree));
      },
    });
    cases.push([tree, fc.letrec((tie) => ({ node: fc.record({ name: pick('a', 1), children: fc.option(fc.array(tie('node'), { maxLength: 2 }), { nil: undefined }) }, { requiredKeys: ['name'] }) })).node]);
    for (const [schema, data] of cases) {
      let accepted = 0;
      fc.assert(
        fc.property(fc.oneof({ arbitrary: data, weight: 4 }, fc.anything({ maxDepth: 2 })), (value) => {
          if (fastParser(schema)(structuredClone(value)) !== notValid) accepted++;
          return agrees(schema, value);
        }),
        { numRuns: 4000 },
      );
      // The comparison means something only where the fast path answers.
      expect(accepted).toBeGreaterThan(50);
    }
  });
});
