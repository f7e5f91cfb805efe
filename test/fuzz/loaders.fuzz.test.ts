import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { builtinCatalogDir } from '../../src/catalog/builtin.js';
import { checkCatalogDocuments, loadCatalog, type CatalogDocument, type CatalogKind } from '../../src/catalog/load.js';
import type { Catalog } from '../../src/model/catalog.js';
import { formatPercent, minimumEtr } from '../../src/model/etr.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { decodeSource, firstInvalidUtf8 } from '../../src/core/files.js';
import type { Problem } from '../../src/core/problem.js';
import { parseYaml } from '../../src/core/yaml.js';
import { parseProfile, profileLimits } from '../../src/profile/load.js';

/*
 * Property-based fuzzing of the loaders' pure entry points: random text, random bytes, and
 * documents shaped like profiles and catalogs but wrong in random ways. Whatever comes in, a
 * loader either succeeds or reports typed problems (code, severity, message; a position inside
 * the text where there is one); it never throws anything else. A few thousand cases in all.
 */

let catalog: Catalog;
beforeAll(async () => {
  catalog = (await loadCatalog(builtinCatalogDir())).catalog!;
});

const catalogLimits = { maxAliasCount: 1000 };

/** Every problem is typed, and any position lies inside the text it was found in. */
function expectTypedProblems(problems: readonly Problem[], text?: string): void {
  const lineCount = text === undefined ? Infinity : text.split(/\r\n|\r|\n/).length;
  for (const problem of problems) {
    expect(problem.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(['error', 'warning']).toContain(problem.severity);
    expect(typeof problem.message).toBe('string');
    expect(problem.message.length).toBeGreaterThan(0);
    if (problem.hint !== undefined) expect(typeof problem.hint).toBe('string');
    if (problem.line !== undefined) {
      expect(Number.isInteger(problem.line) && problem.line >= 1 && problem.line <= lineCount).toBe(true);
      expect(Number.isInteger(problem.column) && problem.column! >= 1).toBe(true);
    }
  }
}

/** parseProfile returns a draft or throws InvalidInputError with at least one typed error; nothing else. */
function profileOutcome(text: string, strict = false): 'ok' | 'invalid' {
  let loaded;
  try {
    loaded = parseProfile(text, 'fuzz.yaml', catalog, { strict });
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    expect(error.problems.length).toBeGreaterThan(0);
    expect(error.problems.some((p) => p.severity === 'error')).toBe(true);
    expectTypedProblems(error.problems, text);
    return 'invalid';
  }
  expectTypedProblems(loaded.warnings, text);
  expect(loaded.warnings.every((w) => w.severity === 'warning')).toBe(true);
  const { profile: draft } = loaded;
  // What validates also renders: the ETR lies where every format can print it.
  expect(draft.preferredEtr >= minimumEtr && draft.preferredEtr < 1).toBe(true);
  expect(formatPercent(draft.preferredEtr)).toMatch(/^\d+(\.\d+)?%$/);
  for (const level of Object.values(draft.skills)) expect(Number.isInteger(level) && level >= 0 && level <= 5).toBe(true);
  expect(draft.weights.skill + draft.weights.risk + draft.weights.interest).toBeGreaterThan(0);
  return 'ok';
}

// ---------------------------------------------------------------------------------------------
// Generators

/** Pieces that YAML gives meaning to, so random lines hit the parser's corners, not just text. */
const yamlToken = fc.oneof(
  fc.constantFrom(' ', '  ', '\t', '- ', ': ', ':', '? ', ',', '[', ']', '{', '}', '"', "'", '\\', '#', '&a ', '*a', '&b ', '*b', '!!str ', '!!int ', '!!binary ', '!!set ', '!!omap ', '!foo ', '<<: ', '|', '>-', '---', '...', '%YAML 1.1', '%TAG ! tag:x,2000:', '~', 'null', '.nan', '.inf', '-.inf', '0x1F', '1e400', '-0', 'yes', '@', '`', '%', '\u00a0', '\uFEFF', '\u2028', '\r'),
  fc.constantFrom('name', 'riskAppetite', 'preferredEtr', 'experienceYears', 'skills', 'interests', 'exclude', 'weights', 'skill', 'risk', 'interest', 'python', 'expert', 'high', '__proto__', 'constructor', 'prototype', 'medical', '0.03', '3', '2.5', '-1'),
  fc.string({ maxLength: 6 }),
);
const yamlLine = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.array(yamlToken, { maxLength: 6 })).map(([indent, tokens]) => ' '.repeat(indent) + tokens.join(''));
const yamlText = fc.tuple(fc.array(yamlLine, { maxLength: 12 }), fc.constantFrom('\n', '\r\n')).map(([lines, eol]) => lines.join(eol));

const words = fc.constantFrom('python', 'Prompt engineering', 'HIPAA', 'expert', 'novice', 'advanced-beginner', 'high', 'very-low', 'medical', 'content', 'constructor', '__proto__', '', ' ', '名前', 'x'.repeat(200));
const oddNumber = fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 0, 1, 1.5, -1, 0.03, 0.5, 5, 6, 2.5, 1e-9, 1e300, Number.MAX_SAFE_INTEGER + 2, 1e-6, 9.99e-7, 3e-6, 1e-300, 5e-324, 0.999999, 1e308, Number.MAX_VALUE);
const scalar = fc.oneof(fc.integer({ min: -3, max: 8 }), fc.double(), oddNumber, fc.boolean(), fc.constant(null), words, fc.string({ maxLength: 10 }));
const key = fc.oneof(words, fc.string({ maxLength: 8 }), fc.constantFrom('name', 'skills', 'weights', 'skill', 'risk', 'interest', 'id', 'etr', 'level'));
/** Any small YAML value: scalars, lists and mappings, a few levels deep. */
const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(key, tie('v'), { maxKeys: 3 })),
})).v;

/** Mostly a plausible value, sometimes anything at all. */
const mostly = <T>(plausible: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: plausible as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: value });

const level = fc.oneof(fc.integer({ min: -1, max: 6 }), oddNumber, fc.constantFrom('expert', 'Proficient', 'advanced beginner', 'expart', '3', ' 4 ', '', 'none'), value);
/** Usually valid, sometimes an edge case (a wrong word, NaN, 1.5), sometimes anything at all. */
const field = <T>(valid: fc.Arbitrary<T>, edge: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 8, arbitrary: valid as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: edge }, { weight: 1, arbitrary: value });
const profileShape = fc.record(
  {
    name: field(fc.string({ minLength: 1, maxLength: 12 }).filter((n) => n.trim() !== ''), fc.constantFrom('', ' ')),
    riskAppetite: field(fc.constantFrom('very-low', 'low', 'medium', 'high', 'very-high'), fc.constantFrom('reckless', 'HIGH', '')),
    preferredEtr: field(fc.double({ min: 0.0001, max: 0.9, noNaN: true }), oddNumber),
    experienceYears: field(fc.integer({ min: 0, max: 40 }), oddNumber),
    skills: field(fc.dictionary(fc.constantFrom('python', 'Prompt engineering', 'HIPAA', 'sql', 'pyhton', 'constructor', '__proto__'), fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constantFrom('expert', 'novice'), level), { maxKeys: 5 }), value),
    interests: field(fc.array(fc.constantFrom('medical', 'content', 'finance'), { maxLength: 3 }), fc.array(words, { maxLength: 3 })),
    exclude: field(fc.array(fc.constantFrom('entertainment', 'legal'), { maxLength: 2 }), fc.array(words, { maxLength: 3 })),
    weights: field(fc.record({ skill: fc.double({ min: 0, max: 2, noNaN: true }), risk: fc.double({ min: 0, max: 2, noNaN: true }), interest: fc.double({ min: 0, max: 2, noNaN: true }) }, { requiredKeys: [] }), fc.record({ skill: oddNumber, risk: oddNumber }, { requiredKeys: [] })),
  },
  { requiredKeys: [] },
);
const profileDocument = fc.tuple(profileShape, fc.option(fc.dictionary(key, value, { minKeys: 1, maxKeys: 2 }), { freq: 4 })).map(([known, extra]) => ({ ...(extra ?? {}), ...known }));

const text = fc.string({ maxLength: 30 });
const skillShape = fc.record(
  { id: mostly(fc.constantFrom('python', 'sql', 'nlp', 'Bad_Id', 'constructor')), name: mostly(text), category: mostly(fc.constantFrom('foundations', 'nlp', 'vision', 'cooking')), aliases: mostly(fc.array(words, { maxLength: 3 })), description: mostly(text), zh: mostly(fc.record({ name: mostly(text) })) },
  { requiredKeys: ['id', 'name'] },
);
const domainShape = fc.record(
  {
    id: mostly(fc.constantFrom('medical', 'content', 'finance', 'prototype')),
    name: mostly(text),
    etr: mostly(fc.oneof(oddNumber, fc.double({ min: 0, max: 1 }))),
    tier: mostly(fc.constantFrom('critical', 'strict', 'guarded', 'tolerant', 'open', 'loose')),
    euAiAct: mostly(fc.constantFrom('prohibited', 'high', 'limited', 'minimal', 'none')),
    rationale: mostly(text),
    strategies: mostly(fc.array(text, { maxLength: 2 })),
    references: mostly(fc.array(fc.record({ title: mostly(text), url: mostly(fc.constantFrom('https://example.org/', 'ftp://x', 'not a url')), note: mostly(text) }, { requiredKeys: [] }), { maxLength: 2 })),
  },
  { requiredKeys: ['id', 'etr'] },
);
const requirementShape = fc.record({ skill: mostly(fc.constantFrom('python', 'sql', 'nlp', 'nope')), level: mostly(level), importance: mostly(level), essential: mostly(fc.boolean()) }, { requiredKeys: [] });
const roleShape = fc.record(
  {
    id: mostly(fc.constantFrom('writer', 'editor', 'value-of', 'Writer')),
    title: mostly(text),
    domain: mostly(fc.constantFrom('medical', 'content', 'finance', 'nowhere')),
    seniority: mostly(fc.constantFrom('entry', 'mid', 'senior', 'boss')),
    summary: mostly(text),
    onet: mostly(fc.constantFrom('15-2051.00', '15-2051')),
    etr: mostly(oddNumber),
    etrReason: mostly(text),
    skills: mostly(fc.array(requirementShape, { maxLength: 3 })),
    related: mostly(fc.array(fc.constantFrom('writer', 'editor', 'ghost'), { maxLength: 2 })),
    portfolioProject: mostly(text),
    outlook: mostly(fc.record({ trend: mostly(fc.constantFrom('growing', 'stable', 'shrinking', 'booming')), reason: mostly(text) }, { requiredKeys: [] })),
  },
  { requiredKeys: ['id', 'skills'] },
);
/** A catalog file's document: mostly the right frame around entities, sometimes a wrong one. */
const frame = (kind: CatalogKind, entity: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 5, arbitrary: fc.array(mostly(entity), { maxLength: 4 }).map((items) => ({ [kind]: items })) }, { weight: 1, arbitrary: value });

/** ETR_FUZZ_SCALE=20 runs twenty times the cases, for a longer hunt. */
const scale = Math.max(1, Number(process.env.ETR_FUZZ_SCALE) || 1);
const runs = (numRuns: number) => ({ numRuns: numRuns * scale });

// ---------------------------------------------------------------------------------------------

describe('the YAML reader on random text', () => {
  it('any string: a value or typed problems, never a throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (input) => {
        const parsed = parseYaml(input, 'fuzz.yaml', { maxAliasCount: 10 });
        expectTypedProblems(parsed.problems, input);
        if (parsed.problems.length > 0) expect(parsed.value).toBeUndefined();
        // Locating any path, even one that does not exist, gives a position.
        expect(parsed.locate(['skills', 0, 'x']).line).toBeGreaterThanOrEqual(1);
      }),
      runs(1000),
    );
  });

  it('YAML-ish lines (indicators, anchors, tags, tabs, CRLF): a value or typed problems', () => {
    fc.assert(
      fc.property(yamlText, (input) => {
        const parsed = parseYaml(input, 'fuzz.yaml', { maxAliasCount: 10 });
        expectTypedProblems(parsed.problems, input);
      }),
      runs(1500),
    );
  });

  it('YAML-ish lines as a profile: a draft, or InvalidInputError with typed problems', () => {
    fc.assert(
      fc.property(yamlText, fc.boolean(), (input, strict) => {
        profileOutcome(input, strict);
      }),
      runs(800),
    );
  });
});

describe('random bytes through the file decoding path', () => {
  it('decodeSource gives text or one typed problem located inside the file; then the profile loader copes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 120 }), (bytes) => {
        const decoded = decodeSource(Buffer.from(bytes), 'fuzz.yaml');
        if ('problems' in decoded) {
          expect(decoded.problems).toHaveLength(1);
          expect(['file-binary', 'file-encoding']).toContain(decoded.problems[0]!.code);
          expectTypedProblems(decoded.problems, new TextDecoder().decode(bytes));
          return;
        }
        profileOutcome(decoded.text);
      }),
      runs(1000),
    );
  });

  it('decodeSource accepts exactly what a strict UTF-8 decoder accepts', () => {
    const mostlyUtf8 = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.tuple(fc.string({ maxLength: 10, unit: 'grapheme' }), fc.uint8Array({ maxLength: 3 }), fc.string({ maxLength: 10 })).map(([a, b, c]) => Uint8Array.from([...Buffer.from(a), ...b, ...Buffer.from(c)])),
    );
    fc.assert(
      fc.property(mostlyUtf8, (bytes) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        const at = firstInvalidUtf8(bytes);
        expect(at === -1).toBe(valid);
        if (!valid) {
          // Everything before the reported byte is valid UTF-8 on its own.
          expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, at))).not.toThrow();
        }
      }),
      runs(1000),
    );
  });
});

describe('profiles shaped right but wrong in random ways', () => {
  it('a draft within its invariants, or InvalidInputError with typed, located problems', () => {
    const outcomes = { ok: 0, invalid: 0 };
    fc.assert(
      fc.property(profileDocument, fc.boolean(), (document, strict) => {
        const input = stringify(document);
        expect(input.length).toBeLessThan(profileLimits.maxBytes);
        outcomes[profileOutcome(input, strict)]++;
      }),
      runs(600),
    );
    // The generator reaches both sides, so the property is not vacuous.
    expect(outcomes.ok).toBeGreaterThan(0);
    expect(outcomes.invalid).toBeGreaterThan(0);
  });
});

describe('catalogs shaped right but wrong in random ways', () => {
  it('a catalog (and then no errors), or typed problems located in the files', () => {
    fc.assert(
      fc.property(frame('skills', skillShape), frame('domains', domainShape), fc.array(frame('roles', roleShape), { minLength: 0, maxLength: 2 }), (skills, domains, roles) => {
        const texts: [CatalogKind, string, string][] = [
          ['skills', 'skills.yaml', stringify(skills)],
          ['domains', 'domains.yaml', stringify(domains)],
          ...roles.map((r, i): [CatalogKind, string, string] => ['roles', `roles/part-${i}.yaml`, stringify(r)]),
        ];
        const documents: CatalogDocument[] = texts.map(([kind, file, input]) => ({ kind, file, parsed: parseYaml(input, file, catalogLimits) }));
        const result = checkCatalogDocuments(documents);
        const byFile = new Map(texts.map(([, file, input]) => [file, input]));
        for (const problem of result.problems) {
          expect(byFile.has(problem.file!)).toBe(true);
          expectTypedProblems([problem], byFile.get(problem.file!));
        }
        const errors = result.problems.filter((p) => p.severity === 'error');
        expect(result.catalog === undefined).toBe(errors.length > 0);
        if (result.catalog) {
          for (const d of result.catalog.domains) {
            expect(d.etr >= minimumEtr && d.etr < 1).toBe(true);
            expect(formatPercent(d.etr)).toMatch(/^\d+(\.\d+)?%$/);
          }
          for (const r of result.catalog.roles) for (const q of r.skills) expect(Number.isInteger(q.level) && q.level >= 1 && q.level <= 5).toBe(true);
        }
      }),
      runs(400),
    );
  });

  it('entities of the right kinds, with random fields broken, against the built-in ids', () => {
    fc.assert(
      fc.property(fc.array(roleShape, { minLength: 1, maxLength: 4 }), (roles) => {
        const input = stringify({ roles });
        const result = checkCatalogDocuments([
          { kind: 'skills', file: 'skills.yaml', parsed: parseYaml(stringify({ skills: catalog.skills.slice(0, 5) }), 'skills.yaml', catalogLimits) },
          { kind: 'domains', file: 'domains.yaml', parsed: parseYaml(stringify({ domains: catalog.domains.slice(0, 3) }), 'domains.yaml', catalogLimits) },
          { kind: 'roles', file: 'roles/x.yaml', parsed: parseYaml(input, 'roles/x.yaml', catalogLimits) },
        ]);
        for (const problem of result.problems) expectTypedProblems([problem], problem.file === 'roles/x.yaml' ? input : undefined);
      }),
      runs(300),
    );
  });
});
