import { messages } from '../report/i18n.js';
import type { Palette } from '../core/palette.js';
import { weeksAt } from '../model/hours.js';
import type { LeverageReport, PlanReport } from '../report/plan.js';
import { escape, table } from './markdown.js';
import { padEnd, renderTable } from './table.js';
import { wrap } from './text-layout.js';

/** `etr plan` and `etr plan --leverage` as text and markdown. */

const points = (value: number) => String(Math.round(value * 100));

type PlanStepReport = PlanReport['steps'][number];

/** Consecutive steps of one skill, shown as one line ("Conversation design 0 → 4"). */
export function stepGroups(steps: readonly PlanStepReport[]): PlanStepReport[][] {
  const groups: PlanStepReport[][] = [];
  for (const step of steps) {
    const last = groups.at(-1);
    if (last !== undefined && last.at(-1)!.skill === step.skill) last.push(step);
    else groups.push([step]);
  }
  return groups;
}

/** "about 40 h, 8 weeks at 5 h a week", or nothing where the hours are unknown. */
function hoursText(hours: number | null, hoursPerWeek: number): string {
  return hours === null ? '' : `about ${hours} h, ${weeksAt(hours, hoursPerWeek)} week${weeksAt(hours, hoursPerWeek) === 1 ? '' : 's'} at ${hoursPerWeek} h a week`;
}

function groupHours(group: readonly PlanStepReport[]): number | null {
  return group.some((s) => s.hours === null) ? null : group.reduce((sum, s) => sum + s.hours!, 0);
}

const stopText: Record<PlanReport['stoppedBecause'], string> = {
  'all-ready': 'every target role is ready',
  'no-gain': 'no skill upgrade moves a target further',
  'step-limit': 'the step limit was reached (--steps)',
};

/** Why a target whose skills are all there is still not ready: no plan of skills can say it otherwise. */
function experienceNotes(report: PlanReport): string[] {
  return report.targets
    .filter((t) => t.yearsNeeded !== null)
    .map((t) => `${t.title}: every skill requirement is met; the role asks for at least ${t.yearsNeeded} years of experience.`);
}

/** Which region's rules the roles' requirements follow (the plan is in English for now). */
function regionLine(region: PlanReport['region']): string {
  const { region: words } = messages('en');
  return `${words.markdown} ${words.line(region)}`;
}

export function renderPlanText(report: PlanReport, palette: Palette, width: number): string {
  const titles = new Map(report.targets.map((t) => [t.role, t.title]));
  const lines = [palette.bold(`Learning plan for ${report.profile.name}`), wrap(regionLine(report.region), width, '  ', '  '), '', palette.bold('Targets')];
  for (const t of report.targets) {
    lines.push(`  ${padEnd(t.title, 44)} ${points(t.scoreBefore)} ${t.readinessBefore} → ${points(t.scoreAfter)} ${t.readinessAfter}`);
  }
  lines.push('', palette.bold('Steps (hours are estimates)'));
  if (report.steps.length === 0) lines.push('  none');
  for (const group of stepGroups(report.steps)) {
    const first = group[0]!;
    const last = group.at(-1)!;
    const number = group.length === 1 ? `${first.step}` : `${first.step}–${last.step}`;
    const gain = group.reduce((sum, s) => sum + s.gain, 0);
    const hours = hoursText(groupHours(group), report.hoursPerWeek);
    lines.push(`${number.padStart(5)}. ${first.name} ${first.from} → ${last.to}  ${palette.green(`+${points(gain)}`)}${hours ? `  ${palette.dim(hours)}` : ''}`);
    const served = [...new Set(group.flatMap((s) => s.serves))];
    const serves = served.map((id) => `${titles.get(id)} ${points(last.scoreAfter[id]!)}`).join(' · ');
    lines.push(wrap(`serves ${serves}`, width, '         ', '         '));
    for (const change of group.flatMap((s) => s.readinessChanges)) lines.push(palette.yellow(`         ${titles.get(change.role)}: ${change.from} → ${change.to}`));
    for (const r of first.resources) lines.push(wrap(`learn: ${r.title} (${r.kind}, ${r.lang}, ${r.free ? 'free' : 'paid'}) ${r.url}`, width, '           ', '         '));
  }
  lines.push('', `${report.reached ? palette.green('Reached:') : palette.yellow('Not reached:')} ${stopText[report.stoppedBecause]}.`);
  if (report.totalHours !== null && report.steps.length > 0) lines.push(`In all: ${hoursText(report.totalHours, report.hoursPerWeek)} (estimates).`);
  for (const note of experienceNotes(report)) lines.push(wrap(note, width, '  ', '  '));
  return lines.join('\n');
}

export function renderPlanMarkdown(report: PlanReport): string {
  const titles = new Map(report.targets.map((t) => [t.role, t.title]));
  // Names and titles come from the profile and the catalog: escaped, so they stay text.
  const lines = [
    `# Learning plan for ${escape(report.profile.name)}`,
    '',
    escape(`${regionLine(report.region)}.`),
    '',
    table(
      ['Target', 'Before', 'After'],
      report.targets.map((t) => [t.title, `${points(t.scoreBefore)} (${t.readinessBefore})`, `${points(t.scoreAfter)} (${t.readinessAfter})`]),
    ),
    '',
    table(
      ['#', 'Upgrade', 'Gain', 'Hours (estimate)', 'Serves', 'Readiness changes', 'Where to learn'],
      stepGroups(report.steps).map((group) => {
        const first = group[0]!;
        const last = group.at(-1)!;
        return [
          group.length === 1 ? String(first.step) : `${first.step}–${last.step}`,
          `${first.name} ${first.from} → ${last.to}`,
          `+${points(group.reduce((sum, s) => sum + s.gain, 0))}`,
          groupHours(group) === null ? '—' : String(groupHours(group)),
          [...new Set(group.flatMap((s) => s.serves))].map((id) => titles.get(id) ?? id).join(', '),
          group.flatMap((s) => s.readinessChanges).map((c) => `${titles.get(c.role) ?? c.role}: ${c.from} → ${c.to}`).join('; ') || '—',
          // Cells are escaped, so a link is written out: GitHub and most viewers link a bare URL.
          first.resources.map((r) => `${r.title} ${r.url}`).join('; ') || '—',
        ];
      }),
    ),
    '',
    `${report.reached ? '**Reached:**' : '**Not reached:**'} ${stopText[report.stoppedBecause]}.`,
    ...(report.totalHours !== null && report.steps.length > 0 ? ['', `In all: ${hoursText(report.totalHours, report.hoursPerWeek)} (estimates).`] : []),
    ...experienceNotes(report).map((note) => `\n${escape(note)}`),
    '',
  ];
  return lines.join('\n');
}

export function renderLeverageText(report: LeverageReport, palette: Palette, width: number): string {
  const header = `${palette.bold(`Skills that open the most doors for ${report.profile.name}`)}\n${wrap(regionLine(report.region), width, '  ', '  ')}`;
  if (report.leverage.length === 0) return `${header}\n\nNo single one-level upgrade changes any role's readiness.`;
  return `${header}\n\n${renderTable(
    [{ header: 'SKILL' }, { header: 'UPGRADE' }, { header: 'HOURS', align: 'right' }, { header: 'ROLES CLOSER', align: 'right' }, { header: 'NOW READY', align: 'right' }, { header: 'SCORES UP', align: 'right' }, { header: 'WHICH' }],
    report.leverage.map((e) => [e.name, `${e.from} → ${e.to}`, e.hours === null ? '—' : String(e.hours), String(e.rolesImproved), String(e.rolesReady), String(e.rolesRaised), e.roles.slice(0, 3).join(', ') + (e.roles.length > 3 ? ', …' : '')]),
    palette,
    width,
  )}\n\n${wrap('ROLES CLOSER counts the roles whose readiness improves by a step (long-shot → stretch, stretch → ready) with that one upgrade; NOW READY those that become ready; SCORES UP the roles whose score rises at all; HOURS the catalog estimate for that one level.', width, '', '')}`;
}

export function renderLeverageMarkdown(report: LeverageReport): string {
  return [
    `# Skills that open the most doors for ${escape(report.profile.name)}`,
    '',
    escape(`${regionLine(report.region)}.`),
    '',
    table(
      ['Skill', 'Upgrade', 'Hours (estimate)', 'Roles closer', 'Now ready', 'Scores up', 'Which'],
      report.leverage.map((e) => [e.name, `${e.from} → ${e.to}`, e.hours === null ? '—' : String(e.hours), String(e.rolesImproved), String(e.rolesReady), String(e.rolesRaised), e.roles.join(', ') || '—']),
    ),
    '',
  ].join('\n');
}
