import { describe, expect, it } from 'vitest';
import { rankRoles, scoreRole } from '../../src/engine/rank.js';
import { skillFit } from '../../src/engine/score.js';
import { skillLevel } from '../../src/model/levels.js';
import { adviseReport, type AdviseInput } from '../../src/report/advise.js';
import { messages } from '../../src/report/i18n.js';

const riskSentence = (etr: number, source: 'domain' | 'role', preferredEtr: number, decades: number) => messages('en').riskSentence({ etr, source, preferredEtr, decades });
import { normalizeWeights } from '../../src/model/weights.js';
import { domain, profile, req, role, tinyCatalog } from '../helpers/tiny-catalog.js';

/*
 * The tiny catalog (test/helpers/tiny-catalog.ts) and the default person:
 *   python 2, clinical-knowledge 5, prompt-engineering 3, statistics absent; preferred ETR 0.03
 *   (medium); 3 years of experience; no interests (N = 0.5 everywhere); weights 0.6 / 0.3 / 0.1.
 *
 * clinical-nlp-engineer (medical, ETR 0.005, mid)
 *   S = (4·min(2/4,1) + 4·min(5/3,1) + 2·min(3/3,1)) / (4+4+2) = (2 + 4 + 2) / 10 = 0.8
 *   d = log10(0.005/0.03) = −0.778151, stricter: R = exp(−½(0.778151/0.75)²) = 0.583775
 *   T = 0.6·0.8 + 0.3·0.583775 + 0.1·0.5 = 0.48 + 0.175133 + 0.05 = 0.705133
 *   python essential, 2 ≤ 4 − 2: red flag → long-shot
 * copywriter and content-strategist (content, ETR 0.2, entry)
 *   S = (5·1 + 1·1) / 6 = 1
 *   d = log10(0.2/0.03) = 0.823909, looser: R = exp(−½(0.823909/1.25)²) = 0.804750
 *   T = 0.6 + 0.241425 + 0.05 = 0.891425; no gap → ready
 * validation-specialist (medical, role ETR 0.001 overriding the domain's 0.005, senior)
 *   S = (5·1 + 3·0) / 8 = 0.625
 *   d = log10(0.001/0.03) = −1.477121, stricter: R = exp(−½(1.477121/0.75)²) = 0.143782
 *   T = 0.375 + 0.043135 + 0.05 = 0.468135
 *   no essential gap but S < 0.85, no red flag, S ≥ 0.6 → stretch; senior with 3 < 5 years → long-shot
 */
const expected = {
  'clinical-nlp-engineer': { skill: 0.8, risk: 0.583775, interest: 0.5, total: 0.705133, readiness: 'long-shot' },
  'content-strategist': { skill: 1, risk: 0.80475, interest: 0.5, total: 0.891425, readiness: 'ready' },
  copywriter: { skill: 1, risk: 0.80475, interest: 0.5, total: 0.891425, readiness: 'ready' },
  'validation-specialist': { skill: 0.625, risk: 0.143782, interest: 0.5, total: 0.468135, readiness: 'long-shot' },
} as const;

function input(overrides: Partial<AdviseInput> = {}): AdviseInput {
  return { catalog: tinyCatalog(), profile: profile(), top: 10, domains: [], catalogSource: 'tiny', catalogDigest: 'sha256:test', warnings: [], ...overrides };
}

describe('scoreRole', () => {
  const catalog = tinyCatalog();
  const byId = (id: string) => catalog.roles.find((r) => r.id === id)!;
  const domainOf = (id: string) => catalog.domains.find((d) => d.id === byId(id).domain)!;

  for (const [id, want] of Object.entries(expected)) {
    it(`gives the hand-computed components, total and readiness for ${id}`, () => {
      const scored = scoreRole(byId(id), domainOf(id), profile());
      expect(scored.components.skill).toBeCloseTo(want.skill, 6);
      expect(scored.components.risk).toBeCloseTo(want.risk, 6);
      expect(scored.components.interest).toBe(want.interest);
      expect(scored.score).toBeCloseTo(want.total, 6);
      expect(scored.readiness).toBe(want.readiness);
    });
  }

  it("uses the role's own ETR when it overrides the domain's", () => {
    const scored = scoreRole(byId('validation-specialist'), domainOf('validation-specialist'), profile());
    expect(scored.etr).toBe(0.001);
    expect(scored.decades).toBeCloseTo(Math.log10(0.001 / 0.03), 12);
    // With the domain's 0.005 the risk fit would be 0.583775, not 0.143782.
    expect(scored.components.risk).toBeCloseTo(0.143782, 6);
  });

  it('counts an interest as 1 and the other domains as 0.25', () => {
    const person = profile({ interests: ['medical'] });
    expect(scoreRole(byId('clinical-nlp-engineer'), domainOf('clinical-nlp-engineer'), person).components.interest).toBe(1);
    expect(scoreRole(byId('copywriter'), domainOf('copywriter'), person).components.interest).toBe(0.25);
    // T = 0.6·0.8 + 0.3·0.583775 + 0.1·1 = 0.755133
    expect(scoreRole(byId('clinical-nlp-engineer'), domainOf('clinical-nlp-engineer'), person).score).toBeCloseTo(0.755133, 6);
  });

  it('treats a skill id that is also an Object.prototype name as absent from the profile', () => {
    // "constructor" is valid kebab-case, so a user catalog may define it.
    const oddRole = role('odd', 'content', 'entry', [req('constructor', 2, 1, true), req('python', 2, 1, false)]);
    const scored = scoreRole(oddRole, domain('content', 0.2), profile());
    expect(scored.components.skill).toBe(0.5);
    expect(scored.fit).toMatchObject({ gapCount: 1, essentialGap: true, redFlagCount: 1 });
    expect(skillFit(oddRole.skills, (skill) => skillLevel(profile().skills, skill)).gaps).toEqual([{ skill: 'constructor', have: 0, need: 2, importance: 1, essential: true }]);
    expect(scored.readiness).toBe('long-shot');
  });
});

describe('rankRoles', () => {
  it('orders by total descending, then role id for equal totals and skill fits', () => {
    const ranked = rankRoles(tinyCatalog(), profile());
    expect(ranked.map((s) => s.role.id)).toEqual(['content-strategist', 'copywriter', 'clinical-nlp-engineer', 'validation-specialist']);
    expect(ranked.map((s) => s.score)).toEqual([...ranked.map((s) => s.score)].sort((a, b) => b - a));
  });

  it('orders equal totals by skill fit descending before the role id', () => {
    // Only interest counts, and no interests are given: every total is exactly 0.5.
    const ranked = rankRoles(tinyCatalog(), profile({ weights: normalizeWeights({ skill: 0, risk: 0, interest: 1 }) }));
    expect(new Set(ranked.map((s) => s.score))).toEqual(new Set([0.5]));
    // By id alone the order would be clinical-nlp-engineer, content-strategist, copywriter, validation-specialist.
    expect(ranked.map((s) => [s.role.id, s.components.skill])).toEqual([
      ['content-strategist', 1],
      ['copywriter', 1],
      ['clinical-nlp-engineer', 0.8],
      ['validation-specialist', 0.625],
    ]);
  });

  it('drops excluded domains', () => {
    const ranked = rankRoles(tinyCatalog(), profile({ exclude: ['content'] }));
    expect(ranked.map((s) => s.role.id)).toEqual(['clinical-nlp-engineer', 'validation-specialist']);
  });

  it('keeps only the domains asked for', () => {
    expect(rankRoles(tinyCatalog(), profile(), ['content']).map((s) => s.role.id)).toEqual(['content-strategist', 'copywriter']);
    expect(rankRoles(tinyCatalog(), profile(), ['medical', 'content'])).toHaveLength(4);
  });

  it("drops the person's current role, and only that role", () => {
    expect(rankRoles(tinyCatalog(), profile({ currentRole: 'copywriter' })).map((s) => s.role.id)).toEqual(['content-strategist', 'clinical-nlp-engineer', 'validation-specialist']);
    // A current role that is not in this catalog changes nothing.
    expect(rankRoles(tinyCatalog(), profile({ currentRole: 'no-such-role' }))).toEqual(rankRoles(tinyCatalog(), profile()));
  });

  it('drops an excluded domain even when it is asked for', () => {
    expect(rankRoles(tinyCatalog(), profile({ exclude: ['content'] }), ['content'])).toEqual([]);
  });

  it('does not depend on the order of the roles in the catalog', () => {
    const catalog = tinyCatalog();
    const reversed = { ...catalog, roles: [...catalog.roles].reverse() };
    expect(rankRoles(reversed, profile()).map((s) => s.role.id)).toEqual(rankRoles(catalog, profile()).map((s) => s.role.id));
  });
});

describe('riskSentence', () => {
  it('says how many decades stricter than the comfort a role is', () => {
    expect(riskSentence(0.005, 'domain', 0.03, Math.log10(0.005 / 0.03))).toBe(
      'domain tolerates ≤ 0.5% unreviewed errors; you prefer about 3%: 0.8 decades stricter than your comfort',
    );
  });

  it('says looser, names a role override, and uses the singular for one decade', () => {
    expect(riskSentence(0.3, 'role', 0.03, 1)).toBe('this role tolerates ≤ 30% unreviewed errors; you prefer about 3%: 1.0 decade looser than your comfort');
  });

  it('says "right at your comfort" when the distance is negligible', () => {
    expect(riskSentence(0.03, 'domain', 0.03, 0)).toBe('domain tolerates ≤ 3% unreviewed errors; you prefer about 3%: right at your comfort');
  });
});

describe('advise', () => {
  const report = adviseReport(input({ warnings: [{ code: 'unknown-skill', severity: 'warning', message: 'unknown skill "x"', file: 'p.yaml', line: 3, column: 3, hint: null }] }));

  it('carries the report header fields', () => {
    expect(report.schemaVersion).toBe(1);
    expect(report.profile).toEqual({
      name: 'Test Person',
      riskAppetite: 'medium',
      preferredEtr: 0.03,
      comfortBand: { low: 0.003927, high: 0.888963 },
      experienceYears: 3,
      hoursPerWeek: 5,
      skills: { 'clinical-knowledge': 5, 'prompt-engineering': 3, python: 2 },
      implied: {},
      currentRole: null,
      interests: [],
      exclude: [],
    });
    expect(report.weights).toEqual({ skill: 0.6, risk: 0.3, interest: 0.1 });
    expect(report.catalog).toEqual({ source: 'tiny', digest: 'sha256:test', domains: 2, roles: 4, skills: 4 });
    expect(report.filters).toEqual({ top: 10, domains: [] });
    expect(report.considered).toBe(4);
    expect(report.warnings).toEqual([{ code: 'unknown-skill', severity: 'warning', message: 'unknown skill "x"', file: 'p.yaml', line: 3, column: 3, hint: null }]);
  });

  it('ranks the results 1..n with their scores and components rounded', () => {
    expect(report.results.map((r) => [r.rank, r.role.id, r.score])).toEqual([
      [1, 'content-strategist', 0.8914],
      [2, 'copywriter', 0.8914],
      [3, 'clinical-nlp-engineer', 0.7051],
      [4, 'validation-specialist', 0.4681],
    ]);
    expect(report.results[2]!.components).toEqual({ skill: 0.8, risk: 0.5838, interest: 0.5 });
  });

  it('describes each result in full', () => {
    const result = report.results.find((r) => r.role.id === 'clinical-nlp-engineer')!;
    expect(result.role).toEqual({ id: 'clinical-nlp-engineer', title: 'Title of clinical-nlp-engineer', domain: 'medical', seniority: 'mid' });
    expect(result.domain).toEqual({ id: 'medical', name: 'Medical diagnosis', etr: 0.005, tier: 'strict', euAiAct: 'high' });
    expect(result.etr).toEqual({ value: 0.005, tier: 'strict', source: 'domain', reason: null });
    expect(result.riskDecades).toBeCloseTo(-0.7782, 4);
    expect(result.readiness).toBe('long-shot');
    const python = { skill: 'python', name: 'Python', have: 2, need: 4, importance: 4, essential: true, impliedBy: null };
    expect(result.redFlags).toEqual([python]);
    expect(result.gaps).toEqual([python]);
    expect(result.strengths).toEqual([
      { skill: 'clinical-knowledge', name: 'Clinical knowledge', have: 5, need: 3, importance: 4, essential: true, impliedBy: null },
      { skill: 'prompt-engineering', name: 'Prompt engineering', have: 3, need: 3, importance: 2, essential: false, impliedBy: null },
    ]);
    expect(result.riskSentence).toBe('domain tolerates ≤ 0.5% unreviewed errors; you prefer about 3%: 0.8 decades stricter than your comfort');
    expect(result.explanation).toBe('Skill fit 80% (2 of 3 requirements met), risk fit 58%, interest 50% (no interests given); a long shot for now.');
    expect(result.strategies).toEqual(['Review in medical']);
    expect(result.portfolioProject).toBe('Project for clinical-nlp-engineer.');
    expect(result.outlook).toEqual({ trend: 'growing', reason: 'Reason for clinical-nlp-engineer.' });
  });

  it('reports a role ETR override with its source and reason', () => {
    const result = report.results.find((r) => r.role.id === 'validation-specialist')!;
    expect(result.etr).toEqual({ value: 0.001, tier: 'critical', source: 'role', reason: 'Validation evidence goes into regulatory submissions.' });
    expect(result.domain.etr).toBe(0.005);
    expect(result.components.risk).toBe(0.1438);
    expect(result.riskSentence).toBe('this role tolerates ≤ 0.1% unreviewed errors; you prefer about 3%: 1.5 decades stricter than your comfort');
    expect(result.explanation).toContain('one step lower for fewer years of experience');
  });

  it('keeps the top N and counts every role considered', () => {
    const top = adviseReport(input({ top: 2 }));
    expect(top.results.map((r) => r.role.id)).toEqual(['content-strategist', 'copywriter']);
    expect(top.considered).toBe(4);
    expect(top.filters.top).toBe(2);
  });

  it('applies the domain filter and the exclusions to results and the count', () => {
    const medical = adviseReport(input({ domains: ['medical'] }));
    expect(medical.results.map((r) => r.domain.id)).toEqual(['medical', 'medical']);
    expect(medical.considered).toBe(2);
    expect(medical.filters.domains).toEqual(['medical']);
    const excluded = adviseReport(input({ profile: profile({ exclude: ['medical'] }) }));
    expect(excluded.results.map((r) => r.role.id)).toEqual(['content-strategist', 'copywriter']);
    expect(excluded.profile.exclude).toEqual(['medical']);
  });

  it('reports normalised weights', () => {
    const weighted = adviseReport(input({ profile: profile({ weights: normalizeWeights({ skill: 2, risk: 1, interest: 1 }) }) }));
    expect(weighted.weights).toEqual({ skill: 0.5, risk: 0.25, interest: 0.25 });
    // clinical-nlp-engineer: T = 0.5·0.8 + 0.25·0.583775 + 0.25·0.5 = 0.670944
    expect(weighted.results.find((r) => r.role.id === 'clinical-nlp-engineer')!.score).toBe(0.6709);
  });

  it('lists skills by id whatever order the profile gives them in', () => {
    const shuffled = adviseReport(input({ profile: profile({ skills: { python: 2, 'prompt-engineering': 3, 'clinical-knowledge': 5 } }) }));
    expect(Object.keys(shuffled.profile.skills)).toEqual(['clinical-knowledge', 'prompt-engineering', 'python']);
    expect(JSON.stringify(shuffled)).toBe(JSON.stringify(adviseReport(input())));
  });

  it('marks no result a next step without a current role', () => {
    expect(report.results.map((r) => r.nextStep)).toEqual([false, false, false, false]);
  });

  describe('with a current role', () => {
    // The copywriter's natural next steps, as the catalog lists them: the strategist and a role of another domain.
    const catalog = tinyCatalog();
    catalog.roles = catalog.roles.map((r) => (r.id === 'copywriter' ? { ...r, related: ['content-strategist', 'validation-specialist'] } : r));
    const own = adviseReport(input({ catalog, profile: profile({ currentRole: 'copywriter' }) }));

    it('says what the role is, and leaves it out of the results and the count', () => {
      expect(own.profile.currentRole).toEqual({ id: 'copywriter', title: 'Title of copywriter' });
      expect(own.results.map((r) => r.role.id)).toEqual(['content-strategist', 'clinical-nlp-engineer', 'validation-specialist']);
      expect(own.considered).toBe(3);
    });

    it("marks the roles of the current role's related list as next steps, and no other", () => {
      expect(own.results.map((r) => [r.role.id, r.nextStep])).toEqual([
        ['content-strategist', true],
        ['clinical-nlp-engineer', false],
        ['validation-specialist', true],
      ]);
    });

    it('keeps it out of a what-if comparison too', () => {
      const compared = adviseReport(input({ catalog, profile: profile({ currentRole: 'copywriter', preferredEtr: 0.2 }), baseline: { profile: profile({ currentRole: 'copywriter' }), changes: ['--risk 0.2'] } }));
      expect(compared.comparison!.roles.map((r) => r.role)).not.toContain('copywriter');
    });

    it("carries the current role's zh title among the localized names", () => {
      const zh = { ...catalog, roles: catalog.roles.map((r) => (r.id === 'copywriter' ? { ...r, zh: { title: '文案', summary: '写文案。' } } : r)) };
      expect(adviseReport(input({ catalog: zh, profile: profile({ currentRole: 'copywriter' }), lang: 'zh' })).localized!.roles.copywriter).toEqual({ title: '文案', summary: '写文案。' });
    });
  });

  it('is plain data that survives a JSON round trip', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
