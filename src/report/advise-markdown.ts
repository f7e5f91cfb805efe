import { formatPercent } from '../engine/etr.js';
import { levelName } from '../engine/levels.js';
import { stabilityBadge } from '../engine/stability.js';
import { percent } from './text-layout.js';
import type { Report, ReportResult } from './types.js';

/** The report as a document to paste or print, walking each role along ETR → skills → strategies → project → outlook. */
export function renderAdviseMarkdown(report: Report): string {
  const { profile, weights, catalog } = report;
  const appetite = profile.riskAppetite ?? `preferred ETR ${formatPercent(profile.preferredEtr)}`;
  const parts = [
    `# Career paths for ${escape(profile.name)}`,
    [
      `- **Risk appetite:** ${appetite}: comfortable where about ${formatPercent(profile.preferredEtr)} of consequential AI errors go unreviewed (risk fit ≥ 50% from ${formatPercent(profile.comfortBand.low)} to ${formatPercent(profile.comfortBand.high)}).`,
      `- **Weights:** skill ${weights.skill.toFixed(2)}, risk ${weights.risk.toFixed(2)}, interest ${weights.interest.toFixed(2)}.`,
      `- **Catalog:** ${escape(catalog.source)}, ${catalog.roles} roles in ${catalog.domains} domains; ${report.considered} considered.`,
    ].join('\n'),
  ];
  if (report.results.length === 0) {
    parts.push('No roles match: every domain was excluded or filtered out.');
    return `${parts.join('\n\n')}\n`;
  }
  parts.push(
    '## Ranking',
    table(
      ['#', 'Role', 'Domain', 'ETR', 'Score', 'Skill', 'Risk', 'Interest', 'Readiness', 'Stability'],
      report.results.map((r) => [
        String(r.rank),
        r.role.title,
        r.domain.name,
        formatPercent(r.etr.value),
        String(Math.round(r.score * 100)),
        percent(r.components.skill),
        percent(r.components.risk),
        percent(r.components.interest),
        r.readiness,
        `${stabilityBadge(r.stability)} ${percent(r.stability)}`,
      ]),
    ),
  );
  if (report.comparison) {
    parts.push(
      `## What if: ${escape(report.comparison.changes.join(' '))}`,
      table(
        ['Role', 'Before', 'After', 'Change', 'Movement'],
        report.comparison.roles.map((c) => [
          c.title,
          c.before ? `#${c.before.rank} (${Math.round(c.before.score * 100)})` : '—',
          c.after ? `#${c.after.rank} (${Math.round(c.after.score * 100)})` : '—',
          `${c.delta >= 0 ? '+' : ''}${Math.round(c.delta * 100)}`,
          c.movement,
        ]),
      ),
    );
  }
  parts.push(...report.results.map(renderResult));
  return `${parts.join('\n\n')}\n`;
}

function renderResult(result: ReportResult): string {
  const lines = [
    `## ${result.rank}. ${escape(result.role.title)}`,
    `*${escape(result.domain.name)} · ${result.etr.tier} tier · ${result.role.seniority}* — **score ${Math.round(result.score * 100)}**, **${result.readiness}**`,
    '',
    escape(result.explanation),
  ];
  if (result.redFlags.length > 0) {
    lines.push('', `**Red flags:** ${result.redFlags.map((g) => `${escape(g.name)} (have ${g.have}, need ${g.need})`).join('; ')}.`);
  }
  lines.push('', '### The path', '');
  const etrLine = `**Error tolerance.** ${capitalise(result.riskSentence)}.${result.etr.reason ? ` ${escape(result.etr.reason)}` : ''}`;
  const skills =
    result.gaps.length === 0
      ? '**Skills.** You meet every requirement.'
      : `**Skills to build.** ${result.gaps.map((g) => `${escape(g.name)}${g.essential ? ' (essential)' : ''}: ${levelName(g.have)} → ${levelName(g.need)}`).join('; ')}.`;
  const strengths = result.strengths.length > 0 ? ` Already there: ${result.strengths.map((s) => escape(s.name)).join(', ')}.` : '';
  lines.push(
    `1. ${etrLine}`,
    `2. ${skills}${strengths}`,
    `3. **Strategies that keep errors within the ETR.**`,
    ...result.strategies.map((s) => `   - ${escape(s)}`),
    `4. **Portfolio project.** ${escape(result.portfolioProject)}`,
    `5. **Outlook: ${result.outlook.trend}.** ${escape(result.outlook.reason)}`,
  );
  return lines.join('\n');
}

function table(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => escape(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(headers), `|${headers.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

/** Keeps catalog and profile text from being read as Markdown or HTML. */
function escape(text: string): string {
  return text.replace(/[\\`*_<>[\]]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
