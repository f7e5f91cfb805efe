import { describe, expect, it } from 'vitest';
import { jsonSchema, type JsonSchema } from '../../src/schema/json-schema.js';
import { jsonSchemaKinds } from '../../src/schema/kinds.js';

/*
 * Every property of every schema `etr schema` prints has a description, for the person hovering
 * over a field in an editor and the program reading the JSON. The descriptions come from the zod
 * schemas (described(), src/model/described.ts); a field added without one fails here.
 */

type Node = JsonSchema & { properties?: Record<string, JsonSchema>; definitions?: Record<string, JsonSchema>; $ref?: string };

/** Calls `visit` on every schema object inside `schema` (properties, items, branches, definitions), with its path. */
function walk(schema: unknown, path: string, visit: (node: Node, path: string) => void): void {
  if (Array.isArray(schema)) {
    schema.forEach((item, i) => walk(item, `${path}[${i}]`, visit));
    return;
  }
  if (schema === null || typeof schema !== 'object') return;
  const node = schema as Node;
  visit(node, path);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' || key === 'definitions') for (const [name, child] of Object.entries(value as Record<string, unknown>)) walk(child, `${path}/${key}/${name}`, visit);
    else if (['items', 'additionalProperties', 'anyOf', 'oneOf', 'allOf', 'dependencies', 'not', 'if', 'then', 'else'].includes(key)) walk(value, `${path}/${key}`, visit);
  }
}

/** The properties of a schema without a description of their own or of the definition they point to. */
function undescribed(schema: Node): string[] {
  const definitions = schema.definitions ?? {};
  const missing: string[] = [];
  walk(schema, '#', (node, path) => {
    for (const [name, property] of Object.entries(node.properties ?? {})) {
      // Properties inside a condition (dependencies, if/then/else, not) constrain ones declared elsewhere.
      if (/\/(dependencies|if|then|else|not)(\/|\[|$)/.test(path)) continue;
      const target = typeof property.$ref === 'string' ? definitions[property.$ref.replace('#/definitions/', '')] : undefined;
      if (typeof property.description !== 'string' && typeof target?.description !== 'string') missing.push(`${path}/properties/${name}`);
    }
  });
  return missing;
}

describe('schema descriptions', () => {
  it.each(jsonSchemaKinds)('every property of the %s schema has a description', (kind) => {
    const schema = jsonSchema(kind) as Node;
    let properties = 0;
    walk(schema, '#', (node) => (properties += Object.keys(node.properties ?? {}).length));
    expect(properties).toBeGreaterThan(10);
    expect(undescribed(schema)).toEqual([]);
  });

  it('finds a property without one', () => {
    expect(undescribed({ type: 'object', properties: { a: { type: 'string', description: 'A.' }, b: { type: 'object', properties: { c: { type: 'number' } } } } } as Node)).toEqual(['#/properties/b', '#/properties/b/properties/c']);
    expect(undescribed({ definitions: { d: { description: 'D.' }, e: {} }, properties: { x: { $ref: '#/definitions/d' }, y: { $ref: '#/definitions/e' } } } as Node)).toEqual(['#/properties/y']);
  });

  // yaml-language-server's hover joins the titles of a union's branches with " || ", an untitled
  // branch taking the document's title: `skills` once read "etr profile || etr profile".
  it.each(['profile', 'batch', 'catalog'] as const)('each branch of a union in the %s schema has a title of its own, for the hover', (kind) => {
    walk(jsonSchema(kind), '#', (node, path) => {
      const branches = (node.anyOf ?? []) as JsonSchema[];
      if (branches.length === 0) return;
      const titles = branches.map((b) => b.title);
      expect(titles.every((t) => typeof t === 'string'), `${path}: ${JSON.stringify(titles)}`).toBe(true);
      expect(new Set(titles).size, path).toBe(titles.length);
      expect(branches.every((b) => typeof b.description === 'string'), path).toBe(true);
    });
  });

  it('the profile schema says riskAppetite and preferredEtr exclude each other', () => {
    const schema = jsonSchema('profile');
    expect(schema.dependencies).toEqual({ riskAppetite: { properties: { preferredEtr: false } } });
    expect(jsonSchema('batch').dependencies).toEqual(schema.dependencies);
  });
});
