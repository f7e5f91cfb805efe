import { adviseView, type AdviseView, type ComparisonView, type ResultView, type SkillView } from './advise-view.js';
import type { Palette } from '../core/palette.js';
import { renderRiskMapText } from './risk-map.js';
import { padEnd } from './table.js';
import { bar, percent, wrap } from './text-layout.js';
import type { Report } from '../report/types.js';

const readinessColour = { ready: 'green', stretch: 'yellow', 'long-shot': 'magenta' } as const;
const maxGapsShown = 4;

/** The report for a person in a terminal: a header, the risk map, then one block per ranked role. */
export function renderAdviseText(report: Report, palette: Palette, width: number): string {
  const view = adviseView(report);
  const blocks = [renderHeader(view, palette, width)];
  if (view.results.length === 0) {
    blocks.push(view.t.noResultsWithHint);
  } else {
    blocks.push(renderRiskMapText(view, palette, width));
  }
  blocks.push(...view.results.map((result) => renderResult(view, result, palette, width)));
  if (view.comparison) blocks.push(renderComparison(view, view.comparison, palette, width));
  return blocks.join('\n\n');
}

function renderHeader(view: AdviseView, palette: Palette, width: number): string {
  const { t, report } = view;
  // Wrap with the plain label, then dim it: escape codes must not count toward the line width.
  const line = (name: string, text: string) => {
    const label = `  ${padEnd(name, 15)}`;
    return `  ${palette.dim(padEnd(name, 15))}${wrap(text, width, ' '.repeat(17), label).slice(label.length)}`;
  };
  return [
    palette.bold(view.title),
    ...(view.currentRole === null ? [] : [line(t.label.currentRole, view.currentRole)]),
    line(t.label.riskAppetite, view.appetite),
    line(t.label.appetiteMeaning, view.appetiteMeaning),
    line(t.label.weights, view.weights.map((w) => `${w.label} ${w.value}`).join(' · ')),
    line(t.label.catalog, `${view.catalogSource} · ${view.catalogSize} · ${t.consideredShown(report.considered, report.results.length)}`),
    line(t.region.label, t.region.line(report.region)),
    line(t.label.legend, t.legendText),
  ].join('\n');
}

function renderResult(view: AdviseView, result: ResultView, palette: Palette, width: number): string {
  const { t } = view;
  const { rank: position, score: total, readiness } = result.result;
  const indent = '     ';
  const rank = `${String(position).padStart(3)}  `;
  const score = String(Math.round(total * 100));
  const badge = `${palette[readinessColour[readiness]](`[${result.readiness}]`)} ${palette.dim(result.stability)}${result.nextStep === null ? '' : `  ${palette.cyan(result.nextStep)}`}`;
  const lines = [
    `${rank}${palette.bold(result.title)}  ${badge}`,
    wrap(`${result.domainName} · ${t.tierLabel(result.result.domain.tier)} · ${result.etrNote} · ${result.seniority}`, width, indent, indent),
    `${indent}${bar(total, 20)} ${palette.bold(score.padStart(3))}  ${palette.dim(result.components.map((c) => `${c.label} ${percent(c.value)}`).join(' · '))}`,
  ];
  const field = (name: string, text: string) => wrap(text, width, `${indent}${' '.repeat(11)}`, `${indent}${padEnd(name, 11)}`);
  if (result.redFlags.length > 0) lines.push(palette.red(field(t.label.redFlags, result.redFlags.map(haveNeed).join(' · '))));
  const gaps = result.gaps.slice(0, maxGapsShown).map(haveNeed);
  if (result.gaps.length > maxGapsShown) gaps.push(t.moreGaps(result.gaps.length - maxGapsShown));
  lines.push(field(t.label.gaps, gaps.length > 0 ? gaps.join(' · ') : t.noGaps));
  if (result.implied.length > 0) lines.push(palette.dim(field(t.label.implied, result.implied.join(' · '))));
  lines.push(field(t.label.risk, result.riskSentence));
  lines.push(field(t.label.time, result.effort));
  // The trend is shown, not hidden in the ranking: a shrinking role is flagged, and the person decides.
  const outlook = field(t.label.outlook, t.trendWithReason(result.trend, result.outlookReason));
  lines.push(result.result.outlook.trend === 'shrinking' ? palette.yellow(outlook) : outlook);
  return lines.join('\n');
}

const movementMark = { up: '↑', down: '↓', same: '=', entered: '+', left: '−' } as const;

/** The what-if against the profile as written: each role that is or was in the top list. */
function renderComparison(view: AdviseView, comparison: ComparisonView, palette: Palette, width: number): string {
  const rank = (position: { rank: number } | null) => (position ? `#${position.rank}` : '—');
  const score = (position: { score: number } | null) => (position ? String(Math.round(position.score * 100)) : '—');
  const rows = comparison.roles.map((change) => {
    const delta = pointsDelta(change);
    // Pad before colouring: escape codes must not count toward the column width.
    const deltaText = delta === 0 ? padEnd('±0', 4) : delta > 0 ? palette.green(padEnd(`+${delta}`, 4)) : palette.red(padEnd(String(delta), 4));
    return `  ${movementMark[change.movement]} ${padEnd(`${rank(change.before)} → ${rank(change.after)}`, 10)} ${padEnd(`${score(change.before)} → ${score(change.after)}`, 10)} ${deltaText} ${change.label} ${palette.dim(`(${change.movementLabel})`)}`;
  });
  return [wrap(view.t.whatIf(comparison.changes), width, '  ', ''), ...rows].map((l, i) => (i === 0 ? palette.bold(l) : l)).join('\n');
}

/**
 * The change in points (0–100) as shown: the difference of the two shown scores when both are
 * shown, so "62 → 73" reads +11, never a separately rounded +12.
 */
export function pointsDelta(change: { before: { score: number } | null; after: { score: number } | null; delta: number }): number {
  return change.before && change.after ? Math.round(change.after.score * 100) - Math.round(change.before.score * 100) : Math.round(change.delta * 100);
}

/** "Python 1→4" and, for essential skills, a star: "Python* 1→4". */
export function haveNeed(requirement: SkillView): string {
  return requirement.haveNeed;
}
