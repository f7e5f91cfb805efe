import type { Lang } from '../../model/lang.js';

/** The words of `etr plan` and `etr plan --leverage`, per language (see i18n.ts for the idea). */

type StopReason = 'all-ready' | 'no-gain' | 'step-limit';

export interface PlanMessages {
  title(name: string): string;
  targets: string;
  steps: string;
  none: string;
  /** "about 40 h, 8 weeks at 5 h a week" */
  hours(hours: number, weeks: number | null, hoursPerWeek: number): string;
  /** The target roles a step raises, with their scores after it. */
  serves(items: string): string;
  /** "Title: long-shot → stretch" */
  change(title: string, from: string, to: string): string;
  /** "learn: Title (docs, en, free) https://…", the resource as catalogWords writes it. */
  learn(resource: string, url: string): string;
  /** Joins the roles a step serves. */
  servesJoin: string;
  reached: string;
  notReached: string;
  stop: Record<StopReason, string>;
  /** "In all: about 519 h, … (estimates)." */
  inAll(hours: string): string;
  /** A target whose skills are all there but that asks for more years. */
  experience(title: string, years: number): string;
  /** "Reached: every target role is ready." with the label as given (coloured, or bold). */
  outcome(label: string, reason: string): string;
  markdown: {
    /** "81 (long-shot)" */
    score(points: string, readiness: string): string;
    servesJoin: string;
    targetHeaders: [string, string, string];
    stepHeaders: [string, string, string, string, string, string, string];
    reached: string;
    notReached: string;
    /** Joins the readiness changes and the resources of a step in one cell. */
    itemJoin: string;
  };
  leverage: {
    title(name: string): string;
    none: string;
    headers: { skill: string; upgrade: string; hours: string; closer: string; ready: string; raised: string; which: string };
    note: string;
    markdownHeaders: [string, string, string, string, string, string, string];
  };
}

const en: PlanMessages = {
  title: (name) => `Learning plan for ${name}`,
  targets: 'Targets',
  steps: 'Steps (hours are estimates)',
  none: 'none',
  hours: (hours, weeks, hoursPerWeek) => `about ${hours} h, ${weeks} week${weeks === 1 ? '' : 's'} at ${hoursPerWeek} h a week`,
  serves: (items) => `serves ${items}`,
  change: (title, from, to) => `${title}: ${from} → ${to}`,
  learn: (resource, url) => `learn: ${resource} ${url}`,
  servesJoin: ' · ',
  reached: 'Reached:',
  notReached: 'Not reached:',
  stop: {
    'all-ready': 'every target role is ready',
    'no-gain': 'no skill upgrade moves a target further',
    'step-limit': 'the step limit was reached (--steps)',
  },
  inAll: (hours) => `In all: ${hours} (estimates).`,
  experience: (title, years) => `${title}: every skill requirement is met; the role asks for at least ${years} years of experience.`,
  outcome: (label, reason) => `${label} ${reason}.`,
  markdown: {
    score: (points, readiness) => `${points} (${readiness})`,
    servesJoin: ', ',
    targetHeaders: ['Target', 'Before', 'After'],
    stepHeaders: ['#', 'Upgrade', 'Gain', 'Hours (estimate)', 'Serves', 'Readiness changes', 'Where to learn'],
    reached: '**Reached:**',
    notReached: '**Not reached:**',
    itemJoin: '; ',
  },
  leverage: {
    title: (name) => `Skills that open the most doors for ${name}`,
    none: "No single one-level upgrade changes any role's readiness.",
    headers: { skill: 'SKILL', upgrade: 'UPGRADE', hours: 'HOURS', closer: 'ROLES CLOSER', ready: 'NOW READY', raised: 'SCORES UP', which: 'WHICH' },
    note: 'ROLES CLOSER counts the roles whose readiness improves by a step (long-shot → stretch, stretch → ready) with that one upgrade; NOW READY those that become ready; SCORES UP the roles whose score rises at all; HOURS the catalog estimate for that one level.',
    markdownHeaders: ['Skill', 'Upgrade', 'Hours (estimate)', 'Roles closer', 'Now ready', 'Scores up', 'Which'],
  },
};

const zh: PlanMessages = {
  // No space between a name and the Chinese after it: "王小雨的学习计划".
  title: (name) => `${name}的学习计划`,
  targets: '目标职位',
  steps: '学习步骤（学时均为估算）',
  none: '无',
  hours: (hours, weeks, hoursPerWeek) => `约 ${hours} 小时，按每周 ${hoursPerWeek} 小时约需 ${weeks} 周`,
  serves: (items) => `受益职位：${items}`,
  change: (title, from, to) => `${title}：${from} → ${to}`,
  learn: (resource, url) => `学习资源：${resource} ${url}`,
  servesJoin: ' · ',
  reached: '已达成：',
  notReached: '未达成：',
  stop: {
    'all-ready': '所有目标职位都已可投递',
    'no-gain': '再提升任何一项技能，都无法让目标职位更进一步',
    'step-limit': '已达到步数上限（--steps）',
  },
  inAll: (hours) => `合计：${hours}（均为估算）。`,
  experience: (title, years) => `${title}：技能要求已全部满足，但该职位要求至少 ${years} 年工作经验。`,
  outcome: (label, reason) => `${label}${reason}。`,
  markdown: {
    score: (points, readiness) => `${points}（${readiness}）`,
    servesJoin: '、',
    targetHeaders: ['目标职位', '提升前', '提升后'],
    stepHeaders: ['#', '提升', '得分增加', '学时（估算）', '受益职位', '准备度变化', '学习资源'],
    // The colon outside the bold: CommonMark does not close "**…：**" before a Chinese character.
    reached: '**已达成**：',
    notReached: '**未达成**：',
    itemJoin: '；',
  },
  leverage: {
    title: (name) => `最能为${name}拓宽出路的技能`,
    none: '任何一项技能只提升一级，都不会改变任何职位的准备度。',
    headers: { skill: '技能', upgrade: '提升', hours: '学时', closer: '更近的职位', ready: '变为可投递', raised: '得分上升', which: '哪些职位' },
    note: '“更近的职位”是只提升这一级、准备度就前进一档的职位数（差距较大 → 需提升，需提升 → 可投递）；“变为可投递”是其中变为可投递的职位数；“得分上升”是得分有所提高的职位数；“学时”是职位目录对这一级的估算。',
    markdownHeaders: ['技能', '提升', '学时（估算）', '更近的职位', '变为可投递', '得分上升', '哪些职位'],
  },
};

const tables: Record<Lang, PlanMessages> = { en, zh };

export function planMessages(lang: Lang): PlanMessages {
  return tables[lang];
}
