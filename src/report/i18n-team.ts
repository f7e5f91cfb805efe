import type { Lang } from '../model/lang.js';
import type { Readiness } from '../model/readiness.js';
import { messages } from './i18n.js';

/**
 * The words of `etr team`, per language: one table each for English and Simplified Chinese. The
 * renderers hold no text of their own.
 */
export interface TeamMessages {
  htmlLang: string;
  title: string;
  /** "1,204 people, top 10 each; 3 profiles could not be read" */
  summary(people: number, top: number, failed: number): string;
  readiness: Record<Readiness, string>;
  none: string;
  bestHeading: string;
  bestNote: string;
  rolesHeading: string;
  rolesNote: string;
  domainsHeading: string;
  domainsNote: string;
  leverageHeading: string;
  leverageNote: string;
  skillsHeading: string;
  skillsNote: string;
  unheldHeading: string;
  unheldNone: string;
  peopleHeading: string;
  person(index: number): string;
  role: string;
  domain: string;
  skill: string;
  people: string;
  share: string;
  toReady: string;
  toStretch: string;
  hours: string;
  holders: string;
  level(level: number): string;
  neededBy: string;
  first: string;
  second: string;
  third: string;
  unknown: string;
  catalog(source: string): string;
  /** The HTML's chart titles and their accessible descriptions. */
  heatmapTitle: string;
  heatmapDescription(roles: number): string;
  leverageChartTitle: string;
  leverageChartDescription(skills: number): string;
  more(count: number): string;
}

const en: TeamMessages = {
  htmlLang: 'en',
  title: 'Team view',
  summary: (people, top, failed) => `${people.toLocaleString('en')} ${people === 1 ? 'person' : 'people'}, top ${top} roles each${failed > 0 ? `; ${failed.toLocaleString('en')} ${failed === 1 ? 'profile' : 'profiles'} could not be read` : ''}`,
  // The words every report uses for readiness.
  readiness: messages('en').readiness,
  none: 'no role in reach',
  bestHeading: 'Best readiness',
  bestNote: 'Each person counted once, by the closest role among their top N.',
  rolesHeading: 'Roles',
  rolesNote: 'People with the role among their top N, by how ready they are for it.',
  domainsHeading: 'Domains',
  domainsNote: 'People with a role of the domain among their top N, by the closest such role.',
  leverageHeading: 'Team leverage',
  leverageNote: 'The skills whose next level would make a role of their top N ready (or a long shot a stretch) for the most people; hours: the catalog\'s estimate for that next level, the mean over those people.',
  skillsHeading: 'Skill coverage',
  skillsNote: 'People at each level of the skills the catalog\'s roles need, most held first.',
  unheldHeading: 'Needed by roles, held by nobody',
  unheldNone: 'none: every skill the roles need is held by someone',
  peopleHeading: 'People',
  person: (index) => `Person ${index}`,
  role: 'Role',
  domain: 'Domain',
  skill: 'Skill',
  people: 'People',
  share: 'Share',
  toReady: 'To ready',
  toStretch: 'To stretch',
  hours: 'Hours',
  holders: 'Holders',
  level: (level) => `L${level}`,
  neededBy: 'Roles',
  first: '1st',
  second: '2nd',
  third: '3rd',
  unknown: 'n/a',
  catalog: (source) => `Catalog: ${source}`,
  heatmapTitle: 'Roles by readiness',
  heatmapDescription: (roles) => `A heatmap of the ${roles} roles most often among the team's top N: people per readiness, darker for more.`,
  leverageChartTitle: 'Team leverage',
  leverageChartDescription: (skills) => `A bar chart of the ${skills} skills whose next level moves the most people: to ready, and to stretch.`,
  more: (count) => `… and ${count} more`,
};

const zh: TeamMessages = {
  htmlLang: 'zh-CN',
  title: '团队视图',
  summary: (people, top, failed) => `${people} 人，每人取前 ${top} 个职位${failed > 0 ? `；${failed} 份档案无法读取` : ''}`,
  readiness: messages('zh').readiness,
  none: '无可及职位',
  bestHeading: '最佳准备度',
  bestNote: '每人只计一次，按其前 N 个职位中最接近的一个。',
  rolesHeading: '职位',
  rolesNote: '前 N 个职位中有该职位的人数，按准备程度分列。',
  domainsHeading: '领域',
  domainsNote: '前 N 个职位中有该领域职位的人数，按其中最接近的职位分列。',
  leverageHeading: '团队杠杆',
  leverageNote: '提升一级后能让最多人的前 N 个职位之一变为“可投递”（或由“差距较大”变为“需提升”）的技能；学时：职位目录对该级的估计，取这些人的平均值。',
  skillsHeading: '技能覆盖',
  skillsNote: '职位目录中各职位所需技能在各级别上的人数，持有人数多者在前。',
  unheldHeading: '职位需要但无人具备的技能',
  unheldNone: '无：职位所需的每项技能都有人具备',
  peopleHeading: '成员',
  person: (index) => `成员 ${index}`,
  role: '职位',
  domain: '领域',
  skill: '技能',
  people: '人数',
  share: '占比',
  toReady: '变为可投递',
  toStretch: '变为需提升',
  hours: '学时',
  holders: '持有人数',
  level: (level) => `${level} 级`,
  neededBy: '职位数',
  first: '第一',
  second: '第二',
  third: '第三',
  unknown: '未知',
  catalog: (source) => `职位目录：${source === 'built-in' ? '内置目录' : source}`,
  heatmapTitle: '职位与准备度',
  heatmapDescription: (roles) => `热力图：团队前 N 个职位中最常出现的 ${roles} 个职位，各准备度的人数，颜色越深人数越多。`,
  leverageChartTitle: '团队杠杆',
  leverageChartDescription: (skills) => `条形图：提升一级后影响人数最多的 ${skills} 项技能，分为变为可投递与变为需提升。`,
  more: (count) => `……另有 ${count} 项`,
};

export function teamMessages(lang: Lang): TeamMessages {
  return lang === 'zh' ? zh : en;
}
