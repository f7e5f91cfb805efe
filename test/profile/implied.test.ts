import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/model/catalog.js';
import { skillLevelsOf } from '../../src/model/levels.js';
import { withImplied } from '../../src/profile/implied.js';
import { skill } from '../helpers/tiny-catalog.js';

const ids = ['api-integration', 'python', 'software-engineering', 'software-testing', 'version-control'];

/** Software engineering implies API integration 3 and version control 3; Python implies version control 1. */
function catalog(): Catalog {
  const skills = ids.map((id) => skill(id));
  skills[2]!.implies = [{ skill: 'api-integration', level: 3 }, { skill: 'version-control', level: 3 }];
  skills[1]!.implies = [{ skill: 'version-control', level: 1 }];
  return { skills, domains: [], roles: [] };
}

describe('withImplied', () => {
  it('credits what a rated skill implies, never above its own level, and says by which', () => {
    expect(withImplied(skillLevelsOf({ 'software-engineering': 4 }), catalog())).toEqual({
      skills: { ids: ['api-integration', 'software-engineering', 'version-control'], levels: [3, 4, 3] },
      implied: { 'api-integration': 'software-engineering', 'version-control': 'software-engineering' },
    });
    expect(withImplied(skillLevelsOf({ 'software-engineering': 2 }), catalog()).skills.levels).toEqual([2, 2, 2]);
  });

  it('leaves a rated skill as the person rated it, even lower than implied', () => {
    const { skills, implied } = withImplied(skillLevelsOf({ 'software-engineering': 4, 'api-integration': 1 }), catalog());
    expect(skills.levels[skills.ids.indexOf('api-integration')]).toBe(1);
    expect(implied).toEqual({ 'version-control': 'software-engineering' });
  });

  it('takes the highest of several implications, and returns the very lists when nothing is implied', () => {
    expect(withImplied(skillLevelsOf({ python: 5, 'software-engineering': 2 }), catalog()).implied).toEqual({ 'api-integration': 'software-engineering', 'version-control': 'software-engineering' });
    const written = skillLevelsOf({ 'software-testing': 3 });
    expect(withImplied(written, catalog()).skills).toBe(written);
  });

  it('never lowers a rated skill, never credits more than the implying level, and keeps ids sorted (property)', () => {
    const levels = fc.dictionary(fc.constantFrom(...ids), fc.integer({ min: 0, max: 5 }));
    fc.assert(
      fc.property(levels, (rated) => {
        const written = skillLevelsOf(rated);
        const { skills, implied } = withImplied(written, catalog());
        expect([...skills.ids]).toEqual([...skills.ids].sort());
        skills.ids.forEach((id, i) => {
          if (Object.hasOwn(rated, id)) expect(skills.levels[i]).toBe(rated[id]);
          else expect(skills.levels[i]).toBeLessThanOrEqual(rated[implied[id]!]!);
        });
        expect(Object.keys(implied).every((id) => !Object.hasOwn(rated, id))).toBe(true);
      }),
    );
  });
});
