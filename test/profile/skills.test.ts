import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinCatalog } from '../report/example-report.js';
import type { Catalog } from '../../src/model/catalog.js';
import { problemsPerCode } from '../../src/core/problem.js';
import { readLevel, skillRecord } from '../../src/model/levels.js';
import { checkProfileValue } from '../../src/profile/load.js';
import { skillNames } from '../../src/profile/skill-names.js';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await builtinCatalog();
});

/**
 * The skills a profile's mapping must come to, worked out the plain way: a map, then sorted. A
 * key that names no skill but a phrase that holds some credits each; only two keys that name
 * the same skill outright are a repeat.
 */
function expectedSkills(skills: Record<string, unknown>): { skills: [string, number][]; repeats: number } {
  const levels = new Map<string, number>();
  const named = new Set<string>();
  let repeats = 0;
  for (const [key, raw] of Object.entries(skills)) {
    const level = readLevel(raw);
    if (level === undefined) continue;
    const id = skillNames(catalog).resolve(key);
    if (id !== undefined && named.has(id)) repeats++;
    if (id !== undefined) named.add(id);
    for (const found of id !== undefined ? [id] : skillNames(catalog).find(key).map((f) => f.id)) levels.set(found, Math.max(levels.get(found) ?? 0, level));
  }
  return { skills: [...levels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)), repeats };
}

const locate = () => ({ line: 1, column: 1, sourceLine: '' });

describe('reading the skills of a profile', () => {
  it('resolves, merges and sorts them as a map would, for a few skills or hundreds (property)', () => {
    // Ids, names and aliases in any case, unknown names, and levels valid or not: sizes either
    // side of the point where the lists stop being kept sorted by insertion.
    const spellings = () => catalog.skills.flatMap((s) => [s.id, s.name, s.name.toUpperCase(), ...s.aliases]);
    // Phrases that hold skills ("PyTorch/TensorFlow") too.
    const phrases = ['PyTorch/TensorFlow', 'Python 3.10 and SQL', '葡萄牙语翻译', 'Docker/Kubernetes', 'HIPAA compliance'];
    const key = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...spellings()) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 6 }) }, { weight: 1, arbitrary: fc.constantFrom(...phrases) });
    // Levels as numbers, words and text; rarely one that is not a level, which makes the profile an error.
    const level = fc.oneof({ weight: 200, arbitrary: fc.integer({ min: 0, max: 5 }) }, { weight: 20, arbitrary: fc.constantFrom('expert', 'Advanced beginner', ' 3 ') }, { weight: 1, arbitrary: fc.constantFrom(7, -1, 2.5, null) });
    let read = 0;
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(key, level, { maxKeys: 12 }), fc.dictionary(key, level, { minKeys: 60, maxKeys: 200 })), (skills) => {
        const expected = expectedSkills(skills);
        let result;
        try {
          result = checkProfileValue({ value: { riskAppetite: 'medium', skills }, locate }, 'p.yaml', catalog, { strict: false });
        } catch {
          // Only a level that is not one is an error; the expected skills skip it alike.
          expect(Object.values(skills).some((raw) => readLevel(raw) === undefined)).toBe(true);
          return;
        }
        read++;
        expect(result.profile.skills.ids).toEqual(expected.skills.map(([id]) => id));
        expect(result.profile.skills.levels).toEqual(expected.skills.map(([, l]) => l));
        // Ten repeats in full, the rest counted in one more warning.
        const repeats = result.warnings.filter((w) => w.code === 'duplicate-skill');
        expect(repeats).toHaveLength(Math.min(expected.repeats, problemsPerCode + 1));
        if (expected.repeats > problemsPerCode) expect(repeats.map((w) => w.message)).toContain(`and ${(expected.repeats - problemsPerCode).toLocaleString('en-US')} more skills named twice, not listed one by one`);
        // As a record (what one person's report takes), the keys in the same order.
        expect(Object.entries(skillRecord(result.profile.skills))).toEqual(expected.skills);
      }),
      { numRuns: 300 },
    );
    expect(read).toBeGreaterThan(200);
  });
});
