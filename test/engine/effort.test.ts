import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Requirement, Skill } from '../../src/model/catalog.js';
import { cheapestLevels, effortTo, roleEffort, type ReadinessGoal } from '../../src/engine/effort.js';
import { weeksAt } from '../../src/model/hours.js';
import { readyFit, skillFit, stretchFit } from '../../src/engine/score.js';

const learn = (hoursPerLevel: number[]): Skill['learn'] => ({ hoursPerLevel, basis: 'estimate', resources: [{ title: 't', url: 'https://example.org', kind: 'docs', lang: 'en', free: true, asOf: '2026-12' }] });
const req = (skill: string, level: number, importance: number, essential: boolean): Requirement => ({ skill, level, importance, essential });
const ready = { fit: readyFit, essentialFloor: (level: number) => level };
const stretch = { fit: stretchFit, essentialFloor: (level: number) => level - 1 };

describe('effortTo', () => {
  const hours = learn([1, 2, 4, 8, 16]);
  it('is nothing for skills that are there already', () => {
    expect(effortTo([req('a', 3, 5, true)], () => 3, () => hours, ready)).toEqual({ steps: 0, hours: 0 });
    expect(effortTo([req('a', 3, 5, true)], () => 5, () => hours, ready)).toEqual({ steps: 0, hours: 0 });
  });

  it('adds the hours of each level step an essential skill must climb', () => {
    expect(effortTo([req('a', 3, 5, true)], () => 0, () => hours, ready)).toEqual({ steps: 3, hours: 7 });
    expect(effortTo([req('a', 3, 5, true)], () => 1, () => hours, ready)).toEqual({ steps: 2, hours: 6 });
  });

  it('to stretch, an essential skill needs one level less, and the fit only 0.6', () => {
    // a: essential, 3 levels; b: optional. Stretch: a to 2 at least (fit 2/3·5/6 ≈ 0.56), so one more step.
    const requirements = [req('a', 3, 5, true), req('b', 2, 1, false)];
    const result = effortTo(requirements, () => 0, () => hours, stretch);
    expect(result.steps).toBeGreaterThanOrEqual(2);
    expect(result.hours).toBeLessThanOrEqual(effortTo(requirements, () => 0, () => hours, ready).hours!);
  });

  it('counts steps and leaves the hours unknown where a skill has none in the catalog', () => {
    expect(effortTo([req('a', 2, 5, true), req('b', 2, 5, true)], () => 0, (s) => (s === 'a' ? hours : undefined), ready)).toEqual({ steps: 4, hours: null });
  });
});

describe('effortTo against every way to raise the skills (small roles)', () => {
  const requirement = fc.record({ level: fc.integer({ min: 1, max: 5 }), importance: fc.integer({ min: 1, max: 5 }), essential: fc.boolean() });
  const role = fc.array(requirement, { minLength: 1, maxLength: 4 }).map((rs) => rs.map((r, i) => req(`s${i}`, r.level, r.importance, r.essential)));
  const levels = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 4, maxLength: 4 });
  const costs = fc.array(fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 5, maxLength: 5 }).map((h) => h.sort((a, b) => a - b)), { minLength: 4, maxLength: 4 });

  /** The least hours over every combination of levels that meets the readiness, by brute force. */
  function bruteForce(rs: Requirement[], have: number[], hoursPerLevel: number[][], target: typeof ready): number {
    let bestHours = Infinity;
    const walk = (i: number, chosen: number[]) => {
      if (i === rs.length) {
        const fit = skillFit(rs, (skill) => chosen[Number(skill.slice(1))]!).fit;
        const floorsMet = rs.every((r, k) => !r.essential || chosen[k]! >= Math.min(target.essentialFloor(r.level), r.level) || chosen[k]! >= Math.min(have[k]!, r.level) && have[k]! >= target.essentialFloor(r.level));
        if (fit >= target.fit - 1e-9 && floorsMet) {
          const h = rs.reduce((sum, _, k) => sum + hoursPerLevel[k]!.slice(Math.min(have[k]!, rs[k]!.level), Math.max(chosen[k]!, Math.min(have[k]!, rs[k]!.level))).reduce((a, b) => a + b, 0), 0);
          bestHours = Math.min(bestHours, h);
        }
        return;
      }
      for (let level = Math.min(have[i]!, rs[i]!.level); level <= rs[i]!.level; level++) walk(i + 1, [...chosen, level]);
    };
    walk(0, []);
    return bestHours;
  }

  it('finds the least hours, for ready and for stretch', () => {
    fc.assert(
      fc.property(role, levels, costs, (rs, have, hoursPerLevel) => {
        const levelOf = (skill: string) => have[Number(skill.slice(1))]!;
        const learnOf = (skill: string) => learn(hoursPerLevel[Number(skill.slice(1))]!);
        for (const target of [ready, stretch]) expect(effortTo(rs, levelOf, learnOf, target).hours).toBe(bruteForce(rs, have, hoursPerLevel, target));
      }),
      { numRuns: 300 },
    );
  });

  it('never takes fewer hours for a person with fewer skills, and never more to stretch than to ready', () => {
    fc.assert(
      fc.property(role, levels, levels, costs, (rs, a, b, hoursPerLevel) => {
        const lower = a.map((x, i) => Math.min(x, b[i]!));
        const learnOf = (skill: string) => learn(hoursPerLevel[Number(skill.slice(1))]!);
        const of = (levels: number[]) => (skill: string) => levels[Number(skill.slice(1))]!;
        expect(effortTo(rs, of(lower), learnOf, ready).hours!).toBeGreaterThanOrEqual(effortTo(rs, of(a), learnOf, ready).hours!);
        expect(effortTo(rs, of(a), learnOf, stretch).hours!).toBeLessThanOrEqual(effortTo(rs, of(a), learnOf, ready).hours!);
      }),
      { numRuns: 300 },
    );
  });
});

describe('roleEffort and weeksAt', () => {
  it('says the years a role asks beyond the person\'s, and gives stretch only for a long shot', () => {
    const rs = [req('a', 3, 5, true)];
    const hours = () => learn([1, 2, 4, 8, 16]);
    // Stretch needs a at 2 (one below its level; fit 2/3 ≥ 0.6), ready at 3.
    expect(roleEffort(rs, () => 0, hours, true, 5, 3)).toEqual({ ready: { steps: 3, hours: 7 }, stretch: { steps: 2, hours: 3 }, yearsShort: 2 });
    expect(roleEffort(rs, () => 3, hours, false, 0, 3)).toEqual({ ready: { steps: 0, hours: 0 }, stretch: null, yearsShort: null });
  });

  it('rounds weeks up at the person\'s hours a week', () => {
    expect(weeksAt(0, 5)).toBe(0);
    expect(weeksAt(11, 5)).toBe(3);
    expect(weeksAt(null, 5)).toBeNull();
  });
});

describe('effortTo with skills the catalog gives no hours for', () => {
  it('asks no hours of a requirement already met, even where the catalog has none for it', () => {
    // S = 5/6 with 'met' at its level; one step of 'gap' (1 h) reaches 0.85.
    const rs = [req('met', 2, 5, true), req('gap', 2, 1, false)];
    expect(effortTo(rs, (s) => (s === 'met' ? 3 : 0), (s) => (s === 'gap' ? learn([1, 2, 4, 8, 16]) : undefined), ready)).toEqual({ steps: 1, hours: 1 });
  });
});

describe('cheapestLevels: the levels it chooses (larger roles, many ties)', () => {
  // Few distinct hours (1–3 a step) and some skills without hours make many equally cheap ways.
  const requirement = fc.record({ level: fc.integer({ min: 1, max: 5 }), importance: fc.integer({ min: 1, max: 5 }), essential: fc.boolean() });
  const role = fc.array(requirement, { minLength: 1, maxLength: 12 }).map((rs) => rs.map((r, i) => req(`s${i}`, r.level, r.importance, r.essential)));
  const levels = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 12, maxLength: 12 });
  const costs = fc.array(fc.option(fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 5, maxLength: 5 }), { freq: 8 }), { minLength: 12, maxLength: 12 });
  const index = (skill: string) => Number(skill.slice(1));
  /** The person's levels and the catalog's hours, as the search asks for them. */
  const lookups = (have: number[], hoursPerLevel: (number[] | null)[]) => ({
    levelOf: (skill: string) => have[index(skill)]!,
    learnOf: (skill: string) => {
      const h = hoursPerLevel[index(skill)];
      return h ? learn(h) : undefined;
    },
  });

  /**
   * The same knapsack without dropping dominated gains: every gain of every stage, the way written
   * first kept among equally cheap ones. The pruned search must choose exactly what this chooses.
   */
  function fullSearch(rs: Requirement[], levelOf: (skill: string) => number, learnOf: (skill: string) => Skill['learn'], target: ReadinessGoal) {
    const units = (r: Requirement, level: number) => (r.importance * Math.min(level, r.level) * 60) / r.level;
    const haves = rs.map((r) => Math.min(levelOf(r.skill), r.level));
    const hoursKnown = rs.every((r, k) => haves[k]! >= r.level || learnOf(r.skill) !== undefined);
    const need = Math.ceil(target.fit * rs.reduce((sum, r) => sum + r.importance, 0) * 60 - 1e-9);
    const needGain = Math.max(0, need - rs.reduce((sum, r, k) => sum + units(r, haves[k]!), 0));
    type Way = { cost: number; steps: number; levels: number[] };
    let stage = new Map<number, Way>([[0, { cost: 0, steps: 0, levels: [] }]]);
    for (const [k, r] of rs.entries()) {
      const next = new Map<number, Way>();
      const floor = r.essential ? Math.max(haves[k]!, target.essentialFloor(r.level)) : haves[k]!;
      for (const g of [...stage.keys()].sort((a, b) => a - b)) {
        const way = stage.get(g)!;
        let hours = 0;
        for (let level = haves[k]!; level <= r.level; level++) {
          if (level > haves[k]!) hours += hoursKnown ? learnOf(r.skill)!.hoursPerLevel[level - 1]! : 1;
          if (level < floor) continue;
          const gained = Math.min(needGain, g + units(r, level) - units(r, haves[k]!));
          const candidate = { cost: way.cost + hours, steps: way.steps + level - haves[k]!, levels: [...way.levels, level] };
          const known = next.get(gained);
          if (!known || candidate.cost < known.cost || (candidate.cost === known.cost && candidate.steps < known.steps)) next.set(gained, candidate);
        }
      }
      stage = next;
    }
    const found = stage.get(needGain)!;
    const levels = new Map(rs.flatMap((r, k) => (found.levels[k]! > haves[k]! ? [[r.skill, found.levels[k]!] as const] : [])).reverse());
    return { steps: found.steps, hours: hoursKnown ? found.cost : null, levels };
  }

  it('chooses what the search without pruning chooses, to the level and the order of the skills', () => {
    fc.assert(
      fc.property(role, levels, costs, (rs, have, hoursPerLevel) => {
        const { levelOf, learnOf } = lookups(have, hoursPerLevel);
        for (const target of [ready, stretch]) {
          const found = cheapestLevels(rs, levelOf, learnOf, target);
          expect([...found.levels]).toEqual([...fullSearch(rs, levelOf, learnOf, target).levels]);
          expect(found).toEqual(fullSearch(rs, levelOf, learnOf, target));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('chooses levels that reach the readiness and cost exactly the steps and hours it reports', () => {
    fc.assert(
      fc.property(role, levels, costs, (rs, have, hoursPerLevel) => {
        const { levelOf, learnOf } = lookups(have, hoursPerLevel);
        for (const target of [ready, stretch]) {
          const found = cheapestLevels(rs, levelOf, learnOf, target);
          const reached = (skill: string) => found.levels.get(skill) ?? levelOf(skill);
          let steps = 0;
          let hours = 0;
          for (const r of rs) {
            const from = Math.min(levelOf(r.skill), r.level);
            const to = found.levels.get(r.skill) ?? from;
            // Only skills raised are listed, each to a level the role asks at most.
            if (found.levels.has(r.skill)) expect(to).toBeGreaterThan(from);
            expect(to).toBeLessThanOrEqual(r.level);
            if (r.essential) expect(to).toBeGreaterThanOrEqual(Math.min(target.essentialFloor(r.level), r.level));
            steps += to - from;
            hours += learnOf(r.skill)?.hoursPerLevel.slice(from, to).reduce((a, b) => a + b, 0) ?? 0;
          }
          // Where a skill short of its level has no hours in the catalog, steps are what it saves and hours unknown.
          const hoursKnown = rs.every((r) => levelOf(r.skill) >= r.level || learnOf(r.skill) !== undefined);
          expect(skillFit(rs, reached).fit).toBeGreaterThanOrEqual(target.fit - 1e-9);
          expect(found.steps).toBe(steps);
          expect(found.hours).toBe(hoursKnown ? hours : null);
        }
      }),
      { numRuns: 300 },
    );
  });
});
