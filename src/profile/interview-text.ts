import { levelMeanings } from '../model/levels.js';
import type { Lang } from '../model/lang.js';
import { zhLevelMeanings } from './template-text.js';

/**
 * The words of `etr init --interview` in each language: the prompts (src/cli/interview.ts) and
 * the scenarios' questions and options (src/profile/interview.ts holds them in English, with the
 * appetite each option stands for; here are their translations, option for option).
 */
export interface InterviewText {
  intro: string;
  cancelled: string;
  name: string;
  nameNeeded: string;
  years: string;
  yearsNeeded: string;
  currentRole: string;
  noRole: string;
  unknownRole(suggestions: readonly string[]): string;
  ambiguousRole(ids: readonly string[]): string;
  scenariosNote: string;
  scenariosTitle: string;
  /** The title of the note that explains the preferred ETR. */
  preferredEtr(value: number): string;
  interests: string;
  areas: string;
  /** Skill names as a hint: "Python, SQL, Statistics". */
  listSeparator: string;
  skillsIn(category: string): string;
  levelIn(skill: string): string;
  levelMeanings: readonly string[];
  outro: string;
  /** The keys of a choice and of a multiple choice, where the prompts library's own English instructions are not shown. */
  selectKeys: string | undefined;
  multiselectKeys: string | undefined;
}

const en: InterviewText = {
  intro: 'etr init --interview: a profile in about five minutes',
  cancelled: 'Interview cancelled; nothing written.',
  name: 'Your name',
  nameNeeded: 'a name, or a nickname',
  years: 'Years of work experience',
  yearsNeeded: 'a whole number from 0 to 70',
  currentRole: 'Your current role, if etr knows it (a role id or title; empty for none)',
  noRole: 'none',
  unknownRole: (suggestions) => `not a role etr knows${suggestions.length > 0 ? `; did you mean ${suggestions.join(', ')}?` : ''}`,
  ambiguousRole: (ids) => `several roles have that title; give the id: ${ids.join(', ')}`,
  scenariosNote:
    'Next, five situations about AI errors. The first three ask how many errors you can live with\npassing unreviewed in your daily work; the last two, how much accountability for a harmful\nerror you want to carry. There are no right answers.',
  scenariosTitle: 'Error tolerance',
  preferredEtr: (value) => `preferredEtr: ${value}`,
  interests: 'Domains you would like to work in (space to choose, enter to go on)',
  areas: 'Areas you have skills in (you choose the skills of each next)',
  listSeparator: ', ',
  skillsIn: (category) => `Your ${category} skills`,
  levelIn: (skill) => `Your level in ${skill}`,
  levelMeanings,
  outro: 'Thank you. Writing your profile.',
  selectKeys: undefined,
  multiselectKeys: undefined,
};

const zh: InterviewText = {
  intro: 'etr init --interview：大约五分钟填好你的个人档案',
  cancelled: '已取消，没有写入任何文件。',
  name: '你的名字',
  nameNeeded: '请填写名字或昵称',
  years: '工作年限',
  yearsNeeded: '请填写0到70之间的整数',
  currentRole: '你目前的职位（填职位 id 或名称；etr 的职位目录里没有就留空）',
  noRole: '无',
  unknownRole: (suggestions) => `etr 的职位目录里没有这个职位${suggestions.length > 0 ? `；你是不是要找${suggestions.join('、')}？` : ''}`,
  ambiguousRole: (ids) => `好几个职位都叫这个名字，请填 id：${ids.join('、')}`,
  scenariosNote: '接下来是五个关于 AI 出错的情境。前三个问你在日常工作中能接受多少错误\n未经审核就放行；后两个问你愿意为造成伤害的错误承担多大责任。\n答案没有对错之分。',
  scenariosTitle: '错误容忍度',
  preferredEtr: (value) => `你偏好的 ETR：${value}`,
  interests: '你想从事的领域',
  areas: '你在哪些方向有技能（之后再逐项选择具体技能）',
  listSeparator: '、',
  skillsIn: (category) => `你在“${category}”方向的技能`,
  levelIn: (skill) => `你的“${skill}”水平`,
  levelMeanings: zhLevelMeanings,
  outro: '谢谢！正在写入你的个人档案。',
  selectKeys: '（↑/↓ 移动，回车键确认）',
  multiselectKeys: '（↑/↓ 移动，空格键选择，回车键确认）',
};

const tables: Readonly<Record<Lang, InterviewText>> = { en, zh };

export function interviewText(lang: Lang): InterviewText {
  return tables[lang];
}

/** The scenarios of src/profile/interview.ts in Chinese, by id: the question, then the options strictest first. */
export const zhScenarios: Readonly<Record<string, { question: string; options: readonly string[] }>> = {
  'product-texts': {
    question: 'AI 每天替你写100篇文稿，你没法每篇都看。没经检查就发出去、还带着事实错误的，最多能有几篇？再多你就要叫停。',
    options: ['一篇也不行：要么每篇都查，要么一篇都不发', '100篇里大约1篇', '100篇里大约3篇', '100篇里大约10篇', '100篇里大约30篇：读者不会计较这点小错'],
  },
  'overnight-answers': {
    question: 'AI 助手夜里替你回答别人的提问，你第二天早上再看记录。答错的比例到多少，你还能天天接受？',
    options: ['千分之一或更少', '百分之一', '百分之三', '十分之一', '十分之三，只要大多数回答有用就行'],
  },
  summaries: {
    question: '你的团队直接根据 AI 写的长文档摘要做事，没人回头核对原文。下面哪种情况你能放心？',
    options: [
      '只有摘要可靠到像又有一位专家逐行读过原文，我才放心',
      '每100份摘要有1份细节出错，后面的检查能发现',
      '每100份有3份细节出错，等有人投诉才发现',
      '每10份有1份细节出错，要紧时再改',
      '出错也无妨：摘要只是告诉大家该去读什么',
    ],
  },
  'sign-off': {
    question: '下面哪种 AI 系统上线时，你愿意署上自己的名字，为它的错误负责？',
    options: [
      '控制胰岛素剂量或驾驶汽车的软件：一出错就可能伤人，调查人员会来找我',
      'AI 起草的病历或合同：一出错就会损害病人或客户，监管部门会来问责',
      '筛选求职者或贷款申请的模型：一出错就会让人丢掉工作机会或蒙受损失，审计人员会来找我',
      '客服聊天机器人或新闻摘要：出错会误导别人，我来更正并道歉',
      '广告文案或游戏内容：出了错，最坏也就是让品牌丢脸',
    ],
  },
  'after-harm': {
    question: '你经手的 AI 工作漏过了一个错误，伤害了别人。事后你希望自己担当什么角色？',
    options: [
      '署名的责任人：接受调查，必要时上法庭',
      '向监管或审计人员出示我记录在案的各项检查',
      '负责修复问题，并向受影响的人解释清楚',
      '团队成员之一，大家共同承担；我修好自己那部分，然后接着往前走',
      '能不担就不担：我宁愿做出了错也不会造成长久伤害的工作',
    ],
  },
};
