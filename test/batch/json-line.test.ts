import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinCatalog } from '../report/example-report.js';
import { readJsonProfile } from '../../src/batch/json-line.js';
import type { Catalog } from '../../src/catalog/types.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { Entries } from '../../src/profile/entries.js';
import { checkProfileData } from '../../src/profile/load.js';

/** What readJsonProfile read, with the skills' entries made an object again, as JSON.parse gives them. */
function asParsed(read: Record<string, unknown>): Record<string, unknown> {
  const { skills } = read;
  if (!(skills instanceof Entries)) return read;
  const object: Record<string, unknown> = {};
  skills.keys.forEach((key, i) => Object.defineProperty(object, key, { value: skills.values[i], enumerable: true, writable: true, configurable: true }));
  return { ...read, skills: object };
}

/** readJsonProfile may leave any line to JSON.parse, but what it reads must be what JSON.parse gives. */
function agrees(line: string): boolean {
  const read = readJsonProfile(line);
  if (read === undefined) return false;
  let parsed: unknown;
  expect(() => (parsed = JSON.parse(line)), `read, but JSON.parse refuses ${line}`).not.toThrow();
  expect(asParsed(read)).toStrictEqual(parsed);
  // Key order too: the check reports skills in the order they come.
  expect(Object.keys(read)).toEqual(Object.keys(parsed as object));
  if (read.skills instanceof Entries) expect(read.skills.keys).toEqual(Object.keys((parsed as { skills: object }).skills));
  return true;
}

/** Texts JSON writes without escapes, in any script. */
const plainText = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 })).map((t) => t.replace(/[\u0000-\u001f"\\]/g, ''));
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.constantFrom('', ' ', 'Python', 'prompt engineering', '__proto__', 'constructor', 'a"b', 'a\\b', 'tab\there', 'é', '😀', '2', '10', '01', '-1'));
const number = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(-0, 0.03, 1e-7, 1e21, 123456789012));
const profileArb = fc.record(
  {
    name: fc.oneof(text, number),
    riskAppetite: fc.oneof(fc.constantFrom('very-low', 'low', 'medium', 'high', 'very-high'), text),
    preferredEtr: number,
    experienceYears: number,
    skills: fc.dictionary(text, fc.oneof(number, text, fc.constantFrom(null, true, [1])), { maxKeys: 12 }),
    interests: fc.array(fc.oneof(text, fc.constantFrom(1, null)), { maxLength: 4 }),
    exclude: fc.array(text, { maxLength: 3 }),
    weights: fc.dictionary(fc.constantFrom('skill', 'risk', 'interest', 'other', '__proto__'), fc.oneof(number, fc.constantFrom('1', null)), { maxKeys: 4 }),
    other: text,
  },
  { requiredKeys: [] },
);

/** A profile of the shape readJsonProfile reads: the usual fields and values, in any order. */
const usualArb = fc.record(
  {
    name: plainText,
    riskAppetite: plainText,
    preferredEtr: number,
    experienceYears: fc.oneof(fc.integer({ min: 0, max: 120 }), number),
    skills: fc.dictionary(plainText, fc.oneof(number, plainText), { maxKeys: 12 }),
    interests: fc.array(plainText, { maxLength: 4 }),
    exclude: fc.array(plainText, { maxLength: 3 }),
    weights: fc.dictionary(fc.constantFrom('skill', 'risk', 'interest', 'other'), number, { maxKeys: 4 }),
  },
  { requiredKeys: [] },
);

/** The ways programs write a JSON line: JSON.stringify's, Python's ", " and ": ", and spaces anywhere. */
const spacing = fc.constantFrom<(json: string) => string>(
  (json) => json,
  (json) => JSON.stringify(JSON.parse(json), null, 1).replace(/\n */g, ' '),
  (json) => ` ${json.replace(/([,:{}[\]])/g, ' $1 ')} `,
);

describe('readJsonProfile', () => {
  it('reads what JSON.parse reads, key order included, whenever it reads a line at all (property)', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.oneof(usualArb, profileArb), spacing, (profile, space) => {
        if (agrees(space(JSON.stringify(profile)))) read++;
      }),
      { numRuns: 3000 },
    );
    // The property means little unless many lines are read without JSON.parse.
    expect(read).toBeGreaterThan(1000);
  });

  it('reads the usual line, and leaves anything unusual to JSON.parse', () => {
    const usual = '{"name":"Person 1","riskAppetite":"high","experienceYears":18,"skills":{"sql":1,"Python":"expert"},"interests":["legal"],"weights":{"skill":0.5}}';
    expect(agrees(usual)).toBe(true);
    expect(agrees('{"name": "Ana", "skills": {"sql": 3}, "exclude": []}')).toBe(true);
    // Numbers of one and two digits are read on the spot, longer ones by readNumber; and a field
    // of the wrong kind is read as it is, for the check to refuse.
    for (const years of ['0', '7', '42', '100', '9.5']) expect(agrees(`{"experienceYears":${years},"name":"x"}`), years).toBe(true);
    expect(agrees('{"skills":5}')).toBe(true);
    expect(agrees('{"name":12}')).toBe(true);
    for (const line of [
      '{"name":"A\\u00e9"}', // an escape
      '{"name":"a\tb"}', // a control character, which JSON.parse refuses too
      '{"name":"a","name":"b"}', // a repeated field: JSON.parse keeps the last
      '{"skills":{"sql":1,"sql":2}}', // a repeated skill
      '{"skills":{"sql":1,"2":2}}', // a key that is a number, which JSON.parse puts first
      '{"skills":{"sql":null}}',
      '{"nmae":"x"}', // not a field
      '{"experienceYears":01}',
      '{"experienceYears":07,"name":"x"}',
      '{"experienceYears":1.}',
      '{"name":"x"} trailing',
      '{"name":"x"',
      '[]',
      '',
    ]) {
      expect(readJsonProfile(line), line).toBeUndefined();
    }
  });

  it('never reads a line JSON.parse refuses, nor reads one otherwise (property)', () => {
    // Lines cut short, joined, or with characters swapped in: each read must agree with JSON.parse.
    const mutated = fc.tuple(profileArb, fc.nat(), fc.constantFrom('', '"', ',', ':', '{', '}', '[', ']', '-', '0', '.', 'e', ' '), fc.boolean()).map(([profile, at, insert, cut]) => {
      const json = JSON.stringify(profile);
      const i = at % (json.length + 1);
      return cut ? json.slice(0, i) : json.slice(0, i) + insert + json.slice(i + 1);
    });
    fc.assert(
      fc.property(mutated, (line) => {
        agrees(line);
      }),
      { numRuns: 5000 },
    );
  });

  describe('with the profile check', () => {
    let catalog: Catalog;
    beforeAll(async () => {
      catalog = await builtinCatalog();
    });

    it('gives the same profile, warnings and errors as the value from JSON.parse (property)', () => {
      const names = catalog.skills.flatMap((s) => [s.id, s.name, s.name.toUpperCase(), ...s.aliases]);
      const domains = catalog.domains.map((d) => d.id);
      const person = fc.record(
        {
          name: fc.string({ maxLength: 8 }),
          riskAppetite: fc.constantFrom('low', 'medium', 'high', 'reckless'),
          experienceYears: fc.integer({ min: 0, max: 80 }),
          skills: fc.dictionary(fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 6 })), fc.oneof(fc.integer({ min: -1, max: 6 }), fc.constantFrom('expert', 'novice', 'x')), { maxKeys: 10 }),
          interests: fc.array(fc.oneof(fc.constantFrom(...domains), fc.string({ maxLength: 5 })), { maxLength: 3 }),
        },
        { requiredKeys: [] },
      );
      const check = (value: unknown) => {
        try {
          return checkProfileData({ value, locate: () => ({ line: 1, column: 1, sourceLine: '' }) }, 'batch.jsonl', catalog, { strict: false });
        } catch (error) {
          if (error instanceof InvalidInputError) return error.problems;
          throw error;
        }
      };
      fc.assert(
        fc.property(person, (profile) => {
          const line = JSON.stringify(profile);
          const read = readJsonProfile(line);
          if (read !== undefined) expect(check(read)).toEqual(check(JSON.parse(line)));
        }),
        { numRuns: 1000 },
      );
    });
  });
});
