import type { Lang } from '../model/lang.js';
import { regionWords, type RegionWords } from './region-words.js';
import { appetiteMeanings, appetiteNote, appetiteWords, appetiteOfEtr, formatPercent, type RiskAppetite, type Tier } from '../model/etr.js';
import type { Readiness } from '../model/readiness.js';
import type { ReportEffort, ReportResult } from './types.js';

/**
 * The words of every report, per language: one message table each for English and Simplified
 * Chinese, as data and small functions. Renderers take the table of the report's language and
 * never hold text of their own, so adding a language is adding a table. No dependency: sentences
 * are built from the report's numbers here, not stored in English and translated.
 */

type Seniority = 'entry' | 'mid' | 'senior' | 'lead';
type Trend = 'growing' | 'stable' | 'shrinking';
type Movement = 'up' | 'down' | 'same' | 'entered' | 'left';

export interface ExplanationInput {
  skill: number;
  risk: number;
  interest: number;
  met: number;
  requirements: number;
  /** null when the person named no interests. */
  interestChosen: boolean | null;
  readiness: Readiness;
  /** Fewer years of experience than the role's seniority asks: readiness is one step lower. */
  experienceShort: boolean;
}

export interface RiskSentenceInput {
  etr: number;
  source: 'domain' | 'role';
  preferredEtr: number;
  /** log10(role ETR) − log10(preferred ETR). */
  decades: number;
}

export interface Messages {
  lang: Lang;
  /** The value of the HTML lang attribute. */
  htmlLang: string;
  readiness: Record<Readiness, string>;
  tier: Record<Tier, string>;
  /** "strict tier" */
  tierLabel(tier: Tier): string;
  seniority: Record<Seniority, string>;
  appetite: Record<RiskAppetite, string>;
  trend: Record<Trend, string>;
  /** A role's outlook on one line: its trend, then the catalog's reason. */
  trendWithReason(trend: string, reason: string): string;
  stability: Record<'robust' | 'sensitive', string>;
  movement: Record<Movement, string>;
  /** Skill levels 0–5 as words. */
  level(level: number): string;
  /** "built-in", or a directory as given. */
  catalogSource(source: string): string;
  /** The region whose rules the report follows: a header line in every format (region-words.ts). */
  region: RegionWords;

  careerPathsFor(name: string): string;
  /** The appetite word, or "preferred ETR 3%" when the profile gave a number. */
  appetiteName(appetite: RiskAppetite | null, preferredEtr: number): string;
  /** "comfortable where about 3% of … (risk fit ≥ 50% from 0.4% to 90%)", without a full stop. */
  appetiteSentence(appetite: RiskAppetite | null, preferredEtr: number, band: { low: number; high: number }): string;
  /**
   * What the appetite (or the preferred ETR's tier) means for the stakes of the work, from
   * model/etr.ts's appetiteMeanings; for very-low and low, with the note that low means high stakes.
   * Whole sentences, full stops included.
   */
  appetiteMeaning(appetite: RiskAppetite | null, preferredEtr: number): string;
  /** "AI Trainer / Data Annotator: not ranked as a move; ↗ marks the roles it naturally leads to" */
  currentRole(title: string): string;
  /** The mark of a result that is a natural next step from the current role. */
  nextStep: string;
  component: { skill: string; risk: string; interest: string };
  /** "55 roles in 14 domains" */
  catalogSize(roles: number, domains: number): string;
  /** "55 considered, top 10 shown" */
  consideredShown(considered: number, shown: number): string;
  considered(considered: number): string;
  label: {
    riskAppetite: string;
    appetiteMeaning: string;
    currentRole: string;
    weights: string;
    catalog: string;
    legend: string;
    redFlags: string;
    gaps: string;
    strengths: string;
    risk: string;
    score: string;
    readiness: string;
    summary: string;
    why: string;
    outlook: string;
    time: string;
    implied: string;
  };
  /** "Statistics 2 (from Psychometrics)": a level the catalog infers from a skill the person rated. */
  impliedSkill(label: string, level: number, by: string): string;
  legendText: string;
  noResults: string;
  /** noResults with what to check, for the terminal. */
  noResultsWithHint: string;
  noGaps: string;
  moreGaps(count: number): string;
  /** How long to ready (and to stretch, for a long shot) at the person's hours a week: estimates. */
  effort(effort: ReportResult['effort'], hoursPerWeek: number): string;
  /** "role ETR 5% (guarded)" or "ETR 2%" */
  etrNote(etr: number, source: 'domain' | 'role', tier: Tier): string;
  whatIf(changes: string): string;
  riskSentence(input: RiskSentenceInput): string;
  explanation(input: ExplanationInput): string;
  /** Joins list items inside a sentence. */
  listSeparator: string;
  fullStop: string;
  /** Between two sentences: a space in English, nothing in Chinese. */
  sentenceSeparator: string;
  markdown: {
    riskAppetite: string;
    appetiteMeaning: string;
    currentRole: string;
    weights: string;
    catalog: string;
    /** "skill 0.60, risk 0.30, interest 0.10" */
    weightsLine(items: string[]): string;
    /** "built-in, 55 roles in 14 domains; 55 considered" */
    catalogLine(source: string, size: string, considered: string): string;
    ranking: string;
    rankingHeaders: [string, string, string, string, string, string, string, string, string, string];
    whatIf(changes: string): string;
    comparisonHeaders: [string, string, string, string, string];
    /** "**score 79**, **stretch**" */
    scoreReadiness(score: number, readiness: string): string;
    redFlags: string;
    /** "Python (have 1, need 4)" */
    redFlag(name: string, have: number, need: number): string;
    thePath: string;
    errorTolerance: string;
    /** The risk sentence as a sentence of its own. */
    sentence(text: string): string;
    allMet: string;
    skillsToBuild: string;
    /** "Python (essential): novice → proficient" */
    skillToBuild(name: string, essential: boolean, have: string, need: string): string;
    /** " Already there: Python, SQL." */
    alreadyThere(names: string[]): string;
    /** " Implied by skills you rated: Statistics 2 (from Psychometrics)." */
    implied(items: string[]): string;
    strategies: string;
    portfolioProject: string;
    outlook(trend: string): string;
    /** The label before the effort sentence. */
    time: string;
  };
  map: {
    title: string;
    /** The legend of the text risk map, whose comfort band is drawn with `fill`. */
    textLegend(fill: string): string;
    skillFit: string;
    roleEtr: string;
    comfortBand: string;
    /** Points of results that did not fit on the text map. */
    notShown(count: number): string;
    /** The tooltip of a point. */
    point(rank: number, title: string, skill: string, etr: string): string;
  };
  html: {
    documentTitle(name: string): string;
    generatedBy: string;
    ranking: string;
    mapCaption: string;
    /** The point colours of the map. */
    readinessLegend: string;
    top: string;
    /** How the score bar is made. */
    barNote: string;
    scoreOf(score: number): string;
    weight: string;
  };
}

const pct = (value: number) => `${Math.round(value * 100)}%`;

/** An appetite's meaning; for the low ones, the people who most often mistake the word, with the note that low means high stakes. */
const withNote = (lang: Lang, appetite: RiskAppetite, stop: string, space: string) =>
  `${appetiteMeanings[lang][appetite]}${stop}${appetite === 'very-low' || appetite === 'low' ? `${space}${appetiteNote[lang]}` : ''}`;

const en: Messages = {
  lang: 'en',
  htmlLang: 'en',
  readiness: { ready: 'ready', stretch: 'stretch', 'long-shot': 'long-shot' },
  tier: { critical: 'critical', strict: 'strict', guarded: 'guarded', tolerant: 'tolerant', open: 'open' },
  tierLabel: (tier) => `${tier} tier`,
  seniority: { entry: 'entry', mid: 'mid', senior: 'senior', lead: 'lead' },
  appetite: appetiteWords.en,
  trend: { growing: 'growing', stable: 'stable', shrinking: 'shrinking' },
  trendWithReason: (trend, reason) => `${trend}: ${reason}`,
  stability: { robust: 'robust', sensitive: 'sensitive' },
  movement: { up: 'up', down: 'down', same: 'same', entered: 'entered', left: 'left' },
  level: (level) => ['none', 'novice', 'advanced-beginner', 'competent', 'proficient', 'expert'][level] ?? String(level),
  catalogSource: (source) => source,
  region: regionWords.en,

  careerPathsFor: (name) => `Career paths for ${name}`,
  appetiteName: (appetite, preferredEtr) => appetite ?? `preferred ETR ${formatPercent(preferredEtr)}`,
  appetiteSentence: (appetite, preferredEtr, band) =>
    `${en.appetiteName(appetite, preferredEtr)}: comfortable where about ${formatPercent(preferredEtr)} of consequential AI errors go unreviewed (risk fit ≥ 50% from ${formatPercent(band.low)} to ${formatPercent(band.high)})`,
  appetiteMeaning: (appetite, preferredEtr) => withNote('en', appetite ?? appetiteOfEtr(preferredEtr), '.', ' '),
  currentRole: (title) => `${title}: not ranked as a move; ↗ marks the roles it naturally leads to`,
  nextStep: '↗ next step',
  component: { skill: 'skill', risk: 'risk', interest: 'interest' },
  catalogSize: (roles, domains) => `${roles} roles in ${domains} domains`,
  consideredShown: (considered, shown) => `${considered} considered, top ${shown} shown`,
  considered: (considered) => `${considered} considered`,
  label: {
    riskAppetite: 'risk appetite',
    appetiteMeaning: 'what it means',
    currentRole: 'current role',
    weights: 'weights',
    catalog: 'catalog',
    legend: 'legend',
    redFlags: 'red flags',
    gaps: 'gaps',
    strengths: 'strengths',
    risk: 'risk',
    score: 'score',
    readiness: 'readiness',
    summary: 'role',
    why: 'why',
    outlook: 'outlook',
    time: 'time',
    implied: 'implied',
  },
  legendText: 'score 0–100 · gaps as skill have→need (levels 0–5) · * essential skill · robust/sensitive: share of weightings that keep the role in this top list',
  noResults: 'No roles match: every domain was excluded or filtered out.',
  noResultsWithHint: "No roles match: every domain was excluded or filtered out. Check --domain and the profile's exclude list.",
  noGaps: 'none: you meet every requirement',
  impliedSkill: (label, level, by) => `${label} ${level} (from ${by})`,
  moreGaps: (count) => `+${count} more`,
  effort: ({ ready, stretch, yearsShort }, hoursPerWeek) => {
    const years = yearsShort === null ? '' : `${ready.steps === 0 ? '' : '; then '}${yearsShort} more year${yearsShort === 1 ? '' : 's'} of experience, which the seniority asks`;
    const steps = (n: number) => `${n} level step${n === 1 ? '' : 's'}`;
    const reach = (e: ReportEffort, to: string) => (e.weeks === null ? `${steps(e.steps)} to ${to} (no hours in the catalog)` : `about ${e.weeks} week${e.weeks === 1 ? '' : 's'} to ${to} (${e.hours} h, ${steps(e.steps)})`);
    if (ready.steps === 0) return yearsShort === null ? 'the skills are there: ready now' : `the skills are there${years}`;
    const pace = ready.weeks === null ? '' : `, at ${hoursPerWeek} h a week (estimates)`;
    return `${reach(ready, 'ready')}${stretch === null ? '' : ` · ${reach(stretch, 'stretch')}`}${pace}${years}`;
  },
  etrNote: (etr, source, tier) => (source === 'role' ? `role ETR ${formatPercent(etr)} (${tier})` : `ETR ${formatPercent(etr)}`),
  whatIf: (changes) => `What if: ${changes} against your profile as written`,
  riskSentence: ({ etr, source, preferredEtr, decades }) => {
    const who = source === 'role' ? 'this role tolerates' : 'domain tolerates';
    const distance = Math.abs(decades);
    const where =
      distance < 0.05
        ? 'right at your comfort'
        : `${distance.toFixed(1)} decade${distance.toFixed(1) === '1.0' ? '' : 's'} ${decades < 0 ? 'stricter than' : 'looser than'} your comfort`;
    return `${who} ≤ ${formatPercent(etr)} unreviewed errors; you prefer about ${formatPercent(preferredEtr)}: ${where}`;
  },
  explanation: (input) => {
    const interest = input.interestChosen === null ? 'no interests given' : input.interestChosen ? 'a domain you chose' : 'not among your interests';
    const readiness = { ready: 'ready to apply', stretch: 'a stretch: reachable by closing the gaps below', 'long-shot': 'a long shot for now' }[input.readiness];
    const experience = input.experienceShort ? ' (one step lower for fewer years of experience than the seniority asks)' : '';
    return (
      `Skill fit ${pct(input.skill)} (${input.met} of ${input.requirements} requirements met), ` +
      `risk fit ${pct(input.risk)}, interest ${pct(input.interest)} (${interest}); ` +
      `${readiness}${experience}.`
    );
  },
  listSeparator: '; ',
  fullStop: '.',
  sentenceSeparator: ' ',
  markdown: {
    riskAppetite: 'Risk appetite:',
    appetiteMeaning: 'What it means:',
    currentRole: 'Your current role:',
    weights: 'Weights:',
    catalog: 'Catalog:',
    weightsLine: (items) => items.join(', '),
    catalogLine: (source, size, considered) => `${source}, ${size}; ${considered}`,
    ranking: 'Ranking',
    rankingHeaders: ['#', 'Role', 'Domain', 'ETR', 'Score', 'Skill', 'Risk', 'Interest', 'Readiness', 'Stability'],
    whatIf: (changes) => `What if: ${changes}`,
    comparisonHeaders: ['Role', 'Before', 'After', 'Change', 'Movement'],
    scoreReadiness: (score, readiness) => `**score ${score}**, **${readiness}**`,
    redFlags: 'Red flags:',
    redFlag: (name, have, need) => `${name} (have ${have}, need ${need})`,
    thePath: 'The path',
    errorTolerance: 'Error tolerance.',
    sentence: (text) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`,
    allMet: '**Skills.** You meet every requirement.',
    skillsToBuild: 'Skills to build.',
    skillToBuild: (name, essential, have, need) => `${name}${essential ? ' (essential)' : ''}: ${have} → ${need}`,
    alreadyThere: (names) => ` Already there: ${names.join(', ')}.`,
    implied: (items) => ` Implied by skills you rated: ${items.join('; ')}.`,
    strategies: 'Strategies that keep errors within the ETR.',
    portfolioProject: 'Portfolio project.',
    outlook: (trend) => `Outlook: ${trend}.`,
    time: 'Time:',
  },
  map: {
    title: 'risk map',
    textLegend: (fill) => `x: skill fit · y: tier of the role's ETR · ${fill}: your comfort band · numbers: ranks`,
    skillFit: 'skill fit',
    roleEtr: 'role ETR (log scale)',
    comfortBand: 'your comfort band (risk fit ≥ 50%)',
    notShown: (count) => `+${count} not shown: no room on the map`,
    point: (rank, title, skill, etr) => `#${rank} ${title}: skill fit ${skill}, ETR ${etr}`,
  },
  html: {
    documentTitle: (name) => `Career paths for ${name}`,
    generatedBy: 'Generated by etr',
    ranking: 'Ranked roles',
    mapCaption: 'Each point is a role: across, how well your skills fit it; up, how many unreviewed AI errors it tolerates (log scale), over the ETR tiers. The hatched band is your comfort band; the top three are larger and named.',
    readinessLegend: 'point colour: readiness',
    top: 'top three',
    barNote: 'Each segment is a component times its weight; together they make the score.',
    scoreOf: (score) => `score ${score} of 100`,
    weight: 'weight',
  },
};

const zhLevels = ['无', '新手', '高级新手', '胜任', '精通', '专家'];

const zh: Messages = {
  lang: 'zh',
  htmlLang: 'zh-CN',
  readiness: { ready: '可投递', stretch: '需提升', 'long-shot': '差距较大' },
  tier: { critical: '极严', strict: '严格', guarded: '审慎', tolerant: '宽松', open: '开放' },
  tierLabel: (tier) => `${zh.tier[tier]}级`,
  seniority: { entry: '初级', mid: '中级', senior: '高级', lead: '专家级' },
  appetite: appetiteWords.zh,
  trend: { growing: '增长', stable: '平稳', shrinking: '萎缩' },
  trendWithReason: (trend, reason) => `${trend}：${reason}`,
  stability: { robust: '稳健', sensitive: '敏感' },
  movement: { up: '上升', down: '下降', same: '不变', entered: '新进', left: '跌出' },
  level: (level) => zhLevels[level] ?? String(level),
  catalogSource: (source) => (source === 'built-in' ? '内置目录' : source),
  region: regionWords.zh,

  careerPathsFor: (name) => `${name}的职业路径`,
  appetiteName: (appetite, preferredEtr) => (appetite ? zh.appetite[appetite] : `偏好 ETR ${formatPercent(preferredEtr)}`),
  appetiteSentence: (appetite, preferredEtr, band) =>
    `${zh.appetiteName(appetite, preferredEtr)}：可接受约 ${formatPercent(preferredEtr)} 的重大 AI 错误未经审核（风险匹配 ≥ 50% 的区间为 ${formatPercent(band.low)} 至 ${formatPercent(band.high)}）`,
  appetiteMeaning: (appetite, preferredEtr) => withNote('zh', appetite ?? appetiteOfEtr(preferredEtr), '。', ''),
  currentRole: (title) => `${title}：不作为转型方向参与排名；↗ 标出从它自然延伸出的下一步职位`,
  nextStep: '↗ 下一步',
  component: { skill: '技能', risk: '风险', interest: '兴趣' },
  catalogSize: (roles, domains) => `${domains} 个领域共 ${roles} 个职位`,
  consideredShown: (considered, shown) => `评估 ${considered} 个，显示前 ${shown} 个`,
  considered: (considered) => `评估 ${considered} 个`,
  label: {
    riskAppetite: '风险偏好',
    appetiteMeaning: '含义',
    currentRole: '当前职位',
    weights: '权重',
    catalog: '职位目录',
    legend: '说明',
    redFlags: '警示',
    gaps: '差距',
    strengths: '已具备',
    risk: '风险',
    score: '得分',
    readiness: '准备度',
    summary: '职位',
    why: '理由',
    outlook: '前景',
    time: '时间',
    implied: '推断',
  },
  legendText: '得分 0–100 · 差距记为“技能 现有等级→所需等级”（等级 0–5）· * 表示核心技能 · 稳健/敏感：该职位在多大比例的权重组合下仍留在本榜单中',
  noResults: '没有匹配的职位：所有领域都被排除或过滤掉了。',
  noResultsWithHint: '没有匹配的职位：所有领域都被排除或过滤掉了。请检查 --domain 参数和档案中的排除列表（exclude）。',
  noGaps: '无：你满足所有要求',
  impliedSkill: (label, level, by) => `${label} ${level}（由${by}推断）`,
  effort: ({ ready, stretch, yearsShort }, hoursPerWeek) => {
    const years = yearsShort === null ? '' : `${ready.steps === 0 ? '，' : '；此外'}还需 ${yearsShort} 年工作经验（该职级的要求）`;
    const reach = (e: ReportEffort, to: string) => (e.weeks === null ? `再提升 ${e.steps} 级可达到“${to}”（职位目录未提供学时）` : `约 ${e.weeks} 周可达到“${to}”（共 ${e.hours} 小时，提升 ${e.steps} 级）`);
    if (ready.steps === 0) return yearsShort === null ? '技能已具备：现在即可投递' : `技能已具备${years}`;
    const pace = ready.weeks === null ? '' : `；按每周 ${hoursPerWeek} 小时估算`;
    return `${reach(ready, '可投递')}${stretch === null ? '' : `；${reach(stretch, '需提升')}`}${pace}${years}`;
  },
  moreGaps: (count) => `另有 ${count} 项`,
  etrNote: (etr, source, tier) => (source === 'role' ? `职位 ETR ${formatPercent(etr)}（${zh.tier[tier]}）` : `ETR ${formatPercent(etr)}`),
  whatIf: (changes) => `假设 ${changes}：与档案原本的设置对比`,
  riskSentence: ({ etr, source, preferredEtr, decades }) => {
    const who = source === 'role' ? '该职位' : '该领域';
    const distance = Math.abs(decades);
    const where = distance < 0.05 ? '正合你的舒适水平' : `比你的舒适水平${decades < 0 ? '严格' : '宽松'} ${distance.toFixed(1)} 个数量级`;
    return `${who}最多容忍 ${formatPercent(etr)} 的错误未经审核；你偏好约 ${formatPercent(preferredEtr)}：${where}`;
  },
  explanation: (input) => {
    const interest = input.interestChosen === null ? '未填写兴趣' : input.interestChosen ? '你感兴趣的领域' : '不在你感兴趣的领域内';
    const readiness = { ready: '现在即可投递', stretch: '需要提升：补齐下列差距即可达到', 'long-shot': '目前差距较大' }[input.readiness];
    const experience = input.experienceShort ? '（工作年限少于该职级的要求，降一档）' : '';
    return (
      `技能匹配 ${pct(input.skill)}（满足 ${input.requirements} 项要求中的 ${input.met} 项），` +
      `风险匹配 ${pct(input.risk)}，兴趣 ${pct(input.interest)}（${interest}）；` +
      `${readiness}${experience}。`
    );
  },
  listSeparator: '；',
  fullStop: '。',
  sentenceSeparator: '',
  markdown: {
    riskAppetite: '风险偏好：',
    appetiteMeaning: '含义：',
    currentRole: '你的当前职位：',
    weights: '权重：',
    catalog: '职位目录：',
    weightsLine: (items) => items.join('，'),
    catalogLine: (source, size, considered) => `${source}，${size}；${considered}`,
    ranking: '排名',
    rankingHeaders: ['#', '职位', '领域', 'ETR', '得分', '技能', '风险', '兴趣', '准备度', '稳定性'],
    whatIf: (changes) => `假设：${changes}`,
    comparisonHeaders: ['职位', '之前', '之后', '变化', '走势'],
    scoreReadiness: (score, readiness) => `**得分 ${score}**，**${readiness}**`,
    redFlags: '警示：',
    redFlag: (name, have, need) => `${name}（现有 ${have}，需要 ${need}）`,
    thePath: '发展路径',
    errorTolerance: '错误容忍度。',
    sentence: (text) => `${text}。`,
    allMet: '**技能。** 你满足所有要求。',
    skillsToBuild: '需提升的技能。',
    skillToBuild: (name, essential, have, need) => `${name}${essential ? '（核心）' : ''}：${have} → ${need}`,
    alreadyThere: (names) => `已具备：${names.join('、')}。`,
    implied: (items) => `由你填写的技能推断：${items.join('；')}。`,
    strategies: '把错误控制在 ETR 以内的策略。',
    portfolioProject: '作品集项目。',
    outlook: (trend) => `前景：${trend}。`,
    time: '所需时间：',
  },
  map: {
    title: '风险地图',
    textLegend: (fill) => `横轴：技能匹配 · 纵轴：职位 ETR 所在等级 · ${fill}：你的舒适区 · 数字：排名`,
    skillFit: '技能匹配',
    roleEtr: '职位 ETR（对数刻度）',
    comfortBand: '你的舒适区（风险匹配 ≥ 50%）',
    notShown: (count) => `另有 ${count} 个职位因地图上没有空位而未显示`,
    point: (rank, title, skill, etr) => `#${rank} ${title}：技能匹配 ${skill}，ETR ${etr}`,
  },
  html: {
    documentTitle: (name) => `${name}的职业路径`,
    generatedBy: '由 etr 生成',
    ranking: '职位排名',
    mapCaption: '每个点代表一个职位：横向是你的技能与它的匹配程度；纵向是它可容忍的未经审核 AI 错误比例（对数刻度），底色为 ETR 等级。斜线带是你的舒适区；前三名的点更大并标出名称。',
    readinessLegend: '点的颜色：准备度',
    top: '前三名',
    barNote: '每一段是一个分项乘以其权重，各段之和即为得分。',
    scoreOf: (score) => `得分 ${score}（满分 100）`,
    weight: '权重',
  },
};

const tables: Record<Lang, Messages> = { en, zh };

export function messages(lang: Lang): Messages {
  return tables[lang];
}
