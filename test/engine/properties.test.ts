import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/model/catalog.js';
import { rankRoles, scoreRole } from '../../src/engine/rank.js';
import { type Profile } from '../../src/model/profile.js';
import { adviseReport } from '../../src/report/advise.js';
import { skillFit } from '../../src/engine/score.js';
import { catalogArb, domainIds, levelIn, profileArb, skillIds } from '../helpers/arbitraries.js';

/*
 * Random small catalogs and people (test/helpers/arbitraries.ts). Each property runs a few
 * hundred cases; a case scores at most ten roles, so the file runs in well under a second.
 */
const runs = { numRuns: 300 };

const inUnit = (value: number) => Number.isFinite(value) && value >= 0 && value <= 1;

function report(catalog: Catalog, profile: Profile, domains: string[] = []) {
  return adviseReport({ catalog, profile, top: 10, domains, catalogSource: 'random', catalogDigest: 'sha256:random', warnings: [] });
}

/** The same keys and values, inserted in the order `order` gives. */
function reorderKeys(record: Readonly<Record<string, number>>, order: readonly string[]): Record<string, number> {
  return Object.fromEntries(order.map((key) => [key, record[key]!]));
}

describe('engine properties', () => {
  it('keeps every score and component in [0, 1]', () => {
    fc.assert(
      fc.property(catalogArb, profileArb, (catalog, profile) => {
        for (const scored of rankRoles(catalog, profile)) {
          expect(inUnit(scored.score), `score ${scored.score}`).toBe(true);
          expect(inUnit(scored.components.skill), `skill ${scored.components.skill}`).toBe(true);
          expect(inUnit(scored.components.risk), `risk ${scored.components.risk}`).toBe(true);
          expect(inUnit(scored.components.interest), `interest ${scored.components.interest}`).toBe(true);
        }
        for (const result of report(catalog, profile).results) {
          for (const value of [result.score, result.components.skill, result.components.risk, result.components.interest]) expect(inUnit(value)).toBe(true);
        }
      }),
      runs,
    );
  });

  it('never lowers any skill fit when one skill level rises', () => {
    fc.assert(
      fc.property(catalogArb, profileArb, fc.constantFrom(...skillIds), fc.integer({ min: 1, max: 5 }), (catalog, profile, raised, step) => {
        const before = levelIn(profile.skills)(raised);
        const higher: Profile = { ...profile, skills: { ...profile.skills, [raised]: Math.min(before + step, 5) } };
        const domains = new Map(catalog.domains.map((d) => [d.id, d]));
        for (const r of catalog.roles) {
          const d = domains.get(r.domain)!;
          expect(scoreRole(r, d, higher).components.skill).toBeGreaterThanOrEqual(scoreRole(r, d, profile).components.skill);
          expect(skillFit(r.skills, levelIn(higher.skills)).fit).toBeGreaterThanOrEqual(skillFit(r.skills, levelIn(profile.skills)).fit);
        }
      }),
      runs,
    );
  });

  it('gives byte-identical JSON whatever the order of the catalog roles', () => {
    // The roles are shuffled; each role's requirements keep their order (the author's).
    const arb = catalogArb.chain((catalog) => fc.tuple(fc.constant(catalog), fc.shuffledSubarray(catalog.roles, { minLength: catalog.roles.length, maxLength: catalog.roles.length })));
    fc.assert(
      fc.property(arb, profileArb, ([catalog, shuffledRoles], profile) => {
        const original = JSON.stringify(report(catalog, profile));
        expect(JSON.stringify(report({ ...catalog, roles: shuffledRoles }, profile))).toBe(original);
      }),
      runs,
    );
  });

  it("gives byte-identical JSON whatever the order of the profile's skill keys", () => {
    const arb = profileArb.chain((profile) => {
      const keys = Object.keys(profile.skills);
      return fc.tuple(fc.constant(profile), fc.shuffledSubarray(keys, { minLength: keys.length, maxLength: keys.length }));
    });
    fc.assert(
      fc.property(catalogArb, arb, (catalog, [profile, order]) => {
        const shuffled: Profile = { ...profile, skills: reorderKeys(profile.skills, order) };
        expect(JSON.stringify(report(catalog, shuffled))).toBe(JSON.stringify(report(catalog, profile)));
      }),
      runs,
    );
  });

  it('never shows a role of an excluded domain, nor the person\'s current role', () => {
    fc.assert(
      fc.property(catalogArb, profileArb, fc.subarray(domainIds), (catalog, profile, only) => {
        const excluded = new Set(profile.exclude);
        for (const domains of [[], only]) {
          const { results, considered } = report(catalog, profile, domains);
          for (const result of results) {
            expect(excluded.has(result.domain.id)).toBe(false);
            expect(excluded.has(result.role.domain)).toBe(false);
            if (domains.length > 0) expect(domains).toContain(result.domain.id);
            expect(result.role.id).not.toBe(profile.currentRole);
          }
          const eligible = catalog.roles.filter((r) => r.id !== profile.currentRole && !excluded.has(r.domain) && (domains.length === 0 || domains.includes(r.domain)));
          expect(considered).toBe(eligible.length);
        }
      }),
      runs,
    );
  });
});
