import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { builtinCatalogDir } from '../../src/catalog/builtin.js';
import { checkCatalogDocuments, loadCatalog, type CatalogDocument, type CatalogKind } from '../../src/catalog/load.js';
import type { Catalog } from '../../src/model/catalog.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { parseYaml } from '../../src/core/yaml.js';
import { parseProfile } from '../../src/profile/load.js';
import { brokenCatalog } from '../helpers/catalog-fixture.js';

/*
 * Keys that name Object.prototype's machinery (__proto__, constructor, prototype) in profiles and
 * catalogs are plain data: rejected as unknown keys or read as names, and never reach any
 * object's prototype. Each test checks Object.prototype afterwards.
 */

const protoKeys = ['__proto__', 'constructor', 'prototype'] as const;
let before: string[];
let catalog: Catalog;

beforeAll(async () => {
  catalog = (await loadCatalog(builtinCatalogDir())).catalog!;
});
beforeEach(() => {
  before = Object.getOwnPropertyNames(Object.prototype).sort();
});
afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  expect(Object.prototype.constructor).toBe(Object);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
});

function problemsOf(text: string) {
  try {
    parseProfile(text, 'p.yaml', catalog, { strict: false });
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).problems;
  }
  throw new Error('the profile was accepted');
}

describe('the YAML reader', () => {
  it('keeps __proto__, constructor and prototype as own data properties, at any depth', () => {
    const text = ['__proto__: { polluted: top }', 'constructor: { prototype: { polluted: deep } }', 'list:', '  - __proto__: { polluted: item }', '    prototype: x'].join('\n');
    const { value, problems } = parseYaml(text, 'p.yaml', { maxAliasCount: 100 });
    expect(problems).toEqual([]);
    const data = value as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor', 'list']);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')!.value).toEqual({ polluted: 'top' });
    const item = (data.list as Record<string, unknown>[])[0]!;
    expect(Object.hasOwn(item, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
  });

  it('does not let an alias to a __proto__ mapping reach a prototype either', () => {
    const { value } = parseYaml('base: &b { polluted: yes }\n__proto__: *b\nx: { __proto__: *b }\n', 'p.yaml', { maxAliasCount: 100 });
    const data = value as Record<string, Record<string, unknown>>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(data.x)).toBe(Object.prototype);
    expect(data.x!.polluted).toBeUndefined();
  });
});

describe('profiles', () => {
  for (const key of protoKeys) {
    it(`"${key}" at the top is an unknown key, located`, () => {
      expect(problemsOf(`name: X\nriskAppetite: low\n${key}:\n  polluted: yes\n`)).toEqual([expect.objectContaining({ code: 'unknown-key', line: 3, column: 1, message: `unknown key "${key}"` })]);
    });

    it(`"${key}" in weights is an unknown key; in skills, a name etr does not know`, () => {
      expect(problemsOf(`name: X\nriskAppetite: low\nweights:\n  ${key}: { polluted: 1 }\n`)).toEqual([expect.objectContaining({ code: 'unknown-key', line: 4, column: 3 })]);
      const { profile: draft, warnings } = parseProfile(`name: X\nriskAppetite: low\nskills:\n  ${key}: 3\n  python: 2\n`, 'p.yaml', catalog, { strict: false });
      expect(draft.skills).toEqual({ python: 2 });
      expect(Object.getPrototypeOf(draft.skills)).toBe(Object.prototype);
      expect(warnings).toEqual([expect.objectContaining({ code: 'unknown-skill', line: 4, column: 3 })]);
    });

    it(`"${key}" as a value (an interest, a level) is plain text`, () => {
      const { profile: draft, warnings } = parseProfile(`name: ${key}\nriskAppetite: low\ninterests: [${key}]\n`, 'p.yaml', catalog, { strict: false });
      expect(draft.name).toBe(key);
      expect(draft.interests).toEqual([]);
      expect(warnings).toEqual([expect.objectContaining({ code: 'unknown-domain', message: `interests: unknown domain "${key}"` })]);
      expect(problemsOf(`name: X\nriskAppetite: low\nskills:\n  python: ${key}\n`)).toEqual([expect.objectContaining({ code: 'invalid-level' })]);
    });
  }
});

describe('catalogs', () => {
  const parse = (kind: CatalogKind, file: string, text: string): CatalogDocument => ({ kind, file, parsed: parseYaml(text, file, { maxAliasCount: 1000 }) });

  for (const key of protoKeys) {
    it(`"${key}" as a key of a file, an entity or a nested block is an unknown key, located`, () => {
      const files: [CatalogKind, string, string][] = [
        // A file whose frame is wrong is not read further, so its entities have no key of their own here.
        ['skills', 'skills.yaml', `${key}: { polluted: 1 }\nskills:\n  - id: python\n    name: Python\n    category: foundations\n    description: Code.\n`],
        ['domains', 'domains.yaml', `domains:\n  - id: content\n    ${key}: { polluted: 1 }\n    name: Content\n    etr: 0.2\n    euAiAct: limited\n    rationale: Why.\n    strategies: [Review]\n    zh: { name: 内容, ${key}: x }\n`],
        ['roles', 'roles/content.yaml', `roles:\n  - id: writer\n    title: Writer\n    domain: content\n    seniority: entry\n    summary: Writes.\n    skills:\n      - { skill: python, level: 2, importance: 3, essential: true, ${key}: 1 }\n    portfolioProject: A piece.\n    outlook: { trend: stable, reason: Steady., ${key}: 1 }\n`],
      ];
      const result = checkCatalogDocuments(files.map(([kind, file, text]) => parse(kind, file, text)));
      expect(result.catalog).toBeUndefined();
      // Where each key is written, found in the text itself.
      const written = files.flatMap(([, file, text]) =>
        text.split('\n').flatMap((line, i) => (line.includes(`${key}:`) ? [`${file}:${i + 1}:${line.indexOf(`${key}:`) + 1}`] : [])),
      );
      expect(written).toHaveLength(5);
      const reported = result.problems.filter((p) => p.code === 'unknown-key').map((p) => `${p.file}:${p.line}:${p.column}`);
      expect(reported.sort()).toEqual(written.sort());
    });
  }

  it('"constructor" and "prototype" are valid kebab-case ids, and work as plain names end to end', () => {
    const result = checkCatalogDocuments([
      parse('skills', 'skills.yaml', 'skills:\n  - id: constructor\n    name: Constructor\n    category: foundations\n    aliases: [hasOwnProperty, toString]\n    description: Builds.\n'),
      parse('domains', 'domains.yaml', 'domains:\n  - id: prototype\n    name: Prototype\n    etr: 0.2\n    euAiAct: minimal\n    rationale: Why.\n    strategies: [Review]\n'),
      parse('roles', 'roles/prototype.yaml', 'roles:\n  - id: value-of\n    title: Value\n    domain: prototype\n    seniority: entry\n    summary: S.\n    skills:\n      - { skill: constructor, level: 2, importance: 3, essential: true }\n    portfolioProject: P.\n    outlook: { trend: stable, reason: R. }\n'),
    ]);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const small = result.catalog!;
    expect(small.skills.map((s) => s.id)).toEqual(['constructor']);

    // A profile that names the skill by an alias that is also a method of every object.
    const { profile: draft } = parseProfile('name: X\nriskAppetite: low\nskills:\n  toString: 4\ninterests: [prototype]\n', 'p.yaml', small, { strict: true });
    expect(draft.skills).toEqual({ constructor: 4 });
    expect(draft.interests).toEqual(['prototype']);
    // …and one that does not name it has no level for it, not Object.prototype.constructor.
    const none = parseProfile('name: X\nriskAppetite: low\n', 'p.yaml', small, { strict: false }).profile;
    expect(Object.hasOwn(none.skills, 'constructor')).toBe(false);
  });

  it('loadCatalog on files with these keys reports them and leaves Object.prototype alone', async () => {
    const { dir, cleanup } = brokenCatalog([
      { file: 'domains.yaml', replace: '  - id: content\n', with: '  - id: content\n    __proto__: { polluted: true }\n    constructor: { prototype: { polluted: true } }\n' },
      { file: 'skills.yaml', replace: 'skills:\n', with: '__proto__: { polluted: true }\nskills:\n' },
    ]);
    try {
      const { catalog: loaded, problems } = await loadCatalog(dir);
      expect(loaded).toBeUndefined();
      expect(problems.map((p) => [p.code, p.message])).toEqual([
        ['unknown-key', 'domain "content": unknown key "__proto__"'],
        ['unknown-key', 'domain "content": unknown key "constructor"'],
        ['unknown-key', 'unknown key "__proto__"'],
      ]);
    } finally {
      cleanup();
    }
  });
});
