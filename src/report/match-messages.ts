import { catalogWords } from './i18n/catalog-words.js';
import type { euAiActClasses } from '../model/catalog.js';
import type { Lang } from '../model/lang.js';
import type { JobRequirementKind } from './match.js';

/**
 * The words of `etr match` in each language, as report/i18n.ts holds advise's: the renderers
 * (render/match.ts) and the use case's notes (app/match.ts) take the table of the report's
 * language. The names of tiers, seniorities, readiness and levels come from report/i18n.ts.
 */
export interface MatchMessages {
  /** "Job ad FILE" */
  jobAd(file: string): string;
  /** " · 16 lines · catalog built-in" */
  jobMeta(lines: number, catalog: string): string;
  kind: Readonly<Record<JobRequirementKind, string>>;
  euAiAct: Readonly<Record<(typeof euAiActClasses)[number], string>>;
  /** "l.5 "prompt"" */
  evidence(line: number, matched: string): string;
  /** Joins the items of a list inside a line. */
  comma: string;
  /** "Name (id)" */
  named(name: string, id: string): string;
  domain: string;
  /** "Marketing (content) · open tier · ETR 25% · EU AI Act limited" */
  domainLine(named: string, tier: string, etr: string, euAiAct: string): string;
  /** "prompt (l.5, 12)" */
  keyword(keyword: string, lines: readonly number[]): string;
  domainScore(score: number, hits: number, keywords: string, overlap: number): string;
  alsoDomain(named: string, evidence: string): string;
  unknownDomain: string;
  skillsAsked(count: number): string;
  noSkills: string;
  closestRoles: string;
  /** "closeness 84% (covers 81% of the role, 67% of the ad)" */
  closeness(closeness: string, roleCover: string, adCover: string): string;
  inAdDomain: string;
  noRoles: string;
  fitFor(title: string): string;
  fit: string;
  noRoleToScore: string;
  /** "score 37 · skill 19% · risk 76% · interest 25% · long-shot" */
  fitLine(score: number, skill: string, risk: string, interest: string, readiness: string): string;
  redFlags: string;
  gaps: string;
  risk: string;
  none: string;
  /** fitNote: no catalog role shares a skill with the ad. */
  noCloseRole: string;
  /** fitNote: the closest role is the person's own. */
  currentRole(title: string): string;
  /** fitNote: the person excludes the closest role's domain. */
  excluded(domain: string): string;
  markdown: {
    jobAd(file: string): string;
    domainSentence(named: string, tier: string, etr: string, euAiAct: string): string;
    unknownDomain: string;
    domainHeaders: [string, string, string, string, string];
    /** A keyword and its line in the table of domains: "prompt (5)". */
    keyword(keyword: string, line: number): string;
    skillHeaders: [string, string, string];
    noSkills: string;
    roleHeaders: [string, string, string, string, string, string, string];
    noRoles: string;
    yourFit(title: string | undefined): string;
    noRoleToScore: string;
    fitSentence(score: number, skill: string, risk: string, interest: string, readiness: string): string;
    redFlags: string;
    gaps: string;
    risk: string;
    none: string;
  };
}

const en: MatchMessages = {
  jobAd: (file) => `Job ad ${file}`,
  jobMeta: (lines, catalog) => ` · ${lines} lines · catalog ${catalog}`,
  kind: { required: 'required', nice: 'nice to have', unspecified: 'mentioned' },
  euAiAct: catalogWords('en').euAiAct,
  evidence: (line, matched) => `l.${line} "${matched}"`,
  comma: ', ',
  named: (name, id) => `${name} (${id})`,
  domain: 'Domain',
  domainLine: (named, tier, etr, euAiAct) => `${named} · ${tier} tier · ETR ${etr} · EU AI Act ${euAiAct}`,
  keyword: (keyword, lines) => `${keyword} (l.${lines.join(', ')})`,
  domainScore: (score, hits, keywords, overlap) => `score ${score}: ${hits} keyword hit${hits === 1 ? '' : 's'} (${keywords}) + 2 × role overlap ${overlap}`,
  alsoDomain: (named, evidence) => `also ${named}: ${evidence}`,
  unknownDomain: 'unknown: no word of the ad is a keyword of any domain',
  skillsAsked: (count) => `Skills the ad asks for (${count})`,
  noSkills: "none of the catalog's skills is named",
  closestRoles: 'Closest catalog roles',
  closeness: (closeness, roleCover, adCover) => `closeness ${closeness} (covers ${roleCover} of the role, ${adCover} of the ad)`,
  inAdDomain: " · in the ad's domain",
  noRoles: 'none: the ad names no skill a role requires',
  fitFor: (title) => `Your fit for ${title}, as etr advise scores it`,
  fit: 'Your fit',
  noRoleToScore: 'no role to score',
  fitLine: (score, skill, risk, interest, readiness) => `score ${score} · skill ${skill} · risk ${risk} · interest ${interest} · ${readiness}`,
  redFlags: 'red flags: ',
  gaps: 'gaps: ',
  risk: 'risk: ',
  none: 'none',
  noCloseRole: 'the ad names no skill a catalog role requires, so there is no role to score',
  currentRole: (title) => `${title} is your current role, so it is not scored as a move`,
  excluded: (domain) => `your profile excludes the domain ${domain}`,
  markdown: {
    jobAd: (file) => `# Job ad: ${file}`,
    domainSentence: (named, tier, etr, euAiAct) => `${named}: ${tier} tier, ETR ${etr}, EU AI Act ${euAiAct}.`,
    unknownDomain: 'Unknown: no word of the ad is a keyword of any domain.',
    domainHeaders: ['domain', 'score', 'keyword hits', 'role overlap', 'keywords (line)'],
    keyword: (keyword, line) => `${keyword} (${line})`,
    skillHeaders: ['skill', 'kind', 'evidence'],
    noSkills: "None of the catalog's skills is named.",
    roleHeaders: ['#', 'role', 'domain', 'seniority', 'closeness', 'role covered', 'ad covered'],
    noRoles: 'None: the ad names no skill a role requires.',
    yourFit: (title) => `## Your fit${title === undefined ? '' : ` for ${title}`}`,
    noRoleToScore: 'No role to score.',
    fitSentence: (score, skill, risk, interest, readiness) => `Score **${score}** (skill ${skill}, risk ${risk}, interest ${interest}), **${readiness}**.`,
    redFlags: '- Red flags: ',
    gaps: '- Gaps: ',
    risk: '- Risk: ',
    none: 'none',
  },
};

const zh: MatchMessages = {
  jobAd: (file) => `招聘启事 ${file}`,
  jobMeta: (lines, catalog) => ` · 共${lines}行 · 职位目录：${catalog}`,
  kind: { required: '必备', nice: '加分项', unspecified: '提及' },
  euAiAct: catalogWords('zh').euAiAct,
  evidence: (line, matched) => `第${line}行“${matched}”`,
  comma: '、',
  named: (name, id) => `${name}（${id}）`,
  domain: '领域',
  domainLine: (named, tier, etr, euAiAct) => `${named} · ${tier}级 · ETR ${etr} · 欧盟《人工智能法》：${euAiAct}`,
  keyword: (keyword, lines) => `${keyword}（第${lines.join('、')}行）`,
  domainScore: (score, hits, keywords, overlap) => `得分${score}：命中关键词${hits}次（${keywords}）+ 2 × 职位重合度${overlap}`,
  alsoDomain: (named, evidence) => `其次是${named}，${evidence}`,
  unknownDomain: '未知：招聘启事里没有任何领域的关键词',
  skillsAsked: (count) => `招聘启事要求的技能（${count}项）`,
  noSkills: '没有提到职位目录中的任何技能',
  closestRoles: '最接近的目录职位',
  closeness: (closeness, roleCover, adCover) => `接近度${closeness}（覆盖该职位要求的${roleCover}、招聘启事要求的${adCover}）`,
  inAdDomain: ' · 属于启事所在领域',
  noRoles: '无：招聘启事没有提到任何职位要求的技能',
  fitFor: (title) => `你与“${title}”的匹配（按 etr advise 的方法评分）`,
  fit: '你的匹配',
  noRoleToScore: '没有可评分的职位',
  fitLine: (score, skill, risk, interest, readiness) => `得分${score} · 技能${skill} · 风险${risk} · 兴趣${interest} · ${readiness}`,
  redFlags: '警示：',
  gaps: '差距：',
  risk: '风险：',
  none: '无',
  noCloseRole: '招聘启事没有提到任何目录职位要求的技能，因此没有可评分的职位',
  currentRole: (title) => `“${title}”是你目前的职位，不作为转型方向评分`,
  excluded: (domain) => `你的档案排除了“${domain}”领域`,
  markdown: {
    jobAd: (file) => `# 招聘启事：${file}`,
    domainSentence: (named, tier, etr, euAiAct) => `${named}：${tier}级，ETR ${etr}，欧盟《人工智能法》：${euAiAct}。`,
    unknownDomain: '未知：招聘启事里没有任何领域的关键词。',
    domainHeaders: ['领域', '得分', '关键词命中', '职位重合度', '关键词（行号）'],
    keyword: (keyword, line) => `${keyword}（${line}）`,
    skillHeaders: ['技能', '类别', '依据'],
    noSkills: '没有提到职位目录中的任何技能。',
    roleHeaders: ['#', '职位', '领域', '职级', '接近度', '覆盖职位要求', '覆盖启事要求'],
    noRoles: '无：招聘启事没有提到任何职位要求的技能。',
    yourFit: (title) => `## 你的匹配${title === undefined ? '' : `：${title}`}`,
    noRoleToScore: '没有可评分的职位。',
    fitSentence: (score, skill, risk, interest, readiness) => `得分 **${score}**（技能${skill}，风险${risk}，兴趣${interest}），**${readiness}**。`,
    redFlags: '- 警示：',
    gaps: '- 差距：',
    risk: '- 风险：',
    none: '无',
  },
};

const tables: Readonly<Record<Lang, MatchMessages>> = { en, zh };

export function matchMessages(lang: Lang): MatchMessages {
  return tables[lang];
}
