import { messages } from '../report/i18n.js';
import type { Palette } from '../core/palette.js';
import { formatPercent } from '../model/etr.js';
import type { DomainCandidate, MatchReport, MatchSkill } from '../report/match.js';
import type { ReportSkillRequirement } from '../report/types.js';
import { escape, table } from './markdown.js';
import { wrap } from './text-layout.js';

/*
 * `etr match` as text and Markdown: the domain the ad points to with its evidence, the skills it
 * asks for (required first), the closest roles and, with a profile, the fit for the closest one.
 */

const kindLabel = { required: 'required', nice: 'nice to have', unspecified: 'mentioned' } as const;
const kindOrder = { required: 0, nice: 1, unspecified: 2 } as const;

function bySection(skills: readonly MatchSkill[]): MatchSkill[] {
  return [...skills].sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind]);
}

function evidenceOf(skill: MatchSkill): string {
  return skill.evidence.map((e) => `l.${e.line} "${e.matched}"`).join(', ');
}

function domainLine(d: DomainCandidate): string {
  return `${d.name} (${d.id}) · ${d.tier} tier · ETR ${formatPercent(d.etr)} · EU AI Act ${d.euAiAct}`;
}

function domainEvidence(d: DomainCandidate): string {
  const keywords = new Map<string, number[]>();
  for (const hit of d.evidence) keywords.set(hit.keyword, [...(keywords.get(hit.keyword) ?? []), hit.line]);
  const words = [...keywords].map(([k, lines]) => `${k} (l.${lines.join(', ')})`).join(', ');
  return `score ${d.score}: ${d.keywordHits} keyword hit${d.keywordHits === 1 ? '' : 's'} (${words}) + 2 × role overlap ${d.roleOverlap}`;
}

function requirement(r: ReportSkillRequirement): string {
  return `${r.name}${r.essential ? '*' : ''} ${r.have}→${r.need}`;
}

/** `etr match` as text. */
/** Which region's rules the roles' requirements follow (the report is in English for now). */
function regionLine(region: MatchReport['region']): string {
  const { region: words } = messages('en');
  return `${words.markdown} ${words.line(region)}`;
}

export function renderMatchText(report: MatchReport, palette: Palette, width: number): string {
  const out: string[] = [];
  const section = (title: string) => out.push('', palette.bold(title));
  const para = (text: string, indent = '  ') => out.push(wrap(text, width, indent));
  out.push(palette.bold(`Job ad ${report.job.file}`) + palette.dim(` · ${report.job.lines} lines · catalog ${report.catalog.source}`));
  para(regionLine(report.region));

  section('Domain');
  const best = report.domain.best;
  if (best) {
    para(domainLine(best));
    para(domainEvidence(best), '    ');
    for (const other of report.domain.candidates.slice(1)) para(`also ${other.name} (${other.id}): ${domainEvidence(other)}`, '    ');
  } else para('unknown: no word of the ad is a keyword of any domain');

  section(`Skills the ad asks for (${report.skills.length})`);
  if (report.skills.length === 0) para('none of the catalog\'s skills is named');
  for (const skill of bySection(report.skills)) {
    const label = kindLabel[skill.kind].padEnd(13);
    out.push(wrap(`${skill.name}: ${evidenceOf(skill)}`, width, ' '.repeat(19), `  ${label}  `));
  }

  section('Closest catalog roles');
  if (report.roles.length === 0) para('none: the ad names no skill a role requires');
  for (const role of report.roles) {
    out.push(wrap(`${role.title} (${role.id}) · ${role.domain} · ${role.seniority} · closeness ${Math.round(role.closeness * 100)}% (covers ${Math.round(role.roleCover * 100)}% of the role, ${Math.round(role.adCover * 100)}% of the ad)${role.inInferredDomain ? ' · in the ad\'s domain' : ''}`, width, '     ', `  ${role.rank}  `));
  }

  if (report.profile) {
    const fit = report.fit;
    section(fit ? `Your fit for ${fit.role.title}, as etr advise scores it` : 'Your fit');
    if (!fit) para(report.fitNote ?? 'no role to score');
    else {
      para(`score ${Math.round(fit.score * 100)} · skill ${Math.round(fit.components.skill * 100)}% · risk ${Math.round(fit.components.risk * 100)}% · interest ${Math.round(fit.components.interest * 100)}% · ${fit.readiness}`);
      if (fit.redFlags.length > 0) para(`red flags: ${fit.redFlags.map(requirement).join(' · ')}`);
      para(`gaps: ${fit.gaps.length > 0 ? fit.gaps.map(requirement).join(' · ') : 'none'}`);
      para(`risk: ${fit.riskSentence}`);
      para(fit.explanation);
    }
  }
  return `${out.join('\n')}\n`;
}

/** `etr match` as Markdown. */
export function renderMatchMarkdown(report: MatchReport): string {
  const out: string[] = [`# Job ad: ${escape(report.job.file)}`, '', escape(`${regionLine(report.region)}.`), ''];
  const best = report.domain.best;
  out.push('## Domain', '', best ? `**${escape(best.name)}** (\`${best.id}\`): ${best.tier} tier, ETR ${formatPercent(best.etr)}, EU AI Act ${best.euAiAct}.` : 'Unknown: no word of the ad is a keyword of any domain.', '');
  if (report.domain.candidates.length > 0) out.push(table(['domain', 'score', 'keyword hits', 'role overlap', 'keywords (line)'], report.domain.candidates.map((d) => [d.id, String(d.score), String(d.keywordHits), String(d.roleOverlap), d.evidence.map((e) => `${e.keyword} (${e.line})`).join(', ')])), '');
  out.push(`## Skills the ad asks for (${report.skills.length})`, '');
  out.push(report.skills.length > 0 ? table(['skill', 'kind', 'evidence'], bySection(report.skills).map((s) => [s.name, kindLabel[s.kind], evidenceOf(s)])) : 'None of the catalog\'s skills is named.', '');
  out.push('## Closest catalog roles', '');
  out.push(report.roles.length > 0 ? table(['#', 'role', 'domain', 'seniority', 'closeness', 'role covered', 'ad covered'], report.roles.map((r) => [String(r.rank), `${r.title} (${r.id})`, r.domain, r.seniority, `${Math.round(r.closeness * 100)}%`, `${Math.round(r.roleCover * 100)}%`, `${Math.round(r.adCover * 100)}%`])) : 'None: the ad names no skill a role requires.', '');
  if (report.profile) {
    const fit = report.fit;
    out.push(`## Your fit${fit ? ` for ${escape(fit.role.title)}` : ''}`, '');
    if (!fit) out.push(escape(report.fitNote ?? 'No role to score.'), '');
    else {
      out.push(`Score **${Math.round(fit.score * 100)}** (skill ${Math.round(fit.components.skill * 100)}%, risk ${Math.round(fit.components.risk * 100)}%, interest ${Math.round(fit.components.interest * 100)}%), **${fit.readiness}**.`, '');
      if (fit.redFlags.length > 0) out.push(`- Red flags: ${escape(fit.redFlags.map(requirement).join(', '))}`);
      out.push(`- Gaps: ${escape(fit.gaps.length > 0 ? fit.gaps.map(requirement).join(', ') : 'none')}`, `- Risk: ${escape(fit.riskSentence)}`, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
