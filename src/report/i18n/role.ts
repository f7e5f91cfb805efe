import { formatPercent } from '../../model/etr.js';
import type { Lang } from '../../model/lang.js';

/** The words of `etr show`, per language (see i18n.ts for the idea). */

export interface RoleMessages {
  /** "(clinical-nlp-engineer, mid, O*NET 15-2051.00, ISCO-08 2511)" */
  heading(parts: string[]): string;
  /** Between the title and its heading: no space before a full-width parenthesis. */
  headingGap: string;
  codeNote(note: string): string;
  domain(name: string): string;
  /** The role's own ETR against its domain's, with the reason. */
  roleEtr(etr: number, tier: string, domainEtr: number, reason: string): string;
  /** The domain's ETR, its tier and its EU AI Act class. */
  domainEtr(etr: number, tier: string, euAiAct: string): string;
  /** The role's own EU AI Act class against its domain's, with the reason. */
  roleAiAct(euAiAct: string, domainEuAiAct: string, reason: string): string;
  references: string;
  /** "Title — https://… (note) [checked 2026-12]"; the note is left out where it is not in the report's language. */
  reference(title: string, url: string, note: string | undefined, asOf: string | undefined): string;
  strategies: string;
  requirements: string;
  headers: { skill: string; level: string; importance: string };
  learning: string;
  /** "Python to 4 proficient: about 575 h" */
  learnSkill(name: string, level: string, hours: number): string;
  portfolioProject: string;
  outlook(trend: string): string;
  related: string;
  /** "Title (id)" */
  relatedRole(title: string, id: string): string;
  none: string;
}

const en: RoleMessages = {
  heading: (parts) => `(${parts.join(', ')})`,
  headingGap: ' ',
  codeNote: (note) => `Occupation codes: ${note}`,
  domain: (name) => `Domain: ${name}`,
  roleEtr: (etr, tier, domainEtr, reason) => `This role works under an ETR of ${formatPercent(etr)} (${tier} tier), against its domain's ${formatPercent(domainEtr)}: ${reason}`,
  domainEtr: (etr, tier, euAiAct) => `The domain tolerates at most ${formatPercent(etr)} unreviewed consequential errors (${tier} tier; EU AI Act: ${euAiAct} risk).`,
  roleAiAct: (euAiAct, domainEuAiAct, reason) => `EU AI Act: ${euAiAct} risk for this role, where its domain is ${domainEuAiAct}: ${reason}`,
  references: 'References',
  reference: (title, url, note, asOf) => `${title} — ${url}${note ? ` (${note})` : ''}${asOf ? ` [checked ${asOf}]` : ''}`,
  strategies: 'Strategies that keep errors within the ETR',
  requirements: 'Skill requirements (* essential)',
  headers: { skill: 'SKILL', level: 'LEVEL', importance: 'IMPORTANCE' },
  learning: 'Where to learn (hours from none to the level asked: estimates)',
  learnSkill: (name, level, hours) => `${name} to ${level}: about ${hours} h`,
  portfolioProject: 'Portfolio project',
  outlook: (trend) => `Outlook: ${trend}`,
  related: 'Related roles',
  relatedRole: (title, id) => `${title} (${id})`,
  none: 'none',
};

const zh: RoleMessages = {
  heading: (parts) => `（${parts.join('，')}）`,
  headingGap: '',
  codeNote: (note) => `职业代码说明：${note}`,
  domain: (name) => `领域：${name}`,
  roleEtr: (etr, tier, domainEtr, reason) => `该职位的 ETR 为 ${formatPercent(etr)}（${tier}级），所在领域为 ${formatPercent(domainEtr)}：${reason}`,
  domainEtr: (etr, tier, euAiAct) => `该领域最多容忍 ${formatPercent(etr)} 的重大错误未经审核（${tier}级；欧盟《人工智能法》风险等级：${euAiAct}）。`,
  roleAiAct: (euAiAct, domainEuAiAct, reason) => `欧盟《人工智能法》：该职位的风险等级为${euAiAct}，所在领域为${domainEuAiAct}：${reason}`,
  references: '参考资料',
  // A space after the URL, so that a terminal does not take the parenthesis into the link.
  reference: (title, url, note, asOf) => `${title} — ${url}${note ? ` （${note}）` : ''}${asOf ? ` （${asOf} 核实）` : ''}`,
  strategies: '把错误控制在 ETR 以内的策略',
  requirements: '技能要求（* 为核心技能）',
  headers: { skill: '技能', level: '等级', importance: '重要性' },
  learning: '学习资源（从零到所需等级的学时，均为估算）',
  learnSkill: (name, level, hours) => `${name}达到 ${level}：约 ${hours} 小时`,
  portfolioProject: '作品集项目',
  outlook: (trend) => `前景：${trend}`,
  related: '相关职位',
  relatedRole: (title, id) => `${title}（${id}）`,
  none: '无',
};

const tables: Record<Lang, RoleMessages> = { en, zh };

export function roleMessages(lang: Lang): RoleMessages {
  return tables[lang];
}
