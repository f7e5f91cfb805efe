import { formatPercent } from '../model/etr.js';
import { adviseView, type AdviseView, type ResultView } from './advise-view.js';
import { pointsDelta } from './advise-text.js';
import { escape, table } from './markdown.js';
import { percent } from './text-layout.js';
import type { Report } from '../report/types.js';

/** The report as a document to paste or print, walking each role along ETR → skills → strategies → project → outlook. */
export function renderAdviseMarkdown(report: Report): string {
  const view = adviseView(report);
  const { t } = view;
  const md = t.markdown;
  const parts = [
    `# ${t.careerPathsFor(escape(report.profile.name))}`,
    [
      ...(view.currentRole === null ? [] : [`- **${md.currentRole}** ${escape(view.currentRole)}${t.fullStop}`]),
      `- **${md.riskAppetite}** ${view.appetite}${t.fullStop}`,
      `- **${md.appetiteMeaning}** ${view.appetiteMeaning}`,
      `- **${md.weights}** ${md.weightsLine(view.weights.map((w) => `${w.label} ${w.value}`))}${t.fullStop}`,
      `- **${md.catalog}** ${md.catalogLine(escape(view.catalogSource), view.catalogSize, t.considered(report.considered))}${t.fullStop}`,
      `- **${t.region.markdown}** ${escape(t.region.line(report.region))}${t.fullStop}`,
    ].join('\n'),
  ];
  if (view.results.length === 0) {
    parts.push(t.noResults);
    return `${parts.join('\n\n')}\n`;
  }
  parts.push(
    `## ${md.ranking}`,
    table(
      md.rankingHeaders,
      view.results.map((r) => [
        String(r.result.rank),
        r.nextStep === null ? r.title : `${r.title} ${r.nextStep}`,
        r.domainName,
        formatPercent(r.result.etr.value),
        String(Math.round(r.result.score * 100)),
        ...r.components.map((c) => percent(c.value)),
        r.readiness,
        r.stability,
      ]),
    ),
  );
  if (view.comparison) {
    parts.push(
      `## ${md.whatIf(escape(view.comparison.changes))}`,
      table(
        md.comparisonHeaders,
        view.comparison.roles.map((c) => [
          c.label,
          c.before ? `#${c.before.rank} (${Math.round(c.before.score * 100)})` : '—',
          c.after ? `#${c.after.rank} (${Math.round(c.after.score * 100)})` : '—',
          `${pointsDelta(c) >= 0 ? '+' : ''}${pointsDelta(c)}`,
          c.movementLabel,
        ]),
      ),
    );
  }
  parts.push(...view.results.map((result) => renderResult(view, result)));
  return `${parts.join('\n\n')}\n`;
}

function renderResult(view: AdviseView, result: ResultView): string {
  const { t } = view;
  const md = t.markdown;
  const { rank, score, etr } = result.result;
  const lines = [
    `## ${rank}. ${escape(result.title)}`,
    `*${escape(result.domainName)} · ${t.tierLabel(etr.tier)} · ${result.seniority}* — ${md.scoreReadiness(Math.round(score * 100), result.readiness)}${result.nextStep === null ? '' : ` · **${result.nextStep}**`}`,
    '',
    escape(result.explanation),
    '',
    `**${md.time}** ${escape(result.effort)}`,
  ];
  if (result.redFlags.length > 0) {
    lines.push('', `**${md.redFlags}** ${result.redFlags.map((g) => md.redFlag(escape(g.label), g.have, g.need)).join(t.listSeparator)}${t.fullStop}`);
  }
  lines.push('', `### ${md.thePath}`, '');
  const etrLine = `**${md.errorTolerance}** ${md.sentence(result.riskSentence)}${result.etrReason ? `${t.sentenceSeparator}${escape(result.etrReason)}` : ''}`;
  const skills =
    result.gaps.length === 0
      ? md.allMet
      : `**${md.skillsToBuild}** ${result.gaps.map((g) => md.skillToBuild(escape(g.label), g.essential, t.level(g.have), t.level(g.need))).join(t.listSeparator)}${t.fullStop}`;
  const strengths = (result.strengths.length > 0 ? md.alreadyThere(result.strengths.map((s) => escape(s.label))) : '') + (result.implied.length > 0 ? md.implied(result.implied.map((item) => escape(item))) : '');
  lines.push(
    `1. ${etrLine}`,
    `2. ${skills}${strengths}`,
    `3. **${md.strategies}**`,
    ...result.strategies.map((s) => `   - ${escape(s)}`),
    `4. **${md.portfolioProject}** ${escape(result.portfolioProject)}`,
    `5. **${md.outlook(result.trend)}** ${escape(result.outlookReason)}`,
  );
  return lines.join('\n');
}
