import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, runEtr } from '../helpers/run-etr.js';

/**
 * A panel of career changers, none of them in data/examples, advised by the built binary over the
 * built-in catalog. The expectations are what a career counsellor would sign, written before the
 * catalog was: the person's own field among the top 3, and a #1 that is not a long shot for someone
 * who brings transferable experience. They test the catalog, not the engine.
 */
interface Expectation {
  /** At least one of the top 3 roles lies in one of these domains. */
  fieldInTop3?: string[];
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
  'data-annotator': { fieldInTop3: ['ai-safety-evaluation', 'ai-platforms'], firstReadiness: transferable },
  student: { firstSeniority: ['entry'] },
  translator: { fieldInTop3: ['translation'], firstReadiness: transferable },
};

interface Result {
  role: { id: string; domain: string; seniority: string };
  readiness: 'ready' | 'stretch' | 'long-shot';
}

function advise(name: string): { results: Result[]; warnings: { code: string; message: string }[] } {
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
      // Nobody on the panel has worked in HR: recruiting roles must not fill their lists.
      expect(report.results.filter((r) => r.role.domain === 'recruitment'), summary).toEqual([]);
    });
  }
});
