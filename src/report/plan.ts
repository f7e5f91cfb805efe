import type { LeverageEntry } from '../engine/leverage.js';
import type { LearningPlan } from '../engine/plan.js';
import { escape, table } from './markdown.js';
import type { Palette } from './palette.js';
import { padEnd, renderTable } from './table.js';
import { wrap } from './text-layout.js';

/** The JSON contract of `etr plan`. */
export interface PlanReport {
  schemaVersion: number;
  profile: { name: string };
  targets: { role: string; title: string; scoreBefore: number; readinessBefore: string; scoreAfter: number; readinessAfter: string; yearsNeeded: number | null }[];
  steps: {
    step: number;
    skill: string;
    name: string;
    from: number;
    to: number;
    gain: number;
    serves: string[];
    scoreAfter: Record<string, number>;
    readinessAfter: Record<string, string>;
    readinessChanges: { role: string; from: string; to: string }[];
  }[];
  reached: boolean;
  stoppedBecause: LearningPlan['stoppedBecause'];
  finalScores: Record<string, number>;
}

export interface LeverageReport {
  schemaVersion: number;
  profile: { name: string };
  leverage: (LeverageEntry & { totalGain: number })[];
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;
const points = (value: number) => String(Math.round(value * 100));

export function planReport(plan: LearningPlan, name: string, skillName: (id: string) => string): PlanReport {
  return {
    schemaVersion: 1,
    profile: { name },
    targets: plan.targets.map((t) => ({ ...t, scoreBefore: round(t.scoreBefore), scoreAfter: round(t.scoreAfter) })),
    steps: plan.steps.map((s, i) => ({
      step: i + 1,
      skill: s.skill,
      name: skillName(s.skill),
      from: s.from,
      to: s.to,
      gain: round(s.gain),
      serves: s.serves,
      scoreAfter: Object.fromEntries(Object.entries(s.scoreAfter).map(([k, v]) => [k, round(v)])),
      readinessAfter: s.readinessAfter,
      readinessChanges: s.readinessChanges,
    })),
    reached: plan.reached,
    stoppedBecause: plan.stoppedBecause,
    finalScores: Object.fromEntries(plan.targets.map((t) => [t.role, round(t.scoreAfter)])),
  };
}

const stopText: Record<PlanReport['stoppedBecause'], string> = {
  'all-ready': 'every target role is ready',
  'no-gain': 'no further one-level upgrade raises a target score',
  'step-limit': 'the step limit was reached (--steps)',
};

/** Why a target whose skills are all there is still not ready: no plan of skills can say it otherwise. */
function experienceNotes(report: PlanReport): string[] {
  return report.targets
    .filter((t) => t.yearsNeeded !== null)
    .map((t) => `${t.title}: every skill requirement is met; the role asks for at least ${t.yearsNeeded} years of experience.`);
}

export function renderPlanText(report: PlanReport, palette: Palette, width: number): string {
  const titles = new Map(report.targets.map((t) => [t.role, t.title]));
  const lines = [palette.bold(`Learning plan for ${report.profile.name}`), '', palette.bold('Targets')];
  for (const t of report.targets) {
    lines.push(`  ${padEnd(t.title, 44)} ${points(t.scoreBefore)} ${t.readinessBefore} → ${points(t.scoreAfter)} ${t.readinessAfter}`);
  }
  lines.push('', palette.bold('Steps'));
  if (report.steps.length === 0) lines.push('  none');
  for (const step of report.steps) {
    const head = `${String(step.step).padStart(3)}. ${step.name} ${step.from} → ${step.to}  ${palette.green(`+${points(step.gain)}`)}`;
    lines.push(head);
    const serves = step.serves.map((id) => `${titles.get(id)} ${points(step.scoreAfter[id]!)}`).join(' · ');
    lines.push(wrap(`serves ${serves}`, width, '       ', '       '));
    for (const change of step.readinessChanges) lines.push(palette.yellow(`       ${titles.get(change.role)}: ${change.from} → ${change.to}`));
  }
  lines.push('', `${report.reached ? palette.green('Reached:') : palette.yellow('Not reached:')} ${stopText[report.stoppedBecause]}.`);
  for (const note of experienceNotes(report)) lines.push(wrap(note, width, '  ', '  '));
  return lines.join('\n');
}

export function renderPlanMarkdown(report: PlanReport): string {
  const titles = new Map(report.targets.map((t) => [t.role, t.title]));
  // Names and titles come from the profile and the catalog: escaped, so they stay text.
  const lines = [
    `# Learning plan for ${escape(report.profile.name)}`,
    '',
    table(
      ['Target', 'Before', 'After'],
      report.targets.map((t) => [t.title, `${points(t.scoreBefore)} (${t.readinessBefore})`, `${points(t.scoreAfter)} (${t.readinessAfter})`]),
    ),
    '',
    table(
      ['#', 'Upgrade', 'Gain', 'Serves', 'Readiness changes'],
      report.steps.map((s) => [
        String(s.step),
        `${s.name} ${s.from} → ${s.to}`,
        `+${points(s.gain)}`,
        s.serves.map((id) => titles.get(id) ?? id).join(', '),
        s.readinessChanges.map((c) => `${titles.get(c.role) ?? c.role}: ${c.from} → ${c.to}`).join('; ') || '—',
      ]),
    ),
    '',
    `${report.reached ? '**Reached:**' : '**Not reached:**'} ${stopText[report.stoppedBecause]}.`,
    ...experienceNotes(report).map((note) => `\n${escape(note)}`),
    '',
  ];
  return lines.join('\n');
}

export function leverageReport(entries: LeverageEntry[], name: string, top: number): LeverageReport {
  return { schemaVersion: 1, profile: { name }, leverage: entries.slice(0, top).map((e) => ({ ...e, totalGain: round(e.totalGain) })) };
}

export function renderLeverageText(report: LeverageReport, palette: Palette, width: number): string {
  const header = palette.bold(`Skills that open the most doors for ${report.profile.name}`);
  if (report.leverage.length === 0) return `${header}\n\nNo single one-level upgrade changes any role's readiness.`;
  return `${header}\n\n${renderTable(
    [{ header: 'SKILL' }, { header: 'UPGRADE' }, { header: 'ROLES CLOSER', align: 'right' }, { header: 'NOW READY', align: 'right' }, { header: 'SCORES UP', align: 'right' }, { header: 'WHICH' }],
    report.leverage.map((e) => [e.name, `${e.from} → ${e.to}`, String(e.rolesImproved), String(e.rolesReady), String(e.rolesRaised), e.roles.slice(0, 3).join(', ') + (e.roles.length > 3 ? ', …' : '')]),
    palette,
    width,
  )}\n\n${wrap('ROLES CLOSER counts the roles whose readiness improves by a step (long-shot → stretch, stretch → ready) with that one upgrade; NOW READY those that become ready; SCORES UP the roles whose score rises at all.', width, '', '')}`;
}

export function renderLeverageMarkdown(report: LeverageReport): string {
  return [
    `# Skills that open the most doors for ${escape(report.profile.name)}`,
    '',
    table(
      ['Skill', 'Upgrade', 'Roles closer', 'Now ready', 'Scores up', 'Which'],
      report.leverage.map((e) => [e.name, `${e.from} → ${e.to}`, String(e.rolesImproved), String(e.rolesReady), String(e.rolesRaised), e.roles.join(', ') || '—']),
    ),
    '',
  ].join('\n');
}
