import { formatPercent } from '../engine/etr.js';
import type { Palette } from './palette.js';
import { padEnd } from './table.js';
import { bar, percent, wrap } from './text-layout.js';
import { stabilityBadge } from '../engine/stability.js';
import type { Report, ReportComparison, ReportResult, ReportSkillRequirement } from './types.js';

const readinessColour = { ready: 'green', stretch: 'yellow', 'long-shot': 'magenta' } as const;
const maxGapsShown = 4;

/** The report for a person in a terminal: a header, then one block per ranked role. */
export function renderAdviseText(report: Report, palette: Palette, width: number): string {
  const blocks = [renderHeader(report, palette, width)];
  if (report.results.length === 0) {
    blocks.push('No roles match: every domain was excluded or filtered out. Check --domain and the profile\'s exclude list.');
  }
  blocks.push(...report.results.map((result) => renderResult(result, palette, width)));
  if (report.comparison) blocks.push(renderComparison(report.comparison, palette, width));
  return blocks.join('\n\n');
}

function renderHeader(report: Report, palette: Palette, width: number): string {
  const { profile, weights, catalog } = report;
  const appetite = profile.riskAppetite ?? `preferred ETR ${formatPercent(profile.preferredEtr)}`;
  const label = (text: string) => palette.dim(padEnd(text, 15));
  const line = (name: string, text: string) => wrap(text, width, ' '.repeat(17), `  ${label(name)}`);
  return [
    palette.bold(`Career paths for ${profile.name}`),
    line(
      'risk appetite',
      `${appetite}: comfortable where about ${formatPercent(profile.preferredEtr)} of consequential AI errors go unreviewed (risk fit ≥ 50% from ${formatPercent(profile.comfortBand.low)} to ${formatPercent(profile.comfortBand.high)})`,
    ),
    line('weights', `skill ${weights.skill.toFixed(2)} · risk ${weights.risk.toFixed(2)} · interest ${weights.interest.toFixed(2)}`),
    line('catalog', `${catalog.source} · ${catalog.roles} roles in ${catalog.domains} domains · ${report.considered} considered, top ${report.results.length} shown`),
    line('legend', 'score 0–100 · gaps as skill have→need (levels 0–5) · * essential skill · robust/sensitive: share of weightings that keep the role in this top list'),
  ].join('\n');
}

function renderResult(result: ReportResult, palette: Palette, width: number): string {
  const indent = '     ';
  const rank = `${String(result.rank).padStart(3)}  `;
  const score = String(Math.round(result.score * 100));
  const title = palette.bold(result.role.title);
  const badge = `${palette[readinessColour[result.readiness]](`[${result.readiness}]`)} ${palette.dim(`${stabilityBadge(result.stability)} ${percent(result.stability)}`)}`;
  const etrNote = result.etr.source === 'role' ? `role ETR ${formatPercent(result.etr.value)} (${result.etr.tier})` : `ETR ${formatPercent(result.etr.value)}`;
  const lines = [
    `${rank}${title}  ${badge}`,
    wrap(`${result.domain.name} · ${result.domain.tier} tier · ${etrNote} · ${result.role.seniority}`, width, indent, indent),
    `${indent}${bar(result.score, 20)} ${palette.bold(score.padStart(3))}  ${palette.dim(`skill ${percent(result.components.skill)} · risk ${percent(result.components.risk)} · interest ${percent(result.components.interest)}`)}`,
  ];
  const field = (name: string, text: string) => wrap(text, width, `${indent}${' '.repeat(11)}`, `${indent}${name.padEnd(11)}`);
  if (result.redFlags.length > 0) lines.push(palette.red(field('red flags', result.redFlags.map(haveNeed).join(' · '))));
  const gaps = result.gaps.slice(0, maxGapsShown).map(haveNeed);
  if (result.gaps.length > maxGapsShown) gaps.push(`+${result.gaps.length - maxGapsShown} more`);
  lines.push(field('gaps', gaps.length > 0 ? gaps.join(' · ') : 'none: you meet every requirement'));
  lines.push(field('risk', result.riskSentence));
  return lines.join('\n');
}

const movementMark = { up: '↑', down: '↓', same: '=', entered: '+', left: '−' } as const;

/** The what-if against the profile as written: each role that is or was in the top list. */
function renderComparison(comparison: ReportComparison, palette: Palette, width: number): string {
  const rank = (position: { rank: number } | null) => (position ? `#${position.rank}` : '—');
  const score = (position: { score: number } | null) => (position ? String(Math.round(position.score * 100)) : '—');
  const rows = comparison.roles.map((change) => {
    const delta = Math.round(change.delta * 100);
    const deltaText = delta === 0 ? '±0' : delta > 0 ? palette.green(`+${delta}`) : palette.red(String(delta));
    const move = change.movement === 'entered' ? 'entered' : change.movement === 'left' ? 'left' : change.movement;
    return `  ${movementMark[change.movement]} ${padEnd(`${rank(change.before)} → ${rank(change.after)}`, 10)} ${padEnd(`${score(change.before)} → ${score(change.after)}`, 10)} ${padEnd(deltaText, 4)} ${change.title} ${palette.dim(`(${move})`)}`;
  });
  return [wrap(`What if: ${comparison.changes.join(' ')} against your profile as written`, width, '  ', ''), ...rows].map((l, i) => (i === 0 ? palette.bold(l) : l)).join('\n');
}

/** "Python 1→4" and, for essential skills, a star: "Python* 1→4". */
export function haveNeed(requirement: ReportSkillRequirement): string {
  return `${requirement.name}${requirement.essential ? '*' : ''} ${requirement.have}→${requirement.need}`;
}
