import type { Palette } from '../core/palette.js';
import { weeksAt } from '../model/hours.js';
import type { Readiness } from '../model/readiness.js';
import { messages } from '../report/i18n.js';
import { catalogWords } from '../report/i18n/catalog-words.js';
import { planMessages, type PlanMessages } from '../report/i18n/plan.js';
import { localNames } from '../report/localized.js';
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
function hoursText(t: PlanMessages, hours: number | null, hoursPerWeek: number): string {
  return hours === null ? '' : t.hours(hours, weeksAt(hours, hoursPerWeek), hoursPerWeek);
}

function groupHours(group: readonly PlanStepReport[]): number | null {
  return group.some((s) => s.hours === null) ? null : group.reduce((sum, s) => sum + s.hours!, 0);
}

/** The words of the report's language, and the catalog's names in it. */
function wordsOf(report: { lang: PlanReport['lang']; localized: PlanReport['localized'] }) {
  const names = localNames(report.localized);
  return { t: planMessages(report.lang), m: messages(report.lang), c: catalogWords(report.lang), names };
}

/** Why a target whose skills are all there is still not ready: no plan of skills can say it otherwise. */
function experienceNotes(report: PlanReport, t: PlanMessages, title: (id: string, title: string) => string): string[] {
  return report.targets.filter((target) => target.yearsNeeded !== null).map((target) => t.experience(title(target.role, target.title), target.yearsNeeded!));
}

export function renderPlanText(report: PlanReport, palette: Palette, width: number): string {
  const { t, m, c, names } = wordsOf(report);
  const readiness = (r: string) => m.readiness[r as Readiness] ?? r;
  const titles = new Map(report.targets.map((target) => [target.role, names.roleTitle(target.role, target.title)]));
  const lines = [palette.bold(t.title(report.profile.name)), wrap(m.region.sentence(report.region), width, '  ', '  '), '', palette.bold(t.targets)];
  for (const target of report.targets) {
    lines.push(`  ${padEnd(titles.get(target.role)!, 44)} ${points(target.scoreBefore)} ${readiness(target.readinessBefore)} → ${points(target.scoreAfter)} ${readiness(target.readinessAfter)}`);
  }
  lines.push('', palette.bold(t.steps));
  if (report.steps.length === 0) lines.push(`  ${t.none}`);
  for (const group of stepGroups(report.steps)) {
    const first = group[0]!;
    const last = group.at(-1)!;
    const number = group.length === 1 ? `${first.step}` : `${first.step}–${last.step}`;
    const gain = group.reduce((sum, s) => sum + s.gain, 0);
    const hours = hoursText(t, groupHours(group), report.hoursPerWeek);
    lines.push(`${number.padStart(5)}. ${names.skillName(first.skill, first.name)} ${first.from} → ${last.to}  ${palette.green(`+${points(gain)}`)}${hours ? `  ${palette.dim(hours)}` : ''}`);
    const served = [...new Set(group.flatMap((s) => s.serves))];
    const serves = served.map((id) => `${titles.get(id)} ${points(last.scoreAfter[id]!)}`).join(t.servesJoin);
    lines.push(wrap(t.serves(serves), width, '         ', '         '));
    for (const change of group.flatMap((s) => s.readinessChanges)) lines.push(palette.yellow(`         ${t.change(titles.get(change.role)!, readiness(change.from), readiness(change.to))}`));
    for (const r of first.resources) lines.push(wrap(t.learn(c.resource(r), r.url), width, '           ', '         '));
  }
  lines.push('', t.outcome(report.reached ? palette.green(t.reached) : palette.yellow(t.notReached), t.stop[report.stoppedBecause]));
  if (report.totalHours !== null && report.steps.length > 0) lines.push(t.inAll(hoursText(t, report.totalHours, report.hoursPerWeek)));
  for (const note of experienceNotes(report, t, names.roleTitle)) lines.push(wrap(note, width, '  ', '  '));
  return lines.join('\n');
}

export function renderPlanMarkdown(report: PlanReport): string {
  const { t, m, names } = wordsOf(report);
  const readiness = (r: string) => m.readiness[r as Readiness] ?? r;
  const titles = new Map(report.targets.map((target) => [target.role, names.roleTitle(target.role, target.title)]));
  const title = (id: string) => titles.get(id) ?? id;
  // Names and titles come from the profile and the catalog: escaped, so they stay text.
  const lines = [
    `# ${escape(t.title(report.profile.name))}`,
    '',
    escape(`${m.region.sentence(report.region)}${m.fullStop}`),
    '',
    table(
      t.markdown.targetHeaders,
      report.targets.map((target) => [title(target.role), t.markdown.score(points(target.scoreBefore), readiness(target.readinessBefore)), t.markdown.score(points(target.scoreAfter), readiness(target.readinessAfter))]),
    ),
    '',
    table(
      t.markdown.stepHeaders,
      stepGroups(report.steps).map((group) => {
        const first = group[0]!;
        const last = group.at(-1)!;
        return [
          group.length === 1 ? String(first.step) : `${first.step}–${last.step}`,
          `${names.skillName(first.skill, first.name)} ${first.from} → ${last.to}`,
          `+${points(group.reduce((sum, s) => sum + s.gain, 0))}`,
          groupHours(group) === null ? '—' : String(groupHours(group)),
          [...new Set(group.flatMap((s) => s.serves))].map(title).join(t.markdown.servesJoin),
          group.flatMap((s) => s.readinessChanges).map((c) => t.change(title(c.role), readiness(c.from), readiness(c.to))).join(t.markdown.itemJoin) || '—',
          // Cells are escaped, so a link is written out: GitHub and most viewers link a bare URL.
          first.resources.map((r) => `${r.title} ${r.url}`).join(t.markdown.itemJoin) || '—',
        ];
      }),
    ),
    '',
    t.outcome(report.reached ? t.markdown.reached : t.markdown.notReached, t.stop[report.stoppedBecause]),
    ...(report.totalHours !== null && report.steps.length > 0 ? ['', t.inAll(hoursText(t, report.totalHours, report.hoursPerWeek))] : []),
    ...experienceNotes(report, t, names.roleTitle).map((note) => `\n${escape(note)}`),
    '',
  ];
  return lines.join('\n');
}

export function renderLeverageText(report: LeverageReport, palette: Palette, width: number): string {
  const { t, m, names } = wordsOf(report);
  const l = t.leverage;
  const header = `${palette.bold(l.title(report.profile.name))}\n${wrap(m.region.sentence(report.region), width, '  ', '  ')}`;
  if (report.leverage.length === 0) return `${header}\n\n${l.none}`;
  const h = l.headers;
  return `${header}\n\n${renderTable(
    [{ header: h.skill }, { header: h.upgrade }, { header: h.hours, align: 'right' }, { header: h.closer, align: 'right' }, { header: h.ready, align: 'right' }, { header: h.raised, align: 'right' }, { header: h.which }],
    report.leverage.map((e) => [names.skillName(e.skill, e.name), `${e.from} → ${e.to}`, e.hours === null ? '—' : String(e.hours), String(e.rolesImproved), String(e.rolesReady), String(e.rolesRaised), e.roles.slice(0, 3).join(', ') + (e.roles.length > 3 ? ', …' : '')]),
    palette,
    width,
  )}\n\n${wrap(l.note, width, '', '')}`;
}

export function renderLeverageMarkdown(report: LeverageReport): string {
  const { t, m, names } = wordsOf(report);
  return [
    `# ${escape(t.leverage.title(report.profile.name))}`,
    '',
    escape(`${m.region.sentence(report.region)}${m.fullStop}`),
    '',
    table(
      t.leverage.markdownHeaders,
      report.leverage.map((e) => [names.skillName(e.skill, e.name), `${e.from} → ${e.to}`, e.hours === null ? '—' : String(e.hours), String(e.rolesImproved), String(e.rolesReady), String(e.rolesRaised), e.roles.join(', ') || '—']),
    ),
    '',
  ].join('\n');
}
