import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { runEtr } from '../helpers/run-etr.js';

/* Implied skills end to end: a rated skill credits what the catalog says it implies, and every format says so. */
const profile = 'name: Dev\nriskAppetite: medium\nskills:\n  software engineering: 4\n  version control: 1\n';

describe('etr advise with skills a rated one implies', () => {
  const json = runEtr(['advise', '--profile', '-', '--domain', 'ai-platforms', '--format', 'json', '--top', '20'], { stdin: profile });
  const report = JSON.parse(json.stdout) as Report;

  it('credits API integration 3 from software engineering 4, and keeps the level the person gave version control', () => {
    expect(json.code).toBe(0);
    expect(report.profile.skills).toMatchObject({ 'software-engineering': 4, 'api-integration': 3, 'version-control': 1, 'software-testing': 2 });
    expect(report.profile.implied).toEqual({ 'api-integration': 'software-engineering', 'linux-command-line': 'software-engineering', 'software-testing': 'software-engineering' });
    const requirement = report.results.flatMap((r) => [...r.strengths, ...r.gaps]).find((r) => r.skill === 'api-integration');
    expect(requirement?.impliedBy).toEqual({ skill: 'software-engineering', name: 'Software engineering' });
  });

  it('says "implied" in text, and 推断 in Chinese', () => {
    const text = runEtr(['advise', '--profile', '-', '--domain', 'ai-platforms', '--top', '20'], { stdin: profile, env: { COLUMNS: '200' } });
    expect(text.stdout).toMatch(/implied {4}.*API integration 3 \(from Software engineering\)/);
    const zh = runEtr(['advise', '--profile', '-', '--domain', 'ai-platforms', '--top', '20', '--lang', 'zh'], { stdin: profile, env: { COLUMNS: '200' } });
    expect(zh.stdout).toMatch(/推断.*（由软件工程推断）/);
  });

  it('--set of the implying skill moves what it implies', () => {
    const set = JSON.parse(runEtr(['advise', '--profile', '-', '--format', 'json', '--set', 'software-engineering=2'], { stdin: profile }).stdout) as Report;
    expect(set.profile.skills['api-integration']).toBe(2);
  });
});
