import type { Palette } from '../core/palette.js';
import { formatPercent } from '../model/etr.js';
import { messages, type Messages } from '../report/i18n.js';
import type { DomainCandidate, MatchReport, MatchSkill } from '../report/match.js';
import { localNames } from '../report/localized.js';
import { matchMessages, type MatchMessages } from '../report/match-messages.js';
import type { ReportSkillRequirement } from '../report/types.js';
import { escape, table } from './markdown.js';
import { displayWidth, padEnd } from './table.js';
import { wrap } from './text-layout.js';

/*
 * `etr match` as text and Markdown: the domain the ad points to with its evidence, the skills it
 * asks for (required first), the closest roles and, with a profile, the fit for the closest one.
 * Words come from the report's language (report/match-messages.ts, report/i18n.ts), names from
 * the report's `localized` translations where the catalog has them.
 */

const kindOrder = { required: 0, nice: 1, unspecified: 2 } as const;

/** What a renderer needs of the report's language: its words and its names. */
interface View {
  say: MatchMessages;
  m: Messages;
  skill(id: string, fallback: string): string;
  role(id: string, fallback: string): string;
  domain(id: string, fallback: string): string;
}

function viewOf(report: MatchReport): View {
  const names = localNames(report.localized);
  return { say: matchMessages(report.lang), m: messages(report.lang), skill: names.skillName, role: names.roleTitle, domain: names.domainName };
}

function bySection(skills: readonly MatchSkill[]): MatchSkill[] {
  return [...skills].sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind]);
}

function evidenceOf(skill: MatchSkill, say: MatchMessages): string {
  return skill.evidence.map((e) => say.evidence(e.line, e.matched)).join(say.comma);
}

function domainLine(d: DomainCandidate, v: View): string {
  return v.say.domainLine(v.say.named(v.domain(d.id, d.name), d.id), v.m.tier[d.tier], formatPercent(d.etr), v.say.euAiAct[d.euAiAct]);
}

function domainEvidence(d: DomainCandidate, say: MatchMessages): string {
  const keywords = new Map<string, number[]>();
  for (const hit of d.evidence) keywords.set(hit.keyword, [...(keywords.get(hit.keyword) ?? []), hit.line]);
  const words = [...keywords].map(([k, lines]) => say.keyword(k, lines)).join(say.comma);
  return say.domainScore(d.score, d.keywordHits, words, d.roleOverlap);
}

function requirement(r: ReportSkillRequirement, v: View): string {
  return `${v.skill(r.skill, r.name)}${r.essential ? '*' : ''} ${r.have}→${r.need}`;
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** `etr match` as text. */

export function renderMatchText(report: MatchReport, palette: Palette, width: number): string {
  const v = viewOf(report);
  const { say, m } = v;
  const out: string[] = [];
  const section = (title: string) => out.push('', palette.bold(title));
  const para = (text: string, indent = '  ') => out.push(wrap(text, width, indent));
  out.push(palette.bold(say.jobAd(report.job.file)) + palette.dim(say.jobMeta(report.job.lines, m.catalogSource(report.catalog.source))));
  para(m.region.sentence(report.region));

  section(say.domain);
  const best = report.domain.best;
  if (best) {
    para(domainLine(best, v));
    para(domainEvidence(best, say), '    ');
    for (const other of report.domain.candidates.slice(1)) para(say.alsoDomain(say.named(v.domain(other.id, other.name), other.id), domainEvidence(other, say)), '    ');
  } else para(say.unknownDomain);

  section(say.skillsAsked(report.skills.length));
  if (report.skills.length === 0) para(say.noSkills);
  // The kind column one wider than its widest label (13 columns in English, as it always was).
  const kindWidth = Math.max(...Object.values(say.kind).map(displayWidth)) + 1;
  for (const skill of bySection(report.skills)) {
    const label = padEnd(say.kind[skill.kind], kindWidth);
    const name = v.skill(skill.skill, skill.name);
    out.push(wrap(`${name}${report.lang === 'zh' ? '：' : ': '}${evidenceOf(skill, say)}`, width, ' '.repeat(kindWidth + 6), `  ${label}  `));
  }

  section(say.closestRoles);
  if (report.roles.length === 0) para(say.noRoles);
  for (const role of report.roles) {
    const domain = report.lang === 'en' ? role.domain : v.domain(role.domain, role.domain);
    const line = `${say.named(v.role(role.id, role.title), role.id)} · ${domain} · ${m.seniority[role.seniority]} · ${say.closeness(percent(role.closeness), percent(role.roleCover), percent(role.adCover))}${role.inInferredDomain ? say.inAdDomain : ''}`;
    out.push(wrap(line, width, '     ', `  ${role.rank}  `));
  }

  if (report.profile) {
    const fit = report.fit;
    section(fit ? say.fitFor(v.role(fit.role.id, fit.role.title)) : say.fit);
    if (!fit) para(report.fitNote ?? say.noRoleToScore);
    else {
      para(say.fitLine(Math.round(fit.score * 100), percent(fit.components.skill), percent(fit.components.risk), percent(fit.components.interest), m.readiness[fit.readiness]));
      if (fit.redFlags.length > 0) para(`${say.redFlags}${fit.redFlags.map((r) => requirement(r, v)).join(' · ')}`);
      para(`${say.gaps}${fit.gaps.length > 0 ? fit.gaps.map((r) => requirement(r, v)).join(' · ') : say.none}`);
      para(`${say.risk}${fit.riskSentence}`);
      para(fit.explanation);
    }
  }
  return `${out.join('\n')}\n`;
}

/** `etr match` as Markdown. */
export function renderMatchMarkdown(report: MatchReport): string {
  const v = viewOf(report);
  const { say, m } = v;
  const md = say.markdown;
  const out: string[] = [md.jobAd(escape(report.job.file)), '', escape(`${m.region.sentence(report.region)}${m.fullStop}`), ''];
  const best = report.domain.best;
  out.push(`## ${say.domain}`, '', best ? md.domainSentence(`**${escape(v.domain(best.id, best.name))}**${report.lang === 'zh' ? '（' : ' ('}\`${best.id}\`${report.lang === 'zh' ? '）' : ')'}`, m.tier[best.tier], formatPercent(best.etr), say.euAiAct[best.euAiAct]) : md.unknownDomain, '');
  if (report.domain.candidates.length > 0) out.push(table(md.domainHeaders, report.domain.candidates.map((d) => [d.id, String(d.score), String(d.keywordHits), String(d.roleOverlap), d.evidence.map((e) => md.keyword(e.keyword, e.line)).join(say.comma)])), '');
  out.push(`## ${say.skillsAsked(report.skills.length)}`, '');
  out.push(report.skills.length > 0 ? table(md.skillHeaders, bySection(report.skills).map((s) => [v.skill(s.skill, s.name), say.kind[s.kind], evidenceOf(s, say)])) : md.noSkills, '');
  out.push(`## ${say.closestRoles}`, '');
  const roleRow = (r: MatchReport['roles'][number]) => [String(r.rank), say.named(v.role(r.id, r.title), r.id), report.lang === 'en' ? r.domain : v.domain(r.domain, r.domain), m.seniority[r.seniority], percent(r.closeness), percent(r.roleCover), percent(r.adCover)];
  out.push(report.roles.length > 0 ? table(md.roleHeaders, report.roles.map(roleRow)) : md.noRoles, '');
  if (report.profile) {
    const fit = report.fit;
    out.push(md.yourFit(fit ? escape(v.role(fit.role.id, fit.role.title)) : undefined), '');
    if (!fit) out.push(escape(report.fitNote ?? md.noRoleToScore), '');
    else {
      out.push(md.fitSentence(Math.round(fit.score * 100), percent(fit.components.skill), percent(fit.components.risk), percent(fit.components.interest), m.readiness[fit.readiness]), '');
      const list = (items: readonly ReportSkillRequirement[]) => items.map((r) => requirement(r, v)).join(say.comma);
      if (fit.redFlags.length > 0) out.push(`${md.redFlags}${escape(list(fit.redFlags))}`);
      out.push(`${md.gaps}${escape(fit.gaps.length > 0 ? list(fit.gaps) : md.none)}`, `${md.risk}${escape(fit.riskSentence)}`, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
