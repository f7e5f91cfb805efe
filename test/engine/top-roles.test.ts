import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinCatalogDir } from '../../src/catalog/builtin.js';
import { loadCatalog } from '../../src/catalog/load.js';
import type { Catalog } from '../../src/model/catalog.js';
import { rankRoles } from '../../src/engine/rank.js';
import { type Profile } from '../../src/model/profile.js';
import { rankTopRoles } from '../../src/engine/top-roles.js';
import { topResults } from '../helpers/top-roles.js';
import type { SkillLevels } from '../../src/model/levels.js';
import { skillLevelsOf } from '../../src/model/levels.js';
import { catalogArb, domainIds, profileArb, weightsArb, wideCatalogArb, wideProfileArb } from '../helpers/arbitraries.js';

/** The profile in the top-N ranking's form: its skills as sorted lists. */
const brief = (profile: Profile): Profile<SkillLevels> => ({ ...profile, skills: skillLevelsOf(profile.skills) });

/** What the full ranking says, in the top-N ranking's shape. */
function fromFullRanking(catalog: Catalog, profile: Profile, only: string[], top: number) {
  return rankRoles(catalog, profile, only)
    .slice(0, top)
    .map((s) => ({ roleId: s.role.id, domainId: s.domain.id, score: s.score, components: s.components, readiness: s.readiness }));
}

describe('rankTopRoles', () => {
  it('gives exactly the full ranking\'s top, scores to the last bit, on random catalogs and people', () => {
    fc.assert(
      fc.property(catalogArb, profileArb, fc.subarray(domainIds), fc.integer({ min: 1, max: 12 }), (catalog, profile, only, top) => {
        expect(topResults(rankTopRoles(catalog, brief(profile), only, top))).toEqual(fromFullRanking(catalog, profile, only, top));
      }),
      { numRuns: 500 },
    );
  });

  it('gives exactly the full ranking\'s top where most roles share no skill with the person (the bounded scan), profile after profile', () => {
    fc.assert(
      fc.property(wideCatalogArb, fc.array(fc.tuple(wideProfileArb, fc.subarray(domainIds, { maxLength: 2 }), fc.integer({ min: 1, max: 8 })), { minLength: 1, maxLength: 4 }), (catalog, people) => {
        // One catalog for several people, as in a batch: each ranking starts from clean sums.
        for (const [profile, only, top] of people) {
          expect(topResults(rankTopRoles(catalog, brief(profile), only, top))).toEqual(fromFullRanking(catalog, profile, only, top));
        }
      }),
      { numRuns: 500 },
    );
  });

  describe('on the built-in catalog', () => {
    let catalog: Catalog;
    beforeAll(async () => {
      catalog = (await loadCatalog(builtinCatalogDir())).catalog!;
    });

    it('gives exactly the full ranking\'s top for random people', () => {
      const skillIds = catalog.skills.map((s) => s.id);
      const person = fc.record({
        skills: fc.dictionary(fc.constantFrom(...skillIds), fc.integer({ min: 0, max: 5 }), { maxKeys: 20 }),
        preferredEtr: fc.constantFrom(0.001, 0.01, 0.03, 0.1, 0.3),
        experienceYears: fc.integer({ min: 0, max: 20 }),
        interests: fc.subarray(catalog.domains.map((d) => d.id), { maxLength: 3 }),
        weights: weightsArb,
        currentRole: fc.option(fc.constantFrom(...catalog.roles.map((r) => r.id)), { nil: null }),
      });
      fc.assert(
        fc.property(person, fc.integer({ min: 1, max: 60 }), ({ skills, ...rest }, top) => {
          const profile: Profile = { name: 'x', riskAppetite: null, exclude: [], hoursPerWeek: 5, ...rest, skills: Object.fromEntries(Object.keys(skills).sort().map((id) => [id, skills[id]!])) };
          expect(topResults(rankTopRoles(catalog, brief(profile), [], top))).toEqual(fromFullRanking(catalog, profile, [], top));
        }),
        { numRuns: 300 },
      );
    });
  });
});
