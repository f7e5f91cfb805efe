import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/model/catalog.js';
import { rankRoles, scoreRole } from '../../src/engine/rank.js';
import { type Profile } from '../../src/model/profile.js';
import { effortTo } from '../../src/engine/effort.js';
import { planLearning } from '../../src/engine/plan.js';
import { experienceNeeded } from '../../src/model/readiness.js';
import { catalogArb, levelIn, profileArb } from '../helpers/arbitraries.js';
import { domain, profile, req, role, skill } from '../helpers/tiny-catalog.js';

/*
 * One domain whose ETR equals the person's preferred 0.03, so R = 1 for every role; no interests,
 * so N = 0.5; weights 0.6 / 0.3 / 0.1. A role's total is T = 0.6·S + 0.35, and one level more on
 * a requirement (skill, L, I) of a role with Σ I = 10 raises T by 0.6·I/(L·10).
 *
 *   role a (entry): x L4 I4 · s L2 I4 · e L1 I2 essential      Σ I = 10
 *   role b (entry): y L2 I4 · s L2 I4 · e L1 I2 essential      Σ I = 10
 *   person: e 1, nothing else → S = 0.2 for both, T = 0.47, long-shot (S < 0.6), no red flag
 *
 * Candidate gains of the first step (summed over both targets):
 *   s 0→1  a: 0.6·4/(2·10) = 0.12, b: 0.12          → 0.24   ← the largest
 *   y 0→1  b: 0.12                                   → 0.12
 *   x 0→1  a: 0.6·4/(4·10) = 0.06                    → 0.06
 * After s reaches 2 both roles have S = 0.6 (stretch). y (0.12 a level) then goes before x
 * (0.06): y 2 makes b's S = 1 (ready); x 3 makes a's S = 0.9 with no essential gap (ready).
 */
const d = domain('d', 0.03);
const shared: Catalog = {
  skills: ['e', 's', 'x', 'y'].map((id) => skill(id)),
  domains: [d],
  roles: [
    role('a', 'd', 'entry', [req('x', 4, 4, false), req('s', 2, 4, false), req('e', 1, 2, true)]),
    role('b', 'd', 'entry', [req('y', 2, 4, false), req('s', 2, 4, false), req('e', 1, 2, true)]),
  ],
};
const beginner = profile({ skills: { e: 1 } });

describe('planLearning', () => {
  const plan = planLearning(shared, beginner, ['a', 'b'], 10);

  it('takes the upgrade with the largest summed gain first, and says which targets it serves', () => {
    const first = plan.steps[0]!;
    expect(first).toMatchObject({ skill: 's', from: 0, to: 1, serves: ['a', 'b'], readinessChanges: [] });
    expect(first.gain).toBeCloseTo(0.24, 12);
    expect(first.scoreAfter.a).toBeCloseTo(0.59, 12);
    expect(first.scoreAfter.b).toBeCloseTo(0.59, 12);
    expect(first.readinessAfter).toEqual({ a: 'long-shot', b: 'long-shot' });
  });

  it('walks the hand-computed sequence to readiness', () => {
    expect(plan.steps.map((s) => `${s.skill} ${s.from}→${s.to}`)).toEqual(['s 0→1', 's 1→2', 'y 0→1', 'y 1→2', 'x 0→1', 'x 1→2', 'x 2→3']);
    expect(plan.steps.map((s) => Math.round(s.gain * 100))).toEqual([24, 24, 12, 12, 6, 6, 6]);
    expect(plan.steps.map((s) => s.serves)).toEqual([['a', 'b'], ['a', 'b'], ['b'], ['b'], ['a'], ['a'], ['a']]);
    expect(plan.steps[1]!.readinessChanges).toEqual([
      { role: 'a', from: 'long-shot', to: 'stretch' },
      { role: 'b', from: 'long-shot', to: 'stretch' },
    ]);
    expect(plan.steps[3]!.readinessChanges).toEqual([{ role: 'b', from: 'stretch', to: 'ready' }]);
    expect(plan.steps[6]!.readinessChanges).toEqual([{ role: 'a', from: 'stretch', to: 'ready' }]);
  });

  it('says when only experience stands between a target and ready', () => {
    // A senior role whose one requirement the person meets: no upgrade can help, 5 years would.
    const senior: Catalog = { skills: [skill('e')], domains: [d], roles: [role('lead', 'd', 'senior', [req('e', 1, 2, true)])] };
    const result = planLearning(senior, profile({ skills: { e: 1 }, experienceYears: 1 }), ['lead'], 10);
    expect(result).toMatchObject({ stoppedBecause: 'no-gain', reached: false, steps: [] });
    expect(result.targets[0]).toMatchObject({ readinessAfter: 'stretch', yearsNeeded: 5 });
    expect(planLearning(senior, profile({ skills: { e: 1 }, experienceYears: 6 }), ['lead'], 10).targets[0]).toMatchObject({ readinessAfter: 'ready', yearsNeeded: null });
  });

  it('stops as soon as every target is ready', () => {
    expect(plan.stoppedBecause).toBe('all-ready');
    expect(plan.reached).toBe(true);
    expect(plan.steps).toHaveLength(7);
    expect(plan.targets).toEqual([
      { role: 'a', title: 'Title of a', scoreBefore: expect.closeTo(0.47, 12), readinessBefore: 'long-shot', scoreAfter: expect.closeTo(0.89, 12), readinessAfter: 'ready', yearsNeeded: null },
      { role: 'b', title: 'Title of b', scoreBefore: expect.closeTo(0.47, 12), readinessBefore: 'long-shot', scoreAfter: expect.closeTo(0.95, 12), readinessAfter: 'ready', yearsNeeded: null },
    ]);
    // Exactly enough steps is still "all-ready", not "step-limit".
    expect(planLearning(shared, beginner, ['a', 'b'], 7).stoppedBecause).toBe('all-ready');
  });

  it('plans nothing for targets that are ready already', () => {
    const ready = planLearning(shared, profile({ skills: { e: 1, s: 2, y: 2 } }), ['b'], 10);
    expect(ready).toMatchObject({ steps: [], reached: true, stoppedBecause: 'all-ready' });
    expect(ready.targets[0]).toMatchObject({ readinessBefore: 'ready', readinessAfter: 'ready' });
  });

  it('respects the step limit', () => {
    const short = planLearning(shared, beginner, ['a', 'b'], 3);
    expect(short.steps.map((s) => s.skill)).toEqual(['s', 's', 'y']);
    expect(short).toMatchObject({ reached: false, stoppedBecause: 'step-limit' });
    expect(short.targets.map((t) => t.readinessAfter)).toEqual(['stretch', 'stretch']);
    expect(short.targets[1]!.scoreAfter).toBeCloseTo(0.83, 12);
    expect(planLearning(shared, beginner, ['a', 'b'], 1).steps).toHaveLength(1);
  });

  it('takes essential gaps first while a target has a red flag', () => {
    // c: e L3 I1 essential, o L3 I5 optional; Σ I = 6. With e = 0 (≤ 3 − 2) e is a red flag.
    // By gain alone o would go first: o 0→1 adds 0.6·5/(3·6) = 0.1667, e 0→1 only 0.6·1/(3·6) = 0.0333.
    // e 1 is still a red flag (1 ≤ 1); e 2 clears it, and from then on o's larger gain wins.
    const catalog: Catalog = { skills: [skill('e'), skill('o')], domains: [d], roles: [role('c', 'd', 'entry', [req('e', 3, 1, true), req('o', 3, 5, false)])] };
    const result = planLearning(catalog, profile({ skills: {} }), ['c'], 4);
    expect(result.steps.map((s) => `${s.skill} ${s.from}→${s.to}`)).toEqual(['e 0→1', 'e 1→2', 'o 0→1', 'o 1→2']);
    expect(result.steps[0]!.gain).toBeCloseTo(0.6 / 18, 12);
    expect(result.steps[2]!.gain).toBeCloseTo(3 / 18, 12);
  });

  it('reaches the nearest readiness change first (a quick win), then goes on', () => {
    // f needs four levels of x to become ready; g needs one level of o. By summed score gain x
    // would go first (it serves both); the quick win is o, which makes g ready in one step.
    const catalog: Catalog = {
      skills: [skill('x'), skill('o')],
      domains: [d],
      roles: [role('f', 'd', 'entry', [req('x', 4, 5, true)]), role('g', 'd', 'entry', [req('o', 1, 1, false), req('x', 1, 5, true)])],
    };
    const result = planLearning(catalog, profile({ skills: { x: 1 } }), ['f', 'g'], 10);
    expect(result.steps[0]).toMatchObject({ skill: 'o', from: 0, to: 1, serves: ['g'], readinessChanges: [{ role: 'g', from: 'stretch', to: 'ready' }] });
    expect(result.steps.slice(1).map((s) => s.skill)).toEqual(['x', 'x', 'x']);
    expect(result.reached).toBe(true);
  });

  it('comes to its first readiness change in no more steps than any target could', () => {
    fc.assert(
      fc.property(catalogArb, profileArb, (catalog, person) => {
        const targets = rankRoles(catalog, { ...person, exclude: [] }).slice(0, 3);
        const result = planLearning(catalog, person, targets.map((s) => s.role.id), 40);
        const first = result.steps.findIndex((s) => s.readinessChanges.length > 0);
        // The fewest steps any open target, not held back by years, needs to its next readiness.
        const nearest = Math.min(
          ...targets
            .filter((s) => s.readiness !== 'ready' && person.experienceYears >= experienceNeeded[s.role.seniority])
            .map((s) => {
              const stretchNext = s.readiness === 'long-shot';
              return effortTo(s.role.skills, levelIn(person.skills), () => undefined, stretchNext ? { fit: 0.6, essentialFloor: (l) => l - 1 } : { fit: 0.85, essentialFloor: (l) => l }).steps;
            }),
        );
        if (Number.isFinite(nearest) && nearest > 0) expect(first + 1).toBeLessThanOrEqual(nearest);
      }),
      { numRuns: 300 },
    );
  });

  it('spends no step on a target that is ready already', () => {
    // r: e L1 I2*, x L5 I4; with e 1, x 4: S = (2 + 4·0.8)/6 = 0.8667, no essential gap → ready.
    // u: y L4 I1*, e L1 I5*; with y 3: S = (0.75 + 5)/6 = 0.9583, an essential gap → stretch.
    // x 4→5 would add 0.6·4·0.2/6 = 0.08 to r, more than y 3→4 adds to u (0.6·0.25/6 = 0.025),
    // but r needs nothing more: the one step that counts is y.
    const catalog: Catalog = {
      skills: [skill('e'), skill('x'), skill('y')],
      domains: [d],
      roles: [role('r', 'd', 'entry', [req('e', 1, 2, true), req('x', 5, 4, false)]), role('u', 'd', 'entry', [req('y', 4, 1, true), req('e', 1, 5, true)])],
    };
    const result = planLearning(catalog, profile({ skills: { e: 1, x: 4, y: 3 } }), ['r', 'u'], 5);
    expect(result.targets.map((t) => t.readinessBefore)).toEqual(['ready', 'stretch']);
    expect(result.steps.map((s) => `${s.skill} ${s.from}→${s.to}`)).toEqual(['y 3→4']);
    expect(result.steps[0]!.gain).toBeCloseTo(0.025, 12);
    expect(result).toMatchObject({ reached: true, stoppedBecause: 'all-ready' });
  });

  it('stops when no upgrade raises a target score', () => {
    // A senior role with 3 years of experience is at best a stretch, even with every skill met.
    const catalog: Catalog = { skills: [skill('e')], domains: [d], roles: [role('lead', 'd', 'senior', [req('e', 2, 3, true)])] };
    const result = planLearning(catalog, profile({ skills: { e: 1 }, experienceYears: 3 }), ['lead'], 10);
    expect(result.steps.map((s) => `${s.skill} ${s.from}→${s.to}`)).toEqual(['e 1→2']);
    expect(result).toMatchObject({ reached: false, stoppedBecause: 'no-gain' });
    expect(result.targets[0]).toMatchObject({ readinessBefore: 'long-shot', readinessAfter: 'stretch', scoreAfter: expect.closeTo(0.95, 12) });
  });

  it('never reads a skill id such as "constructor" from Object.prototype', () => {
    const catalog: Catalog = { skills: [skill('constructor')], domains: [d], roles: [role('odd', 'd', 'entry', [req('constructor', 2, 1, true)])] };
    const result = planLearning(catalog, profile({ skills: {} }), ['odd'], 5);
    expect(result.steps.map((s) => [s.skill, s.from, s.to])).toEqual([
      ['constructor', 0, 1],
      ['constructor', 1, 2],
    ]);
    expect(result).toMatchObject({ reached: true, stoppedBecause: 'all-ready' });
  });

  it('never raises a skill past 5, steps one level at a time, and every step serves a target not yet ready', () => {
    fc.assert(
      fc.property(catalogArb, profileArb, fc.integer({ min: 1, max: 12 }), (catalog, person, maxSteps) => {
        const targets = rankRoles(catalog, { ...person, exclude: [] }).slice(0, 3).map((s) => s.role.id);
        const result = planLearning(catalog, person, targets, maxSteps);
        expect(result.steps.length).toBeLessThanOrEqual(maxSteps);
        const levels: Record<string, number> = {};
        const level = (id: string) => (Object.hasOwn(levels, id) ? levels[id]! : levelIn(person.skills)(id));
        let readiness: Record<string, string> = Object.fromEntries(result.targets.map((t) => [t.role, t.readinessBefore]));
        for (const step of result.steps) {
          expect(step.serves.some((id) => readiness[id] !== 'ready')).toBe(true);
          readiness = step.readinessAfter;
          expect(step.from).toBe(level(step.skill));
          expect(step.to).toBe(step.from + 1);
          expect(step.to).toBeLessThanOrEqual(5);
          expect(step.gain).toBeGreaterThanOrEqual(0);
          expect(step.serves.length).toBeGreaterThan(0);
          for (const id of step.serves) expect(targets).toContain(id);
          levels[step.skill] = step.to;
        }
        // The final scores are the targets' scores under the upgraded skills.
        const upgraded: Profile = { ...person, skills: { ...person.skills, ...levels } };
        const domains = new Map(catalog.domains.map((dm) => [dm.id, dm]));
        for (const target of result.targets) {
          const r = catalog.roles.find((x) => x.id === target.role)!;
          expect(target.scoreAfter).toBeCloseTo(scoreRole(r, domains.get(r.domain)!, upgraded).score, 12);
        }
        const allReady = result.targets.every((t) => t.readinessAfter === 'ready');
        expect(result.reached).toBe(allReady);
        if (result.stoppedBecause === 'step-limit') expect(result.steps).toHaveLength(maxSteps);
        if (result.stoppedBecause === 'all-ready') expect(allReady).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic', () => {
    expect(JSON.stringify(planLearning(shared, beginner, ['a', 'b'], 10))).toBe(JSON.stringify(plan));
  });
});
