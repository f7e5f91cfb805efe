import type { Catalog, Domain, Requirement, Role, Skill } from '../../src/model/catalog.js';
import type { Profile } from '../../src/model/profile.js';
import { tierOf } from '../../src/model/etr.js';
import { normalizeWeights } from '../../src/model/weights.js';

/** Small builders for hand-made catalogs: only the fields a test cares about need to be given. */

export function skill(id: string, name: string = id): Skill {
  return { id, name, category: 'foundations', aliases: [], description: `${name}.` };
}

export function domain(id: string, etr: number, name: string = id): Domain {
  return {
    id,
    name,
    etr,
    tier: tierOf(etr),
    euAiAct: 'high',
    rationale: `Why ${id} tolerates ${etr}.`,
    strategies: [`Review in ${id}`],
    references: [{ title: `${id} reference`, url: 'https://example.org/' }],
  };
}

export function req(skillId: string, level: number, importance: number, essential: boolean): Requirement {
  return { skill: skillId, level, importance, essential };
}

export function role(id: string, domainId: string, seniority: Role['seniority'], skills: Requirement[], extra: Partial<Role> = {}): Role {
  return {
    id,
    title: `Title of ${id}`,
    domain: domainId,
    seniority,
    summary: `Summary of ${id}.`,
    skills,
    related: [],
    portfolioProject: `Project for ${id}.`,
    outlook: { trend: 'growing', reason: `Reason for ${id}.` },
    ...extra,
  };
}

/**
 * Two domains, four roles, four skills. copywriter and content-strategist have identical
 * requirements in the same domain, so they tie on every score.
 */
export function tinyCatalog(): Catalog {
  return {
    skills: [skill('clinical-knowledge', 'Clinical knowledge'), skill('prompt-engineering', 'Prompt engineering'), skill('python', 'Python'), skill('statistics', 'Statistics')],
    domains: [domain('content', 0.2, 'Content creation'), domain('medical', 0.005, 'Medical diagnosis')],
    roles: [
      role('clinical-nlp-engineer', 'medical', 'mid', [req('python', 4, 4, true), req('clinical-knowledge', 3, 4, true), req('prompt-engineering', 3, 2, false)]),
      role('content-strategist', 'content', 'entry', [req('prompt-engineering', 3, 5, true), req('python', 2, 1, false)]),
      role('copywriter', 'content', 'entry', [req('prompt-engineering', 3, 5, true), req('python', 2, 1, false)]),
      role('validation-specialist', 'medical', 'senior', [req('clinical-knowledge', 4, 5, true), req('statistics', 3, 3, false)], {
        etr: 0.001,
        etrReason: 'Validation evidence goes into regulatory submissions.',
      }),
    ],
  };
}

export function profile(overrides: Partial<Profile> = {}): Profile {
  return {
    name: 'Test Person',
    riskAppetite: 'medium',
    preferredEtr: 0.03,
    experienceYears: 3,
    hoursPerWeek: 5,
    skills: { 'clinical-knowledge': 5, 'prompt-engineering': 3, python: 2 },
    currentRole: null,
    interests: [],
    exclude: [],
    weights: normalizeWeights({ skill: 0.6, risk: 0.3, interest: 0.1 }),
    ...overrides,
  };
}
