import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankRoles } from '../../src/engine/rank.js';
import { teamLayout, TeamTally } from '../../src/engine/team.js';
import { rankTopRoles } from '../../src/engine/top-roles.js';
import type { Catalog } from '../../src/model/catalog.js';
import { skillLevelsOf, type SkillLevels } from '../../src/model/levels.js';
import type { Profile } from '../../src/model/profile.js';
import { readinessLevels } from '../../src/model/readiness.js';
import { catalogArb, domainIds, profileArb } from '../helpers/arbitraries.js';

const brief = (profile: Profile): Profile<SkillLevels> => ({ ...profile, skills: skillLevelsOf(profile.skills) });
const step = (readiness: string) => readinessLevels.indexOf(readiness as (typeof readinessLevels)[number]);

/**
 * The tally of one person worked out the slow way, from the full ranking: each role of their top
 * N, and for each skill one level up, the readiness the full ranking then gives that role.
 */
function reference(catalog: Catalog, profile: Profile, only: string[], top: number) {
  const ranked = rankRoles(catalog, profile, only).slice(0, top);
  const toReady = new Set<string>();
  const toStretch = new Set<string>();
  for (const skill of catalog.skills) {
    const level = Object.hasOwn(profile.skills, skill.id) ? profile.skills[skill.id]! : 0;
    if (level >= 5) continue;
    const raised = new Map(rankRoles(catalog, { ...profile, skills: { ...profile.skills, [skill.id]: level + 1 } }, only).map((s) => [s.role.id, s.readiness]));
    for (const before of ranked) {
      const after = step(raised.get(before.role.id)!);
      // Only a role that needs the skill can move; the full ranking scores every role anew.
      if (!before.role.skills.some((r) => r.skill === skill.id)) continue;
      if (step(before.readiness) > 0 && after === 0) toReady.add(skill.id);
      if (step(before.readiness) === 2 && after <= 1) toStretch.add(skill.id);
    }
  }
  const best = Math.min(3, ...ranked.map((s) => step(s.readiness)));
  return { ranked, toReady, toStretch, best };
}

describe('TeamTally', () => {
  it('counts one person as the full ranking and readiness say, leverage included, on random catalogs and people', () => {
    fc.assert(
      fc.property(catalogArb, profileArb, fc.subarray(domainIds), fc.integer({ min: 1, max: 12 }), (catalog, profile, only, top) => {
        const tally = new TeamTally(teamLayout(catalog));
        tally.add(brief(profile), rankTopRoles(catalog, brief(profile), only, top));
        const expected = reference(catalog, profile, only, top);
        const ids = catalog.skills.map((s) => s.id);
        expect(ids.filter((_, i) => tally.toReady[i]! > 0)).toEqual(ids.filter((id) => expected.toReady.has(id)));
        expect(ids.filter((_, i) => tally.toStretch[i]! > 0)).toEqual(ids.filter((id) => expected.toStretch.has(id)));
        expect(Array.from(tally.best)).toEqual([0, 1, 2, 3].map((s) => (s === expected.best ? 1 : 0)));
        for (const scored of expected.ranked) expect(tally.roles[catalog.roles.indexOf(scored.role) * 3 + step(scored.readiness)]).toBe(1);
        expect(tally.roles.reduce((a, b) => a + b, 0)).toBe(expected.ranked.length);
      }),
      { numRuns: 300 },
    );
  });

  it('adds up: two tallies merged equal the tally of both inputs, whatever the split', () => {
    fc.assert(
      fc.property(catalogArb, fc.array(profileArb, { maxLength: 12 }), fc.nat(), (catalog, people, cut) => {
        const split = people.length === 0 ? 0 : cut % (people.length + 1);
        const layout = teamLayout(catalog);
        const tallyOf = (list: Profile[]) => {
          const tally = new TeamTally(layout);
          for (const p of list) tally.add(brief(p), rankTopRoles(catalog, brief(p), [], 5));
          return tally;
        };
        const whole = tallyOf(people);
        const merged = tallyOf(people.slice(0, split));
        merged.merge(tallyOf(people.slice(split)));
        for (const key of ['best', 'roles', 'domains', 'levels', 'toReady', 'toStretch', 'from'] as const) expect(Array.from(merged[key])).toEqual(Array.from(whole[key]));
        expect([merged.profiles, merged.failed]).toEqual([whole.profiles, whole.failed]);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps no state per person: after thousands of people its tables have the sizes the catalog gave them', () => {
    const catalog = fc.sample(catalogArb, { numRuns: 1, seed: 7 })[0]!;
    const tally = new TeamTally(teamLayout(catalog));
    const shape = (t: TeamTally) => Object.entries(t).map(([key, value]) => [key, ArrayBuffer.isView(value) ? (value as Float64Array).length : Array.isArray(value) ? value.length : typeof value]);
    const before = shape(tally);
    for (const profile of fc.sample(profileArb, { numRuns: 5000, seed: 11 })) tally.add(brief(profile), rankTopRoles(catalog, brief(profile), [], 10));
    expect(tally.profiles).toBe(5000);
    expect(shape(tally)).toEqual(before);
  });
});
