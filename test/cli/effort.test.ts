import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { runEtr } from '../helpers/run-etr.js';
import { workDir } from '../helpers/work-dir.js';

/** Time to ready: every result says how many level steps, hours and weeks, in every format. */
const { dir: work } = workDir('effort');
const nurse = 'test/fixtures/panel/nurse.yaml';
const json = (args: string[]) => JSON.parse(runEtr([...args, '--format', 'json']).stdout) as Report;

describe('time to ready in etr advise', () => {
  it('gives each result its steps, hours and weeks to ready, and to stretch for a long shot', () => {
    const report = json(['advise', '--profile', nurse]);
    expect(report.profile.hoursPerWeek).toBe(5);
    for (const r of report.results) {
      const { ready, stretch } = r.effort;
      expect(ready.weeks).toBe(Math.ceil(ready.hours! / 5));
      if (r.readiness === 'ready') expect(ready.steps).toBe(0);
      else expect(ready.steps).toBeGreaterThan(0);
      expect(stretch === null).toBe(r.readiness !== 'long-shot');
      if (stretch) expect(stretch.hours!).toBeLessThanOrEqual(ready.hours!);
      // Every gap that stands between the person and ready is at least one step.
      expect(ready.steps).toBeLessThanOrEqual(r.gaps.reduce((sum, g) => sum + g.need - g.have, 0));
    }
  });

  it('turns hours into weeks at --hours-per-week, or the profile\'s hoursPerWeek', () => {
    const base = json(['advise', '--profile', nurse]).results[0]!.effort.ready;
    const faster = json(['advise', '--profile', nurse, '--hours-per-week', '20']);
    expect(faster.profile.hoursPerWeek).toBe(20);
    expect(faster.results[0]!.effort.ready).toEqual({ ...base, weeks: Math.ceil(base.hours! / 20) });
    const file = join(work, 'busy.yaml');
    writeFileSync(file, 'name: Busy\nriskAppetite: low\nhoursPerWeek: 2\nskills: { nursing: 5, clinical knowledge: 4, medical terminology: 4 }\n');
    expect(json(['advise', '--profile', file]).profile.hoursPerWeek).toBe(2);
    for (const bad of ['0', '81', 'x']) expect(runEtr(['advise', '--profile', nurse, '--hours-per-week', bad]).code).toBe(2);
    writeFileSync(file, 'name: Busy\nriskAppetite: low\nhoursPerWeek: 0\nskills: { nursing: 5 }\n');
    const invalid = runEtr(['advise', '--profile', file]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/busy\.yaml:3:\d+ .*hoursPerWeek/);
  });

  it('says the years of experience a role asks, where skills are not all that remains', () => {
    const file = join(work, 'young.yaml');
    writeFileSync(file, 'name: Young\nriskAppetite: medium\nexperienceYears: 1\nskills: { python: 5, machine learning: 5, deep learning: 5, software engineering: 5, PyTorch: 5, MLOps: 4, model serving: 4 }\n');
    const report = json(['advise', '--profile', file, '--domain', 'ai-platforms', '--top', '20']);
    const senior = report.results.find((r) => r.role.id === 'senior-ml-engineer')!;
    expect(senior.effort.yearsShort).toBe(4);
    expect(runEtr(['advise', '--profile', file, '--domain', 'ai-platforms', '--top', '20']).stdout.replace(/\s+/g, ' ')).toContain('4 more years of experience, which the seniority asks');
  });

  it('is in text, markdown and HTML, in English and Chinese', () => {
    const first = json(['advise', '--profile', nurse]).results[0]!.effort.ready;
    const sentence = `about ${first.weeks} weeks to ready (${first.hours} h, ${first.steps} level steps)`;
    expect(runEtr(['advise', '--profile', nurse]).stdout.replace(/\s+/g, ' ')).toContain(sentence);
    expect(runEtr(['advise', '--profile', nurse, '--format', 'markdown']).stdout).toContain(`**Time:** ${sentence}`);
    expect(runEtr(['advise', '--profile', nurse, '--format', 'html']).stdout).toContain(sentence);
    expect(runEtr(['advise', '--profile', nurse, '--lang', 'zh']).stdout.replace(/\s+/g, '')).toContain(`约${first.weeks}周可达到“可投递”（共${first.hours}小时，提升${first.steps}级）`);
  });
});

describe('hours and weeks in etr plan', () => {
  it('gives each step its hours and resources in JSON, one line a skill in text and markdown, and the total at --hours-per-week', () => {
    const plan = JSON.parse(runEtr(['plan', '--profile', nurse, '--hours-per-week', '10', '--format', 'json']).stdout);
    expect(plan.hoursPerWeek).toBe(10);
    expect(plan.totalHours).toBe(plan.steps.reduce((sum: number, s: { hours: number }) => sum + s.hours, 0));
    expect(plan.totalWeeks).toBe(Math.ceil(plan.totalHours / 10));
    for (const step of plan.steps) expect(step.resources[0].url).toMatch(/^https:\/\//);
    const text = runEtr(['plan', '--profile', nurse, '--hours-per-week', '10']).stdout;
    expect(text).toContain(`In all: about ${plan.totalHours} h, ${plan.totalWeeks} weeks at 10 h a week (estimates).`);
    const markdown = runEtr(['plan', '--profile', nurse, '--format', 'markdown']).stdout;
    expect(markdown).toContain('| # | Upgrade | Gain | Hours (estimate) | Serves | Readiness changes | Where to learn |');
    expect(markdown).toContain(plan.steps[0].resources[0].url);
  });
});
