import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, runEtr } from '../helpers/run-etr.js';

/**
 * A panel of career changers, none of them in data/examples, advised by the built binary over the
 * built-in catalog. The expectations are what a career counsellor would sign, written before the
 * catalog was: the person's own field among the top 3, and a #1 that is not a long shot for someone
 * who brings transferable experience. They test the catalog, not the engine. A person who names
 * the job they hold (currentRole) is never advised to take it.
 */
interface Expectation {
  /** At least one of the top 3 roles lies in one of these domains. */
  fieldInTop3?: string[];
  /** At least one of the top 5 roles is a natural next step from the person's current role. */
  nextStepInTop5?: boolean;
  /** The #1 role's readiness is one of these. */
  firstReadiness?: ('ready' | 'stretch' | 'long-shot')[];
  /** The #1 role's seniority is one of these. */
  firstSeniority?: string[];
  /** At least one of the top 3 roles has one of these seniorities. */
  seniorityInTop3?: string[];
}

const transferable: Expectation['firstReadiness'] = ['ready', 'stretch'];

const panel: Record<string, Expectation> = {
  nurse: { fieldInTop3: ['medical', 'pharma', 'active-medical-devices'], firstReadiness: transferable },
  paralegal: { fieldInTop3: ['legal'], firstReadiness: transferable },
  'compliance-officer': { fieldInTop3: ['finance', 'insurance'], firstReadiness: transferable },
  'quality-engineer': { fieldInTop3: ['manufacturing', 'automotive'], firstReadiness: transferable },
  'game-artist': { fieldInTop3: ['entertainment'], firstReadiness: transferable },
  'zh-ecommerce-manager': { fieldInTop3: ['ecommerce'], firstReadiness: transferable },
  'cs-team-lead': { fieldInTop3: ['customer-service'], firstReadiness: transferable },
  'senior-ml-engineer': { firstReadiness: ['ready'], seniorityInTop3: ['senior', 'lead'] },
  // Her own job (ai-data-annotator, currentRole) was her #1 before etr read currentRole. Without it
  // her own field comes fourth, behind three entry roles in insurance and lending, and every move
  // is a long shot: see the known gap below.
  'data-annotator': { nextStepInTop5: true },
  student: { firstSeniority: ['entry'] },
  translator: { fieldInTop3: ['translation'], firstReadiness: transferable },
};

interface Result {
  role: { id: string; domain: string; seniority: string };
  readiness: 'ready' | 'stretch' | 'long-shot';
  nextStep: boolean;
}

function advise(name: string): { profile: { currentRole: { id: string } | null }; results: Result[]; warnings: { code: string; message: string }[] } {
  const run = runEtr(['advise', '--profile', fixture(`../panel/${name}.yaml`), '--format', 'json', '--top', '5']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

describe('a panel of career changers', () => {
  it('covers every profile in test/fixtures/panel', () => {
    const files = readdirSync(fixture('../panel')).map((f) => f.replace(/\.yaml$/, ''));
    expect(files.sort()).toEqual(Object.keys(panel).sort());
  });

  for (const [name, expectation] of Object.entries(panel)) {
    it(name, () => {
      const report = advise(name);
      const summary = report.results.map((r) => `${r.role.id} (${r.role.domain}, ${r.role.seniority}, ${r.readiness})`).join('; ');
      // Every word the person wrote names a skill: an unknown word is a vocabulary gap.
      expect(report.warnings.map((w) => w.message)).toEqual([]);
      const top3 = report.results.slice(0, 3);
      const first = report.results[0]!;
      if (expectation.fieldInTop3) expect(top3.some((r) => expectation.fieldInTop3!.includes(r.role.domain)), summary).toBe(true);
      if (expectation.firstReadiness) expect(expectation.firstReadiness, summary).toContain(first.readiness);
      if (expectation.firstSeniority) expect(expectation.firstSeniority, summary).toContain(first.role.seniority);
      if (expectation.seniorityInTop3) expect(top3.some((r) => expectation.seniorityInTop3!.includes(r.role.seniority)), summary).toBe(true);
      if (expectation.nextStepInTop5) expect(report.results.slice(0, 5).some((r) => r.nextStep), summary).toBe(true);
      // The job the person holds is not a move: never their #1, nor anywhere in the list.
      if (report.profile.currentRole) expect(report.results.map((r) => r.role.id), summary).not.toContain(report.profile.currentRole.id);
      // Nobody on the panel has worked in HR: recruiting roles must not fill their lists.
      expect(report.results.filter((r) => r.role.domain === 'recruitment'), summary).toEqual([]);
    });
  }

  it('names the data annotator\'s own job as her current role', () => {
    expect(advise('data-annotator').profile.currentRole).toEqual({ id: 'ai-data-annotator', title: 'AI Trainer / Data Annotator' });
  });

  // A known gap of the catalog, kept visible: once her own job is left out, what the counsellor
  // expected (her field in the top 3, a #1 that is not a long shot) does not hold. The catalog's
  // next steps from annotation (annotation-quality-lead, domain-expert-ai-rater, …) ask for skills
  // she lacks. This test fails as long as the gap is there; when the catalog closes it, vitest
  // reports it, and the expectation moves back into the panel above.
  it.fails('data-annotator (known gap): her field in the top 3 and a #1 that is not a long shot', () => {
    const report = advise('data-annotator');
    expect(report.results.slice(0, 3).some((r) => ['ai-safety-evaluation', 'ai-platforms'].includes(r.role.domain))).toBe(true);
    expect(transferable).toContain(report.results[0]!.readiness);
  });
});
