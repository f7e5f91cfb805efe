import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { profileFields, profileSchema, readPlainProfile } from '../../src/profile/schema.js';

/**
 * readPlainProfile may refuse anything (the schema then checks the profile), but whatever it
 * reads must be exactly what the schema gives, and it must never read a profile the schema refuses.
 */
const fields = profileFields;

function agrees(value: unknown): boolean {
  const plain = readPlainProfile(value as Record<string, unknown>);
  if (plain === undefined) return true;
  const checked = profileSchema().safeParse(value);
  expect(checked.success, `read without the schema, but the schema refuses ${JSON.stringify(value)}`).toBe(true);
  for (const field of fields) expect(plain[field], field).toEqual(checked.data![field]);
  return true;
}

const repo = join(import.meta.dirname, '..', '..');
const examples = readdirSync(join(repo, 'data', 'examples')).filter((name) => name.endsWith('.yaml'));

/** Values near each rule's edges, of every JSON and YAML type. */
const edgy = fc.oneof(
  fc.constantFrom(undefined, null, true, 0, -0, 1, 0.5, 5, 70, 70.5, 80, 80.5, -1, 1e-9, 1e-6, 0.999, NaN, Infinity, -Infinity, '', ' ', '  x  ', 'medium', 'very-high', 'Medium', 'x', [], [''], ['medical'], ['medical', 3], {}),
  fc.string(),
  fc.double(),
  fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('skill', 'risk', 'interest', 'other'), fc.oneof(fc.double(), fc.constantFrom(0, 1, -0, -1, '1', null)), { maxKeys: 4 }),
);
// At most five fields at once: with every field drawn from the edges, more would make plainly
// valid profiles too rare for the property below to mean much.
const profileLike = fc
  .tuple(fc.dictionary(fc.constantFrom(...fields), edgy, { maxKeys: 5 }), fc.dictionary(fc.string({ maxLength: 8 }), edgy, { maxKeys: 1 }), fc.boolean())
  .map(([known, extra, withExtra]) => (withExtra ? { ...known, ...extra } : known));

describe('profileFields', () => {
  it('lists the schema\'s fields, which the readers that skip the schema go by', () => {
    expect([...profileFields].sort()).toEqual(Object.keys(profileSchema()._zod.def.shape).sort());
  });
});

describe('readPlainProfile', () => {
  it('reads every example profile (so they skip the schema) as the schema does', () => {
    for (const name of examples) {
      const value = parse(readFileSync(join(repo, 'data', 'examples', name), 'utf8'));
      expect(readPlainProfile(value), name).toBeDefined();
      agrees(value);
    }
  });

  it('trims the name as the schema does, and refuses a blank one', () => {
    expect(readPlainProfile({ name: '  Ana  ' })?.name).toBe('Ana');
    expect(readPlainProfile({ name: '   ' })).toBeUndefined();
  });

  it('refuses what the schema refuses: unknown fields, out-of-range numbers, wrong types', () => {
    for (const value of [{ nmae: 'x' }, { preferredEtr: 1 }, { experienceYears: 71 }, { riskAppetite: 'Medium' }, { interests: [''] }, { weights: { skill: -1 } }, { weights: { skil: 1 } }, { weights: { risk: Infinity } }]) {
      expect(readPlainProfile(value), JSON.stringify(value)).toBeUndefined();
      expect(profileSchema().safeParse(value).success).toBe(false);
    }
  });

  it('agrees with the schema on whatever it reads (property)', () => {
    let read = 0;
    fc.assert(
      fc.property(profileLike, (value) => {
        if (readPlainProfile(value) !== undefined) read++;
        return agrees(value);
      }),
      { numRuns: 3000 },
    );
    // The property means little unless a fair share of the cases are read without the schema.
    expect(read).toBeGreaterThan(300);
  });
});
