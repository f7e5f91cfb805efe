import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MatchReport } from '../../src/report/match.js';
import type { Report } from '../../src/report/types.js';
import { schemaErrors } from '../helpers/json-schema.js';
import { repoRoot, runEtr } from '../helpers/run-etr.js';

const enAd = 'test/fixtures/jobs/en-clinical-nlp.md';
const zhAd = 'test/fixtures/jobs/zh-content.txt';
const clinician = 'data/examples/clinician.yaml';
const copywriter = 'data/examples/copywriter.yaml';

/** `etr match … --format json`, checked against schema/match.schema.json. */
function matchJson(args: string[], stdin?: string): MatchReport {
  const result = runEtr(['match', ...args, '--format', 'json'], stdin === undefined ? {} : { stdin });
  expect(result.code, result.stderr).toBe(0);
  const report = JSON.parse(result.stdout) as MatchReport;
  expect(schemaErrors('match', report)).toEqual([]);
  return report;
}

/** The result for one role of `etr advise --domain D --top N --format json`. */
function adviseResult(profile: string, domain: string, role: string): Report['results'][number] {
  const result = runEtr(['advise', '--profile', profile, '--domain', domain, '--top', '100', '--format', 'json']);
  expect(result.code, result.stderr).toBe(0);
  const report = JSON.parse(result.stdout) as Report;
  return report.results.find((r) => r.role.id === role)!;
}

describe('etr match, an English clinical NLP ad', () => {
  let report: MatchReport;
  beforeAll(() => {
    report = matchJson(['--job', enAd]);
  });

  it('finds the skills it asks for, required and nice to have, with the lines that say so', () => {
    const kinds = Object.fromEntries(report.skills.map((s) => [s.skill, s.kind]));
    expect(kinds).toMatchObject({ python: 'required', nlp: 'required', 'information-extraction': 'required', 'clinical-knowledge': 'required', sql: 'required', 'health-data-standards': 'nice', 'containers-orchestration': 'nice' });
    const python = report.skills.find((s) => s.skill === 'python')!;
    expect(python.evidence).toEqual([{ line: 14, text: '- 3+ years of Python', matched: 'Python', kind: 'required' }]);
  });

  it('infers the medical domain, strict tier, with its keywords as evidence', () => {
    expect(report.domain.status).toBe('inferred');
    expect(report.domain.best).toMatchObject({ id: 'medical', tier: 'strict', etr: 0.005 });
    expect(report.domain.best!.evidence).toContainEqual({ line: 8, keyword: 'radiology' });
  });

  it('ranks Clinical NLP Engineer closest, at most five roles', () => {
    expect(report.roles[0]).toMatchObject({ rank: 1, id: 'clinical-nlp-engineer', inInferredDomain: true });
    expect(report.roles.length).toBeLessThanOrEqual(5);
    expect(report.profile).toBeNull();
    expect(report.fit).toBeNull();
  });

  it('with a profile: the closest role scored exactly as etr advise scores it', () => {
    const withProfile = matchJson(['--job', enAd, '--profile', clinician]);
    expect(withProfile.profile).toMatchObject({ name: expect.any(String) });
    expect(withProfile.fit).toEqual(adviseResult(clinician, 'medical', 'clinical-nlp-engineer'));
    expect(withProfile.fit).toMatchObject({ role: { id: 'clinical-nlp-engineer' } });
    expect(withProfile.fit!.redFlags.length + withProfile.fit!.gaps.length).toBeGreaterThan(0);
  });

  it('text and markdown say the same', () => {
    const text = runEtr(['match', '--job', enAd, '--profile', clinician]);
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('');
    expect(text.stdout).toContain('Medical diagnosis and clinical documentation (medical) · strict tier · ETR 0.5%');
    expect(text.stdout).toContain('Clinical NLP Engineer (clinical-nlp-engineer)');
    expect(text.stdout).toContain('Your fit for Clinical NLP Engineer, as etr advise scores it');
    expect(text.stdout).toMatch(/required\s+Python: l\.14 "Python"/);
    const markdown = runEtr(['match', '--job', enAd, '--format', 'markdown']);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain('## Closest catalog roles');
    expect(markdown.stdout).toContain('| Python | required | l.14 "Python" |');
    expect(markdown.stdout).not.toContain('## Your fit');
  });
});

describe('etr match, a Chinese content ad', () => {
  let report: MatchReport;
  beforeAll(() => {
    report = matchJson(['--job', zhAd]);
  });

  it('finds the skills under 任职要求 as required and under 加分项 as nice to have', () => {
    const kinds = Object.fromEntries(report.skills.map((s) => [s.skill, s.kind]));
    expect(kinds).toMatchObject({ 'prompt-engineering': 'required', copywriting: 'required', seo: 'required', 'digital-marketing': 'required', 'data-analysis': 'nice' });
    expect(report.skills.find((s) => s.skill === 'prompt-engineering')!.evidence).toContainEqual({ line: 10, text: '1. 熟练掌握提示词工程，有 AIGC 内容生产经验', matched: '提示词工程', kind: 'required' });
  });

  it('infers content, open tier, and AI Copywriter closest', () => {
    expect(report.domain.best).toMatchObject({ id: 'content', tier: 'open' });
    expect(report.domain.best!.evidence).toContainEqual({ line: 5, keyword: '小红书' });
    expect(report.roles[0]).toMatchObject({ id: 'ai-copywriter', domain: 'content' });
  });

  it('with a profile, from standard input: the fit advise gives', () => {
    const withProfile = matchJson(['--job', '-', '--profile', copywriter], read(zhAd));
    expect(withProfile.job.file).toBe('<stdin>');
    expect(withProfile.fit).toEqual(adviseResult(copywriter, 'content', 'ai-copywriter'));
    for (const format of ['text', 'markdown']) {
      const result = runEtr(['match', '--job', zhAd, '--profile', copywriter, '--format', format]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('AI Copywriter');
      expect(result.stdout).toContain('SEO 0→2');
    }
  });
});

describe('etr match, edge cases', () => {
  it('an ad with no keyword: domain unknown, and with a profile a note instead of a fit', () => {
    const report = matchJson(['--job', '-', '--profile', copywriter], 'Join us. Great team.\n');
    expect(report.domain).toEqual({ status: 'unknown', best: null, candidates: [] });
    expect(report.roles).toEqual([]);
    expect(report.fit).toBeNull();
    expect(report.fitNote).toMatch(/no role to score/);
    expect(runEtr(['match', '--job', '-'], { stdin: 'hello\n' }).stdout).toContain('unknown: no word of the ad is a keyword of any domain');
  });

  it('a missing ad is a usage error; --job and --profile cannot both be -', () => {
    expect(runEtr(['match', '--job', 'nope.txt']).code).toBe(2);
    expect(runEtr(['match', '--job', '-', '--profile', '-']).code).toBe(2);
  });

  it('etr schema match prints the schema', () => {
    const result = runEtr(['schema', 'match']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ $id: 'urn:etr:schema:match', title: 'etr match report' });
  });
});

function read(path: string): string {
  return readFileSync(join(repoRoot, path), 'utf8');
}
