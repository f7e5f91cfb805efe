import { terminalSafe } from '../core/terminal-text.js';
import { displayWidth, padEnd } from '../core/text-width.js';
import { appetiteEtr, appetiteMeanings, appetiteNote, formatPercent, riskAppetites, type RiskAppetite } from '../model/etr.js';
import type { Lang } from '../model/lang.js';
import { messages } from '../report/i18n.js';
import type { Draft, LevelReason, MonthIndex } from '../report/import.js';

/*
 * `etr import`'s draft profile as YAML text (the draft is read by src/app/import.ts): every value
 * with a comment that says where it came from, in the language asked for, for the person to check.
 */

function formatMonth(index: MonthIndex): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** A YAML scalar for a name: plain when safe, else double-quoted. */
function yamlString(value: string): string {
  return /^[\p{L}][\p{L}\p{M} '’.-]*$/u.test(value) && !/[:#]/.test(value) ? value : JSON.stringify(value);
}

/** The comments of a draft, in each language. */
const texts = {
  en: {
    header: (source: string, month: string) => [
      `# DRAFT profile read from ${source} by \`etr import\` (${month}).`,
      '# Check every line: the levels are estimates from the CV\'s words, each marked "check".',
      '# Levels: 0 none · 1 novice · 2 advanced-beginner · 3 competent · 4 proficient · 5 expert.',
      '# Then run: etr advise --profile <this file>',
    ],
    name: 'check: the first lines of the CV',
    noName: '# name: your name  # no plain name line was found at the top of the CV',
    years: (spans: string) => `check: from the work history's dates, overlaps once: ${spans}`,
    noYears: '# experienceYears: 0  # no dated work history was found: give your years of work',
    about: (percent: string) => `about ${percent}`,
    appetite: '# riskAppetite: medium  # choose one; the CV cannot say. What each means:',
    currentRole: '# currentRole: the job you hold, if `etr catalog roles` lists it',
    noSkills: 'skills: {}  # no skill of the catalog was found: add yours (etr catalog skills lists them)',
    check: (level: string, line: number, matched: string, excerpt: string) => `check (${level}): line ${line} "${matched}" in "${excerpt}"`,
    also: (lines: readonly number[]) => `; also line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}`,
    mentioned: 'mentioned',
    certificationsSection: 'certifications section',
    senior: (title: string) => `senior title "${title}" +1`,
    reasonsLead: ': ',
    line: (line: number, text: string) => `line ${line} "${text}"`,
    quote: (words: string) => `"${words}"`,
    and: ', ',
  },
  zh: {
    header: (source: string, month: string) => [
      `# 个人档案草稿：由 \`etr import\` 根据 ${source} 生成（${month}）。`,
      '# 请逐行核对：各项技能的级别是按简历用词估计的，每项都标了“请核对”。',
      '# 级别：0 无 · 1 新手 · 2 高级新手 · 3 胜任 · 4 精通 · 5 专家。',
      '# 核对完后运行：etr advise --profile <此文件>',
    ],
    name: '请核对：取自简历开头几行',
    noName: '# name: 你的名字  # 简历开头没有找到单独的姓名行',
    years: (spans: string) => `请核对：按工作经历的起止日期推算，重叠的时段只算一次；依据：${spans}`,
    noYears: '# experienceYears: 0  # 没有找到带日期的工作经历：请填写你的工作年限',
    about: (percent: string) => `约${percent}`,
    appetite: '# riskAppetite: medium  # 简历里看不出风险偏好，请从下列各项中选一个：',
    currentRole: '# currentRole: 你目前的职位（`etr catalog roles` 里有的话）',
    noSkills: 'skills: {}  # 没有找到职位目录中的技能：请自己填写（etr catalog skills 列出了全部技能）',
    check: (level: string, line: number, matched: string, excerpt: string) => `请核对（${level}）：第${line}行的“${matched}”，原句“${excerpt}”`,
    also: (lines: readonly number[]) => `；另见第${lines.join('、')}行`,
    reasonsLead: '；依据：',
    line: (line: number, text: string) => `第${line}行“${text}”`,
    mentioned: '仅提及',
    certificationsSection: '列在证书部分',
    senior: (title: string) => `高级职位“${title}”，加1级`,
    quote: (words: string) => `“${words}”`,
    and: '、',
  },
} satisfies Record<Lang, unknown>;

function reasonText(reason: LevelReason, lang: Lang): string {
  const t = texts[lang];
  if ('words' in reason) return t.quote(terminalSafe(reason.words));
  if ('mentioned' in reason) return t.mentioned;
  if ('certificationsSection' in reason) return t.certificationsSection;
  return t.senior(reason.seniorTitle);
}

/** The draft as a profile's YAML, with a comment on every value saying where it came from, in `lang`. */
export function renderDraft(draft: Draft, source: string, now: MonthIndex, lang: Lang = 'en'): string {
  const t = texts[lang];
  const out: string[] = [...t.header(terminalSafe(source), formatMonth(now))];
  // The appetite table as the starter profile writes it; in English, "about 3%" in 10 columns as it always was.
  const word = (a: RiskAppetite) => (lang === 'en' ? a : `${a}（${messages(lang).appetite[a]}）`);
  const wordWidth = Math.max(...riskAppetites.map((a) => displayWidth(word(a))));
  const aboutWidth = Math.max(lang === 'en' ? 10 : 0, ...riskAppetites.map((a) => displayWidth(t.about(formatPercent(appetiteEtr[a])))));
  out.push(draft.name !== undefined ? `name: ${yamlString(draft.name)}  # ${t.name}` : t.noName);
  if (draft.experienceYears !== undefined) {
    const spans = draft.periods.map((p) => t.line(p.line, terminalSafe(p.text))).join(t.and);
    out.push(`experienceYears: ${draft.experienceYears}  # ${t.years(spans)}`);
  } else {
    out.push(t.noYears);
  }
  out.push(
    t.appetite,
    ...riskAppetites.map((a) => `#   ${padEnd(word(a), wordWidth)}  ${padEnd(t.about(formatPercent(appetiteEtr[a])), aboutWidth)}  ${appetiteMeanings[lang][a]}`),
    `#   ${appetiteNote[lang]}`,
    t.currentRole,
  );
  if (draft.skills.length === 0) {
    out.push(t.noSkills);
  } else {
    out.push('skills:');
    const level = messages(lang).level;
    const width = Math.max(...draft.skills.map((s) => s.id.length));
    for (const s of draft.skills) {
      const check = t.check(level(s.level), s.line, terminalSafe(s.matched), s.excerpt);
      const reasons = s.reasons.map((r) => reasonText(r, lang)).join(t.and);
      const also = s.alsoLines.length > 0 ? t.also(s.alsoLines) : '';
      out.push(`  ${`${s.id}:`.padEnd(width + 1)} ${s.level}  # ${check}${t.reasonsLead}${reasons}${also}`);
    }
  }
  return `${out.join('\n')}\n`;
}

