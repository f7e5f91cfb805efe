import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanReport, LeverageReport } from '../../src/report/plan.js';
import type { Report } from '../../src/report/types.js';
import { runEtr, type RunResult } from '../helpers/run-etr.js';

/*
 * `etr plan` and `etr advise --compare` end to end on the example profiles. Each command runs once
 * in a beforeAll; the assertions read those runs.
 */
const example = (name: string) => `data/examples/${name}.yaml`;
const points = (value: number) => String(Math.round(value * 100));
const readinessOrder = ['long-shot', 'stretch', 'ready'];

function json<T>(result: RunResult): T {
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as T;
}

describe('etr plan --profile data/examples/teacher.yaml', () => {
  let text: RunResult;
  let plan: PlanReport;
  let advice: Report;

  beforeAll(() => {
    text = runEtr(['plan', '--profile', example('teacher'), '--steps', '20']);
    plan = json<PlanReport>(runEtr(['plan', '--profile', example('teacher'), '--steps', '20', '--format', 'json']));
    advice = json<Report>(runEtr(['advise', '--profile', example('teacher'), '--top', '3', '--format', 'json']));
  });

  it('plans toward the top three roles of etr advise', () => {
    expect(plan.targets.map((t) => t.role)).toEqual(advice.results.map((r) => r.role.id));
    expect(plan.targets.map((t) => t.role)).toEqual(['assessment-item-writer', 'ai-learning-designer', 'ai-tutor-content-reviewer']);
    for (const [i, t] of plan.targets.entries()) {
      expect(t.scoreBefore).toBe(advice.results[i]!.score);
      expect(t.readinessBefore).toBe(advice.results[i]!.readiness);
    }
  });

  it('json: steps chain one level at a time from the profile, each serving named targets', () => {
    const levels: Record<string, number> = { ...advice.profile.skills };
    const targets = plan.targets.map((t) => t.role);
    let scores = Object.fromEntries(plan.targets.map((t) => [t.role, t.scoreBefore]));
    let readiness = Object.fromEntries(plan.targets.map((t) => [t.role, t.readinessBefore]));
    for (const [i, step] of plan.steps.entries()) {
      expect(step.step).toBe(i + 1);
      expect(step.from).toBe(levels[step.skill] ?? 0);
      expect(step.to).toBe(step.from + 1);
      expect(step.to).toBeLessThanOrEqual(5);
      levels[step.skill] = step.to;
      expect(Object.keys(step.scoreAfter).sort()).toEqual([...targets].sort());
      expect(Object.keys(step.readinessAfter).sort()).toEqual([...targets].sort());
      expect(step.serves.length).toBeGreaterThan(0);
      // It serves exactly the targets whose score rose, at least one of them not yet ready.
      expect(step.serves).toEqual(targets.filter((id) => step.scoreAfter[id]! > scores[id]!));
      expect(step.serves.some((id) => readiness[id] !== 'ready')).toBe(true);
      const gain = targets.reduce((sum, id) => sum + step.scoreAfter[id]! - scores[id]!, 0);
      expect(Math.abs(step.gain - gain)).toBeLessThan(3e-4);
      for (const id of targets) expect(readinessOrder.indexOf(step.readinessAfter[id]!)).toBeGreaterThanOrEqual(readinessOrder.indexOf(readiness[id]!));
      expect(step.readinessChanges).toEqual(targets.filter((id) => step.readinessAfter[id] !== readiness[id]).map((id) => ({ role: id, from: readiness[id], to: step.readinessAfter[id] })));
      scores = step.scoreAfter;
      readiness = step.readinessAfter;
    }
  });

  it('json: reaches every target, and the final scores are those after the last step', () => {
    expect(plan.schemaVersion).toBe(1);
    expect(plan.profile).toEqual({ name: 'Jonas Weber' });
    expect(plan).toMatchObject({ reached: true, stoppedBecause: 'all-ready' });
    expect(plan.steps).toHaveLength(13);
    // The hours add up, and the weeks are at the profile's 5 hours a week.
    expect(plan.totalHours).toBe(plan.steps.reduce((sum, s) => sum + s.hours!, 0));
    expect(plan.totalWeeks).toBe(Math.ceil(plan.totalHours! / 5));
    const last = plan.steps.at(-1)!;
    expect(plan.finalScores).toEqual(last.scoreAfter);
    for (const t of plan.targets) {
      expect(t.scoreAfter).toBe(last.scoreAfter[t.role]);
      expect(t.readinessAfter).toBe('ready');
    }
    // Quick win first: one level of data annotation makes the tutor content reviewer a stretch.
    expect(plan.steps.slice(0, 5).map((s) => `${s.skill} ${s.from}→${s.to}`)).toEqual(['data-annotation 0→1', 'ai-output-rating 0→1', 'ai-output-rating 1→2', 'editing-proofreading 0→1', 'llm-fundamentals 0→1']);
    expect(plan.steps[0]!.readinessChanges).toEqual([{ role: 'ai-tutor-content-reviewer', from: 'long-shot', to: 'stretch' }]);
    expect(plan.steps[4]!.readinessChanges).toEqual([{ role: 'ai-tutor-content-reviewer', from: 'stretch', to: 'ready' }]);
    for (const step of plan.steps) expect(step.resources.length, step.skill).toBeGreaterThan(0);
  });

  it('text: lists the targets, the steps (each skill on one line) with gains, hours, what they serve and where to learn, and the total', () => {
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('');
    const lines = text.stdout.split('\n');
    expect(lines[0]).toBe('Learning plan for Jonas Weber');
    for (const t of plan.targets) {
      expect(text.stdout).toMatch(new RegExp(`^  ${t.title.replace(/[()]/g, '\\$&')} +${points(t.scoreBefore)} ${t.readinessBefore} → ${points(t.scoreAfter)} ${t.readinessAfter}$`, 'm'));
    }
    // ai-output-rating 0→1 and 1→2 (steps 2 and 3) are one line, with their hours at 5 h a week.
    const [second, third] = [plan.steps[1]!, plan.steps[2]!];
    const hours = second.hours! + third.hours!;
    const head = lines.findIndex((l) => l.startsWith(`  2–3. ${second.name} 0 → 2  +${points(second.gain + third.gain)}  about ${hours} h, ${Math.ceil(hours / 5)} week`));
    expect(head, text.stdout).toBeGreaterThan(0);
    expect(lines[head + 1]!.trim()).toMatch(/^serves /);
    expect(lines.slice(head, head + 8).some((l) => l.includes(`learn: ${second.resources[0]!.title}`))).toBe(true);
    const end = text.stdout.trimEnd().split('\n');
    expect(end.at(-2)).toBe('Reached: every target role is ready.');
    expect(end.at(-1)).toBe(`In all: about ${plan.totalHours} h, ${plan.totalWeeks} weeks at 5 h a week (estimates).`);
  });
});

describe('etr plan options', () => {
  let target: PlanReport;
  let targetText: RunResult;
  let limited: PlanReport;
  let unknown: RunResult;

  beforeAll(() => {
    target = json<PlanReport>(runEtr(['plan', '--profile', example('teacher'), '--target', 'prompt-engineer', '--steps', '3', '--format', 'json']));
    targetText = runEtr(['plan', '--profile', example('teacher'), '--target', 'prompt-engineer', '--steps', '3']);
    limited = json<PlanReport>(runEtr(['plan', '--profile', example('clinician'), '--steps', '2', '--format', 'json']));
    unknown = runEtr(['plan', '--profile', example('teacher'), '--target', 'prompt-enginer']);
  });

  it('--target plans toward the named role only', () => {
    expect(target.targets.map((t) => t.role)).toEqual(['prompt-engineer']);
    expect(target.targets[0]).toMatchObject({ title: 'Prompt Engineer', readinessBefore: 'long-shot' });
    // The cheapest way to stretch: essential LLM evaluation first; with the statistics her data
    // analysis implies, three steps make the teacher one.
    expect(target.steps.map((s) => `${s.skill} ${s.from}→${s.to}`)).toEqual(['llm-evaluation 0→1', 'llm-fundamentals 0→1', 'technical-writing 0→1']);
    for (const step of target.steps) expect(step.serves).toEqual(['prompt-engineer']);
    expect(target.targets[0]).toMatchObject({ readinessAfter: 'stretch' });
    expect(targetText.code).toBe(0);
    expect(targetText.stdout).toContain('Prompt Engineer');
  });

  it('--steps limits the plan and says so', () => {
    expect(target.steps).toHaveLength(3);
    expect(target).toMatchObject({ reached: false, stoppedBecause: 'step-limit' });
    expect(limited.steps.map((s) => s.step)).toEqual([1, 2]);
    expect(limited).toMatchObject({ reached: false, stoppedBecause: 'step-limit' });
    expect(targetText.stdout.trimEnd().split('\n')).toContain('Not reached: the step limit was reached (--steps).');
  });

  it('an unknown --target is a usage error with a suggestion', () => {
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('--target prompt-enginer: no such role');
    expect(unknown.stderr).toContain('did you mean "prompt-engineer"?');
    expect(unknown.stderr).not.toContain('    at ');
  });
});

describe('etr plan --leverage', () => {
  let report: LeverageReport;
  let text: RunResult;

  beforeAll(() => {
    report = json<LeverageReport>(runEtr(['plan', '--profile', example('teacher'), '--leverage', '--format', 'json']));
    text = runEtr(['plan', '--profile', example('teacher'), '--leverage', '--top', '3']);
  });

  it('json: lists up to ten skills, most roles brought closer first, with their counts', () => {
    expect(report.leverage).toHaveLength(10);
    expect(report.leverage[0]).toMatchObject({ skill: 'llm-fundamentals', from: 0, to: 1, rolesImproved: 1, rolesReady: 0, roles: ['ai-tutor-content-reviewer'] });
    expect(report.leverage[1]).toMatchObject({ skill: 'ai-output-rating', from: 0, to: 1, rolesImproved: 1 });
    const improved = report.leverage.map((e) => e.rolesImproved);
    expect(improved).toEqual([...improved].sort((a, b) => b - a));
    for (const e of report.leverage) {
      expect(e.to).toBe(e.from + 1);
      expect(e.roles).toHaveLength(e.rolesImproved);
      expect(e.rolesReady).toBeLessThanOrEqual(e.rolesImproved);
      expect(e.rolesRaised).toBeGreaterThanOrEqual(e.rolesImproved);
      expect(e.rolesRaised).toBeLessThanOrEqual(165);
    }
  });

  it('text: a table of skills with their counts, cut to --top', () => {
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('');
    const lines = text.stdout.split('\n');
    expect(lines[0]).toBe('Skills that open the most doors for Jonas Weber');
    expect(lines[1]).toBe("  Region: none given; where rules differ by region, the catalog's EU defaults apply");
    expect(lines[3]).toMatch(/^SKILL\s+UPGRADE\s+HOURS\s+ROLES CLOSER\s+NOW READY\s+SCORES UP\s+WHICH$/);
    const first = report.leverage[0]!;
    expect(first.hours).toBeGreaterThan(0);
    expect(lines[4]).toMatch(new RegExp(`^LLM fundamentals\\s+0 → 1\\s+${first.hours}\\s+1\\s+0\\s+${first.rolesRaised}\\s+ai-tutor-content-reviewer$`));
    expect(lines.slice(4, 8).filter((l) => /→/.test(l))).toHaveLength(3);
  });
});

describe('etr advise --compare', () => {
  let setText: RunResult;
  let set: Report;
  let risk: Report;
  let riskMarkdown: RunResult;

  beforeAll(() => {
    const base = ['advise', '--profile', example('teacher'), '--top', '5', '--compare'];
    setText = runEtr([...base, '--set', 'editing-proofreading=3']);
    set = json<Report>(runEtr([...base, '--set', 'editing-proofreading=3', '--format', 'json']));
    risk = json<Report>(runEtr([...base, '--risk', 'high', '--format', 'json']));
    riskMarkdown = runEtr([...base, '--risk', 'high', '--format', 'markdown']);
  });

  it('--set: the role that needs the skill moves up, the one it passes moves down', () => {
    expect(set.comparison!.changes).toEqual(['--set editing-proofreading=3']);
    const moves = Object.fromEntries(set.comparison!.roles.map((c) => [c.role, c]));
    expect(moves['ai-content-editor-fact-checker']).toMatchObject({ movement: 'up', before: { rank: 5 }, after: { rank: 3 } });
    expect(moves['ai-content-editor-fact-checker']!.delta).toBeGreaterThan(0.1);
    expect(moves['assessment-item-writer']).toMatchObject({ movement: 'down', before: { rank: 1 }, after: { rank: 2 }, delta: 0 });
    expect(set.results.map((r) => r.role.id).slice(0, 3)).toEqual(['ai-tutor-content-reviewer', 'assessment-item-writer', 'ai-content-editor-fact-checker']);
  });

  it('--set: the text shows each movement with ranks, scores and the change', () => {
    expect(setText.code).toBe(0);
    expect(setText.stderr).toBe('');
    const block = setText.stdout.split('\n\n').at(-1)!.split('\n');
    expect(block[0]).toBe('What if: --set editing-proofreading=3 against your profile as written');
    const row = block.find((l) => l.includes('AI Content Editor'))!;
    const before = Math.round(set.comparison!.roles.find((c) => c.role === 'ai-content-editor-fact-checker')!.before!.score * 100);
    const after = Math.round(set.comparison!.roles.find((c) => c.role === 'ai-content-editor-fact-checker')!.after!.score * 100);
    expect(row).toBe(`  ↑ #5 → #3    ${before} → ${after}    +${after - before}  AI Content Editor / Fact-Checker (up)`);
    expect(block.find((l) => l.includes('Assessment Item Writer'))).toMatch(/^ {2}↓ #1 → #2 .* ±0 +Assessment Item Writer \(AI-assisted\) \(down\)$/);
  });

  it('--risk high: roles enter and leave the top five', () => {
    expect(risk.comparison!.changes).toEqual(['--risk high']);
    expect(risk.comparison!.roles.map((c) => `${c.role} ${c.movement}`)).toEqual([
      'assessment-item-writer same',
      'ai-learning-designer same',
      'ai-tutor-content-reviewer same',
      'ai-copywriter entered',
      'ai-tutor-learning-designer entered',
      'assessment-ai-specialist left',
      'ai-content-editor-fact-checker left',
    ]);
    const entered = risk.comparison!.roles.find((c) => c.movement === 'entered')!;
    expect(entered).toMatchObject({ before: null, after: { rank: 4 } });
    // A looser appetite raises the assessment specialist too, but the copywriter rises more and takes its place.
    const left = risk.comparison!.roles.find((c) => c.movement === 'left')!;
    expect(left).toMatchObject({ role: 'assessment-ai-specialist', before: { rank: 4 }, after: null });
    expect(entered.delta).toBeGreaterThan(left.delta);
    expect(riskMarkdown.code).toBe(0);
    expect(riskMarkdown.stdout).toContain('## What if: --risk high\n\n| Role | Before | After | Change | Movement |');
    expect(riskMarkdown.stdout).toMatch(/^\| AI Copywriter \| — \| #4 \(\d+\) \| \+\d+ \| entered \|$/m);
    expect(riskMarkdown.stdout).toMatch(/^\| AI Content Editor \/ Fact-Checker \| #5 \(\d+\) \| — \| \+\d+ \| left \|$/m);
  });
});

describe('etr plan with nothing to plan toward', () => {
  it('is a usage error (2) when the profile excludes every domain, not an empty "reached"', () => {
    const domains = (JSON.parse(runEtr(['catalog', 'domains', '--format', 'json']).stdout) as { id: string }[]).map((d) => d.id);
    const profile = `name: X\nriskAppetite: low\nskills: { python: 2 }\nexclude: [${domains.join(', ')}]\n`;
    const result = runEtr(['plan', '--profile', '-'], { stdin: profile });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('no role to plan toward: the profile excludes every domain');
  });
});
