import fc from 'fast-check';
import type { Catalog, Requirement, Role } from '../../src/model/catalog.js';
import type { Profile } from '../../src/model/profile.js';
import { riskAppetites } from '../../src/model/etr.js';
import { normalizeWeights } from '../../src/model/weights.js';
import { domain, role, skill } from './tiny-catalog.js';

/*
 * fast-check arbitraries for random small catalogs (up to 4 domains, 10 roles, 6 skills) and
 * random people, shared by the engine's property tests. "constructor" is among the skill ids on
 * purpose: it is valid kebab-case, and code that reads a skills record without an own-key check
 * picks up Object.prototype.constructor instead.
 */

export const skillIds = ['python', 'statistics', 'clinical-knowledge', 'prompt-engineering', 'sql', 'constructor'];
export const domainIds = ['content', 'finance', 'medical', 'robotics'];

export const etrArb = fc.double({ min: 1e-5, max: 0.99, noNaN: true, noDefaultInfinity: true });
export const levelArb = fc.integer({ min: 0, max: 5 });

export const requirementsArb: fc.Arbitrary<Requirement[]> = fc
  .uniqueArray(fc.constantFrom(...skillIds), { minLength: 1, maxLength: skillIds.length })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record({ skill: fc.constant(id), level: fc.integer({ min: 1, max: 5 }), importance: fc.integer({ min: 1, max: 5 }), essential: fc.boolean() }),
      ),
    ),
  );

const roleArb = (index: number, domains: string[]): fc.Arbitrary<Role> =>
  fc
    .record({
      domain: fc.constantFrom(...domains),
      seniority: fc.constantFrom('entry' as const, 'mid' as const, 'senior' as const),
      skills: requirementsArb,
      etr: fc.option(etrArb, { nil: undefined }),
    })
    .map(({ domain: domainId, seniority, skills, etr }) =>
      role(`role-${String(index).padStart(2, '0')}`, domainId, seniority, skills, etr === undefined ? {} : { etr, etrReason: 'A stricter bar.' }),
    );

export const catalogArb: fc.Arbitrary<Catalog> = fc
  .record({
    domains: fc.uniqueArray(fc.constantFrom(...domainIds), { minLength: 1, maxLength: domainIds.length }),
    etrs: fc.array(etrArb, { minLength: domainIds.length, maxLength: domainIds.length }),
    roleCount: fc.integer({ min: 1, max: 10 }),
  })
  .chain(({ domains, etrs, roleCount }) => {
    const sorted = [...domains].sort();
    return fc.tuple(...Array.from({ length: roleCount }, (_, i) => roleArb(i, sorted))).map((roles) => ({
      skills: skillIds.map((id) => skill(id)).sort((a, b) => (a.id < b.id ? -1 : 1)),
      domains: sorted.map((id, i) => domain(id, etrs[i]!)),
      roles,
    }));
  });

export const weightsArb = fc
  .tuple(fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }))
  .filter(([s, r, n]) => s + r + n > 0)
  .map(([skill, risk, interest]) => normalizeWeights({ skill, risk, interest }));

export const profileArb: fc.Arbitrary<Profile> = fc
  .record({
    appetite: fc.option(fc.constantFrom(...riskAppetites), { nil: null }),
    preferredEtr: etrArb,
    experienceYears: fc.integer({ min: 0, max: 40 }),
    hoursPerWeek: fc.integer({ min: 1, max: 40 }),
    skills: fc.dictionary(fc.constantFrom(...skillIds), levelArb, { maxKeys: skillIds.length }),
    interests: fc.subarray(domainIds),
    exclude: fc.subarray(domainIds),
    weights: weightsArb,
    // One of catalogArb's role ids (role-00 … role-09), which a small catalog may not have.
    currentRole: fc.option(fc.integer({ min: 0, max: 9 }).map((i) => `role-${String(i).padStart(2, '0')}`), { nil: null }),
  })
  .map(({ appetite, preferredEtr, experienceYears, hoursPerWeek, skills, interests, exclude, weights, currentRole }) => ({
    name: 'Random Person',
    riskAppetite: appetite,
    preferredEtr,
    experienceYears,
    hoursPerWeek,
    skills: Object.fromEntries(Object.keys(skills).sort().map((id) => [id, skills[id]!])),
    currentRole,
    interests,
    exclude,
    weights,
  }));

/** A level from a skills record; own keys only, as "constructor" is one of the skill ids. */
export const levelIn = (skills: Readonly<Record<string, number>>) => (id: string) => (Object.hasOwn(skills, id) ? skills[id]! : 0);

/*
 * Wider catalogs (up to 60 roles over 30 skills) whose people have a few skills: most roles share
 * none with a person, as in a catalog of thousands, so the top-N ranking's bound on the untouched
 * roles is what decides. ETRs come from a handful of values, for ties in risk fit.
 */
export const wideSkillIds = Array.from({ length: 30 }, (_, i) => `k-${String(i).padStart(2, '0')}`);
const tiedEtrArb = fc.constantFrom(0.0005, 0.005, 0.03, 0.1, 0.3);

const wideRequirementsArb: fc.Arbitrary<Requirement[]> = fc
  .uniqueArray(fc.constantFrom(...wideSkillIds), { minLength: 1, maxLength: 5 })
  .chain((ids) => fc.tuple(...ids.map((id) => fc.record({ skill: fc.constant(id), level: fc.integer({ min: 1, max: 5 }), importance: fc.integer({ min: 1, max: 5 }), essential: fc.boolean() }))));

export const wideCatalogArb: fc.Arbitrary<Catalog> = fc
  .record({ etrs: fc.array(tiedEtrArb, { minLength: domainIds.length, maxLength: domainIds.length }), roleCount: fc.integer({ min: 1, max: 60 }) })
  .chain(({ etrs, roleCount }) =>
    fc
      .array(fc.record({ domain: fc.constantFrom(...domainIds), skills: wideRequirementsArb, etr: fc.option(tiedEtrArb, { nil: undefined }) }), { minLength: roleCount, maxLength: roleCount })
      .map((specs) => ({
        skills: wideSkillIds.map((id) => skill(id)),
        domains: domainIds.map((id, i) => domain(id, etrs[i]!)),
        roles: specs.map(({ domain: domainId, skills, etr }, i) =>
          role(`role-${String(i).padStart(2, '0')}`, domainId, (['entry', 'mid', 'senior'] as const)[i % 3]!, skills, etr === undefined ? {} : { etr, etrReason: 'A stricter bar.' }),
        ),
      })),
  );

export const wideProfileArb: fc.Arbitrary<Profile> = fc
  .record({
    preferredEtr: tiedEtrArb,
    experienceYears: fc.integer({ min: 0, max: 10 }),
    skills: fc.dictionary(fc.constantFrom(...wideSkillIds), levelArb, { maxKeys: 4 }),
    interests: fc.subarray(domainIds, { maxLength: 2 }),
    exclude: fc.subarray(domainIds, { maxLength: 1 }),
    weights: fc.oneof(weightsArb, fc.constant(normalizeWeights({ skill: 1, risk: 1, interest: 1 }))),
    currentRole: fc.option(fc.integer({ min: 0, max: 59 }).map((i) => `role-${String(i).padStart(2, '0')}`), { nil: null }),
  })
  .map(({ skills, ...rest }) => ({ name: 'Random Person', riskAppetite: null, hoursPerWeek: 5, ...rest, skills: Object.fromEntries(Object.keys(skills).sort().map((id) => [id, skills[id]!])) }));
