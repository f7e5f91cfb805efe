import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, runEtr, type RunResult } from '../helpers/run-etr.js';
import type { Report, ReportResult } from '../../src/report/types.js';

interface Shown {
  region: string | null;
  domain: { references: { title: string; region?: string[] }[] };
  strategies: string[];
  skills: { skill: string }[];
  portfolioProject: string;
  etr: { value: number };
}

const json = <T>(result: RunResult): T => {
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as T;
};
const advise = (profile: string, domain: string, extra: string[] = [], env: Record<string, string> = {}) =>
  json<Report>(runEtr(['advise', '--profile', profile, '--domain', domain, '--top', '20', '--format', 'json', ...extra], { env }));
const show = (role: string, extra: string[] = []) => json<Shown>(runEtr(['show', role, '--format', 'json', ...extra]));
const resultOf = (report: Report, role: string): ReportResult => report.results.find((r) => r.role.id === role)!;
const needs = (result: ReportResult) => [...result.redFlags, ...result.gaps, ...result.strengths].map((r) => r.skill);

describe('--region cn on a medical role', () => {
  let none: Report;
  let cn: Report;
  beforeAll(() => {
    none = advise('data/examples/clinician.yaml', 'medical');
    cn = advise('data/examples/clinician.yaml', 'medical', ['--region', 'cn']);
  });

  it('says which region it assumed, and none without one', () => {
    expect(none.region).toBeNull();
    expect(cn.region).toBe('cn');
  });

  it('asks for the PRC AI rules instead of the EU AI Act, at the same ETR', () => {
    const [before, after] = [resultOf(none, 'head-of-clinical-ai-safety'), resultOf(cn, 'head-of-clinical-ai-safety')];
    expect(needs(before)).toContain('eu-ai-act');
    expect(needs(before)).not.toContain('prc-ai-regulation');
    expect(needs(after)).toContain('prc-ai-regulation');
    expect(needs(after)).not.toContain('eu-ai-act');
    expect(after.etr).toEqual(before.etr);
  });

  it('gives the project for China, and the references of China and of everywhere', () => {
    const [before, after] = [show('clinical-ai-product-manager'), show('clinical-ai-product-manager', ['--region', 'cn'])];
    expect(before.portfolioProject).toContain('EU MDR Rule 11');
    expect(after.portfolioProject).toContain('NMPA');
    expect(after.portfolioProject).not.toContain('EU MDR');
    expect(after.region).toBe('cn');
    expect(before.domain.references.some((r) => r.region?.includes('eu'))).toBe(true);
    expect(after.domain.references.every((r) => r.region === undefined || r.region.includes('cn'))).toBe(true);
    expect(after.domain.references.map((r) => r.title).join('\n')).toContain('NMPA');
  });
});

describe('--region cn on a content role', () => {
  it('turns the EU AI Act gap into a PRC rules gap and adds China\'s labelling strategy', () => {
    const none = resultOf(advise('data/examples/copywriter.yaml', 'content'), 'ai-video-producer');
    const cn = resultOf(advise('data/examples/copywriter.yaml', 'content', ['--region', 'cn']), 'ai-video-producer');
    expect(needs(none)).toContain('eu-ai-act');
    expect(needs(cn)).toContain('prc-ai-regulation');
    expect(needs(cn)).not.toContain('eu-ai-act');
    expect(cn.strategies.at(-1)).toContain('GB 45438-2025');
    expect(none.strategies.join('\n')).not.toContain('GB 45438-2025');
  });

  it('lists the Chinese references and not the EU AI Act in `show`', () => {
    const shown = show('ai-video-producer', ['--region', 'cn']);
    const titles = shown.domain.references.map((r) => r.title).join('\n');
    expect(titles).toContain('人工智能生成合成内容标识办法');
    expect(titles).not.toContain('AI Act');
    expect(shown.skills.map((s) => s.skill)).toContain('prc-ai-regulation');
  });
});

describe('--region with a catalog that marks nothing as regional', () => {
  const profile = 'name: Ana\nriskAppetite: medium\nskills: { python: 3, prompt-engineering: 2 }\n';
  const run = (extra: string[]) => runEtr(['advise', '--catalog', fixture('valid-minimal'), '--profile', '-', '--format', 'json', ...extra], { stdin: profile });

  it('changes nothing but the region the report names', () => {
    const none = json<Report>(run([]));
    for (const region of ['eu', 'us', 'cn'] as const) {
      const regional = json<Report>(run(['--region', region]));
      expect(regional.region).toBe(region);
      expect({ ...regional, region: null }).toEqual(none);
    }
  });

  it('shows the same role in every region', () => {
    const base = json<Shown>(runEtr(['show', 'clinical-nlp-engineer', '--catalog', fixture('valid-minimal'), '--format', 'json']));
    const cn = json<Shown>(runEtr(['show', 'clinical-nlp-engineer', '--catalog', fixture('valid-minimal'), '--format', 'json', '--region', 'cn']));
    expect({ ...cn, region: null }).toEqual(base);
  });
});

describe('where the region comes from', () => {
  const profile = (region?: string) => `name: Li Na\nriskAppetite: low\n${region ? `region: ${region}\n` : ''}skills: { python: 3 }\n`;
  const regionOf = (args: string[], env: Record<string, string> = {}, region?: string) =>
    json<Report>(runEtr(['advise', '--profile', '-', '--top', '1', '--format', 'json', ...args], { env, stdin: profile(region) })).region;

  it('reads ETR_REGION, and the profile\'s region', () => {
    expect(regionOf([], { ETR_REGION: 'cn' })).toBe('cn');
    expect(regionOf([], {}, 'us')).toBe('us');
  });

  it('takes --region over ETR_REGION, and ETR_REGION over the profile', () => {
    expect(regionOf(['--region', 'us'], { ETR_REGION: 'cn' }, 'eu')).toBe('us');
    expect(regionOf([], { ETR_REGION: 'cn' }, 'eu')).toBe('cn');
    expect(regionOf([], { ETR_REGION: '' }, 'eu')).toBe('eu');
  });

  it('refuses an unknown region, naming the known ones', () => {
    const env = runEtr(['advise', '--profile', 'data/examples/clinician.yaml'], { env: { ETR_REGION: 'mars' } });
    expect(env.code).toBe(2);
    expect(env.stderr).toContain('ETR_REGION "mars": unknown region');
    expect(env.stderr).toContain('eu, us, cn');
    const flag = runEtr(['show', 'prompt-engineer', '--region', 'EU']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('eu, us, cn');
  });

  it('names the region in every format and in plan, match and batch output', () => {
    const text = runEtr(['advise', '--profile', 'data/examples/clinician.yaml', '--top', '1', '--region', 'cn']).stdout;
    expect(text).toMatch(/region\s+China \(cn\): /);
    expect(runEtr(['advise', '--profile', 'data/examples/clinician.yaml', '--top', '1', '--region', 'cn', '--lang', 'zh']).stdout).toMatch(/地区\s+中国（/);
    expect(runEtr(['advise', '--profile', 'data/examples/clinician.yaml', '--top', '1', '--format', 'markdown', '--region', 'us']).stdout).toContain('- **Region:** United States (us): ');
    expect(json<{ region: string }>(runEtr(['plan', '--profile', 'data/examples/clinician.yaml', '--format', 'json', '--region', 'cn'])).region).toBe('cn');
    expect(json<{ region: string }>(runEtr(['plan', '--profile', 'data/examples/clinician.yaml', '--leverage', '--format', 'json', '--region', 'cn'])).region).toBe('cn');
    expect(json<{ region: string }>(runEtr(['match', '--job', '-', '--format', 'json', '--region', 'us'], { stdin: 'Clinical NLP engineer\nPython required\n' })).region).toBe('us');
    const batch = runEtr(['advise', '--batch', '-', '--top', '1', '--region', 'cn'], { stdin: '{"name":"A","skills":{"python":3}}\n{"name":"B","region":"us","skills":{"python":3}}\n' });
    expect(batch.code).toBe(0);
    expect(batch.stdout.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { region?: string }).region)).toEqual(['cn', 'cn']);
    const own = runEtr(['advise', '--batch', '-', '--top', '1'], { stdin: '{"name":"A","skills":{"python":3}}\n{"name":"B","region":"us","skills":{"python":3}}\n' });
    expect(own.stdout.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { region?: string }).region)).toEqual([undefined, 'us']);
  });
});
