import { describe, expect, it } from 'vitest';
import { rankRoles } from '../../src/engine/rank.js';
import { adviseReport } from '../../src/report/advise.js';
import { compareRankings } from '../../src/engine/compare.js';
import { profile, tinyCatalog } from '../helpers/tiny-catalog.js';

/*
 * The tiny catalog (test/helpers/tiny-catalog.ts; the hand computation of the baseline is in
 * advise.test.ts). Baseline, preferred ETR 0.03:
 *   #1 content-strategist 0.891425 · #2 copywriter 0.891425 · #3 clinical-nlp-engineer 0.705133 ·
 *   #4 validation-specialist 0.468135
 * What if the person's appetite were very-low (preferred ETR 0.001)? S and N stay, R changes:
 *   clinical-nlp-engineer  d = log10(0.005/0.001) = 0.69897 looser: R = exp(−½(0.69897/1.25)²) = 0.855269
 *                          T = 0.48 + 0.256581 + 0.05 = 0.786581
 *   validation-specialist  d = 0: R = 1, T = 0.375 + 0.3 + 0.05 = 0.725
 *   content roles          d = log10(0.2/0.001) = 2.30103: R = exp(−½(2.30103/1.25)²) = 0.183728
 *                          T = 0.6 + 0.055118 + 0.05 = 0.705118
 *   → #1 clinical-nlp-engineer · #2 validation-specialist · #3 content-strategist · #4 copywriter
 */
const catalog = tinyCatalog();
const baseline = rankRoles(catalog, profile());
const cautious = profile({ riskAppetite: 'very-low', preferredEtr: 0.001 });
const whatIf = rankRoles(catalog, cautious);

describe('compareRankings', () => {
  it('reports moves up and down, entries and exits of the top 3, in the what-if order', () => {
    const changes = compareRankings(baseline, whatIf, 3);
    expect(changes.map((c) => [c.role, c.movement, c.before?.rank ?? null, c.after?.rank ?? null])).toEqual([
      ['clinical-nlp-engineer', 'up', 3, 1],
      ['validation-specialist', 'entered', null, 2],
      ['content-strategist', 'down', 1, 3],
      ['copywriter', 'left', 2, null],
    ]);
    const byId = new Map(changes.map((c) => [c.role, c]));
    expect(byId.get('clinical-nlp-engineer')!.delta).toBeCloseTo(0.786581 - 0.705133, 5);
    expect(byId.get('validation-specialist')!.delta).toBeCloseTo(0.725 - 0.468135, 5);
    expect(byId.get('copywriter')!.delta).toBeCloseTo(0.705118 - 0.891425, 5);
    expect(byId.get('clinical-nlp-engineer')!.before!.score).toBeCloseTo(0.705133, 5);
    expect(byId.get('clinical-nlp-engineer')!.after!.score).toBeCloseTo(0.786581, 5);
    expect(byId.get('copywriter')!.title).toBe('Title of copywriter');
  });

  it('reports a complete turnover of a top 2 as two entries and two exits', () => {
    expect(compareRankings(baseline, whatIf, 2).map((c) => `${c.role} ${c.movement}`)).toEqual([
      'clinical-nlp-engineer entered',
      'validation-specialist entered',
      'content-strategist left',
      'copywriter left',
    ]);
  });

  it('keeps the score difference even for a role that stays outside', () => {
    // In a top 4 nothing enters or leaves; copywriter drops from #2 to #4.
    const changes = compareRankings(baseline, whatIf, 4);
    expect(changes.map((c) => c.movement)).toEqual(['up', 'up', 'down', 'down']);
    expect(changes.every((c) => c.before !== null && c.after !== null)).toBe(true);
  });

  it('reports "same" with no difference when nothing changed', () => {
    const changes = compareRankings(baseline, rankRoles(catalog, profile()), 4);
    expect(changes.map((c) => c.movement)).toEqual(['same', 'same', 'same', 'same']);
    expect(changes.map((c) => c.delta)).toEqual([0, 0, 0, 0]);
  });
});

describe('advise with a baseline', () => {
  it('carries the comparison with its changes, rounded scores and deltas', () => {
    const report = adviseReport({
      catalog,
      profile: cautious,
      top: 3,
      domains: [],
      catalogSource: 'tiny',
      catalogDigest: 'sha256:test',
      warnings: [],
      baseline: { profile: profile(), changes: ['--risk very-low'] },
    });
    expect(report.comparison!.changes).toEqual(['--risk very-low']);
    expect(report.comparison!.roles[0]).toEqual({
      role: 'clinical-nlp-engineer',
      title: 'Title of clinical-nlp-engineer',
      before: { rank: 3, score: 0.7051 },
      after: { rank: 1, score: 0.7866 },
      delta: 0.0814,
      movement: 'up',
    });
    expect(report.comparison!.roles[3]).toMatchObject({ role: 'copywriter', before: { rank: 2, score: 0.8914 }, after: null, delta: -0.1863, movement: 'left' });
    expect(adviseReport({ catalog, profile: cautious, top: 3, domains: [], catalogSource: 'tiny', catalogDigest: 'sha256:test', warnings: [] }).comparison).toBeNull();
  });
});
