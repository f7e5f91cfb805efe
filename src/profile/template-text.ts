import { skillCategoryNames, type SkillCategory } from '../model/catalog.js';
import { wrap } from '../core/text-width.js';
import { appetiteWords, type RiskAppetite } from '../model/etr.js';
import { levelMeanings } from '../model/levels.js';
import type { Lang } from '../model/lang.js';


/**
 * The words of the starter profile (`etr init`) and of the profile the interview writes, per
 * language. The YAML keys and values stay as the profile's schema spells them (name, riskAppetite,
 * medium); only the comments around them change language.
 */
export interface TemplateText {
  intro: string;
  yourName: string;
  /** Comment lines before `name:` (none in English, where the key says it). */
  nameNote: readonly string[];
  riskIntro: readonly string[];
  /** "about 3%" */
  about(percent: string): string;
  /** The appetite word as the row shows it: "very-low", or "very-low（极低）" in Chinese. */
  appetiteWord(appetite: string): string;
  orPreferredEtr: string;
  orRiskAppetite: string;
  experienceNote: readonly string[];
  currentRoleAnswered: string;
  currentRoleExample: readonly string[];
  hoursNote: string;
  outlookNote: readonly string[];
  skillsNote: string;
  levelsLine(words: readonly string[]): string;
  levelMeanings: readonly string[];
  deleteMark: string;
  category(category: SkillCategory): string;
  interestsNote(ids: readonly string[]): readonly string[];
  excludeNote: string;
  weightsNote: string;
  /** Comments after the weights' lines (none in English). */
  weightNames: Readonly<Record<'skill' | 'risk' | 'interest', string>> | undefined;
  /** How the interview's preferred ETR came about; the first comment line of preferredEtr. */
  fromInterview(scenarios: number, unreviewed: string, accountability: string): string;
}

const en: TemplateText = {
  intro: '# etr profile: edit it, then run `etr advise --profile <this file>`.',
  yourName: 'Your Name',
  nameNote: [],
  riskIntro: ['# Your risk appetite: how many consequential AI errors you are comfortable seeing reach a', '# decision unreviewed, and so how high the stakes of the work you are matched to.'],
  about: (percent) => `about ${percent}`,
  appetiteWord: (appetite) => appetite,
  orPreferredEtr: '# (or give preferredEtr: 0.03 instead, as a fraction)',
  orRiskAppetite: '# (or give riskAppetite: one of the words above, instead of preferredEtr)',
  experienceNote: [],
  currentRoleAnswered: '# The job you hold now: it is not proposed as a move, and the roles it leads to are marked as next steps.',
  currentRoleExample: ['# The job you hold now, if the catalog has it: a role id or its title (see `etr catalog roles`).', '# It is not proposed as a move, and the roles it naturally leads to are marked as next steps.'],
  hoursNote: '# Hours a week you can spend learning: the report turns the hours to close each gap into weeks.',
  outlookNote: ['# Each role in the report also shows its outlook (growing, stable or shrinking) and why:', '# a shrinking role is still ranked, and you decide.'],
  skillsNote: '# Your skills and levels. Keys may be ids, names or aliases ("PyTorch", "prompt engineering").',
  levelsLine: (words) => `# Levels: ${words.map((w, i) => `${i} ${w}`).join(' · ')} (numbers or words).`,
  levelMeanings,
  deleteMark: '# Delete the comment mark of each skill you have, and set its level; leave out the rest.',
  category: (category) => category,
  interestsNote: (ids) => [`# Domains you would like to work in (ids: ${ids.join(', ')}).`],
  excludeNote: '# Domains to leave out entirely.',
  weightsNote: '# How much each part of the fit counts; they are scaled to sum to 1.',
  weightNames: undefined,
  fromInterview: (scenarios, unreviewed, accountability) =>
    `From etr init --interview: ${scenarios} scenarios, each answer one of the appetites' ETRs; the errors you can live with unreviewed (about ${unreviewed}) and the accountability you want (about ${accountability}) averaged on a log scale.`,
};

/** What each level looks like in practice (index = level), as model/levels.ts says it in English. */
export const zhLevelMeanings: readonly string[] = [
  '无：从没用过',
  '新手：跟着教程或课程学过；需要一步步的指导，做完要有人仔细把关',
  '高级新手：在别人帮助下做过一些小的实际任务；常规情况能应付，例外情况还不行',
  '胜任：能独立完成一整项工作，自己做计划，也说得清为什么这样做是对的',
  '精通：遇到新情况能一眼看出关键；能审核别人的工作，能带新人',
  '专家：别人解决不了的问题会来找你；你定做法、教别人、写规范',
];

const zh: TemplateText = {
  intro: '# etr 个人档案：按你的情况改好后，运行 `etr advise --profile <此文件>`。',
  yourName: '你的名字',
  nameNote: ['# 姓名或昵称，报告的标题会用到。'],
  riskIntro: ['# 风险偏好：你能接受多大比例的重大 AI 错误未经审核就进入决策，', '# 这也决定了为你匹配的工作风险有多高。'],
  about: (percent) => `约${percent}`,
  appetiteWord: (appetite) => `${appetite}（${appetiteWords.zh[appetite as RiskAppetite]}）`,
  orPreferredEtr: '# （也可以删去 riskAppetite，改用小数写 preferredEtr，例如 preferredEtr: 0.03）',
  orRiskAppetite: '# （也可以删去 preferredEtr，改用上面的一个词写 riskAppetite）',
  experienceNote: ['# 工作年限（整数）。'],
  currentRoleAnswered: '# 你目前的职位：它不会作为转型方向推荐，由它自然延伸出的职位会标为下一步。',
  currentRoleExample: ['# 你目前的职位（如果职位目录里有）：填职位 id 或职位名称（见 `etr catalog roles`）。', '# 它不会作为转型方向推荐，由它自然延伸出的职位会标为下一步。'],
  hoursNote: '# 每周能用来学习的小时数：报告据此把补齐每项差距所需的时间换算成周数。',
  outlookNote: ['# 报告还会给出每个职位的前景（增长、平稳或萎缩）及理由：', '# 前景萎缩的职位照样参与排名，去留由你决定。'],
  skillsNote: '# 你的技能和等级。键可以写 id、名称或别名（如 "PyTorch"、"提示工程"）。',
  levelsLine: () => `# 等级：${zhLevelMeanings.map((m, i) => `${i} ${m.slice(0, m.indexOf('：'))}`).join(' · ')}（填数字）。`,
  levelMeanings: zhLevelMeanings,
  deleteMark: '# 具备哪项技能，就删掉那一行开头的 # 并填上等级；没有的留着不动。',
  category: (category) => skillCategoryNames.zh[category],
  interestsNote: (ids) => ['# 你想从事的领域，填领域 id，可选的有：', ...wrap(`${ids.join('、')}。`, 100, '#   ').split('\n')],
  excludeNote: '# 完全不考虑的领域。',
  weightsNote: '# 匹配度中各部分所占的权重；会按比例换算，使总和为1。',
  weightNames: { skill: '技能', risk: '风险', interest: '兴趣' },
  fromInterview: (scenarios, unreviewed, accountability) =>
    `由 etr init --interview 得出：${scenarios}个情境，每个回答对应一种风险偏好的 ETR；你能接受的未审核错误（约${unreviewed}）和你愿意承担的责任（约${accountability}）在对数尺度上取平均。`,
};

const tables: Readonly<Record<Lang, TemplateText>> = { en, zh };

export function templateText(lang: Lang): TemplateText {
  return tables[lang];
}
