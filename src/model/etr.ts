import * as z from 'zod/mini';
import type { Lang } from './lang.js';

/**
 * Error tolerance rate (ETR): the largest share of consequential AI errors that may reach a
 * decision or its recipient unreviewed. ETRs span orders of magnitude, so comparisons are made
 * on a log10 scale, in "decades".
 */
export const tiers = ['critical', 'strict', 'guarded', 'tolerant', 'open'] as const;
export type Tier = (typeof tiers)[number];

/** Upper bound (inclusive) of each tier's ETR; `open` is everything above `tolerant`. */
export const tierCeilings: Readonly<Record<Exclude<Tier, 'open'>, number>> = {
  critical: 0.001,
  strict: 0.01,
  guarded: 0.05,
  tolerant: 0.15,
};

export function tierOf(etr: number): Tier {
  if (etr <= tierCeilings.critical) return 'critical';
  if (etr <= tierCeilings.strict) return 'strict';
  if (etr <= tierCeilings.guarded) return 'guarded';
  if (etr <= tierCeilings.tolerant) return 'tolerant';
  return 'open';
}

/** The ETR range of a tier as text, e.g. "0.01 < ETR ≤ 0.05". */
export function tierRange(tier: Tier): string {
  const index = tiers.indexOf(tier);
  const floor = index > 0 ? tierCeilings[tiers[index - 1] as Exclude<Tier, 'open'>] : undefined;
  const ceiling = tier === 'open' ? undefined : tierCeilings[tier];
  if (floor === undefined) return `ETR ≤ ${ceiling}`;
  if (ceiling === undefined) return `ETR > ${floor}`;
  return `${floor} < ETR ≤ ${ceiling}`;
}

export const riskAppetites = ['very-low', 'low', 'medium', 'high', 'very-high'] as const;
export type RiskAppetite = (typeof riskAppetites)[number];

/** The ETR a person of each appetite is most comfortable working under. */
export const appetiteEtr: Readonly<Record<RiskAppetite, number>> = {
  'very-low': 0.001,
  low: 0.01,
  medium: 0.03,
  high: 0.1,
  'very-high': 0.3,
};

/**
 * What each appetite word means for the work a person is sent to, in each language: one source
 * for the starter profile, the report's header, `--help` and the README. Each appetite's ETR lies
 * in a tier of its own (very-low 0.1%: critical, low 1%: strict, medium 3%: guarded, high 10%:
 * tolerant, very-high 30%: open), and risk fit peaks there, so each sentence names that tier and
 * the stakes of its domains. The point people miss: a low appetite means high stakes.
 */
export const appetiteMeanings: Readonly<Record<Lang, Readonly<Record<RiskAppetite, string>>>> = {
  en: {
    'very-low': 'you want work where almost no AI error may pass unreviewed: the highest-stakes domains, where one error can injure or kill (safety-critical systems, closed-loop medical devices; critical tier)',
    low: 'you want work where very few AI errors may pass unreviewed: high-stakes regulated domains (clinical care, pharma, law, industrial systems; strict tier)',
    medium: "you want work where few AI errors may pass unreviewed: decisions about people's money, jobs and schooling (lending, insurance, hiring, education; guarded tier)",
    high: 'you can work where some AI errors pass unreviewed: lower-stakes services and information (customer service, news, translation; tolerant tier)',
    'very-high': 'you can work where many AI errors pass unreviewed: the lowest-stakes domains (marketing content, e-commerce, entertainment; open tier)',
  },
  zh: {
    'very-low': '你想做的工作几乎不允许 AI 错误未经审核就放行：风险最高的领域，一个错误就可能伤人甚至致命（安全关键系统、闭环医疗器械；极严级）',
    low: '你想做的工作只允许极少数 AI 错误未经审核就放行：受严格监管的高风险领域（临床医疗、制药、法律、工业系统；严格级）',
    medium: '你想做的工作只允许少量 AI 错误未经审核就放行：关乎他人钱财、工作和学业的决定（信贷、保险、招聘、教育；审慎级）',
    high: '你能接受有一些 AI 错误未经审核就放行的工作：风险较低的服务与信息类工作（客服、新闻、翻译；宽松级）',
    'very-high': '你能接受有较多 AI 错误未经审核就放行的工作：风险最低的领域（营销内容、电商、娱乐；开放级）',
  },
};

/** The appetite words as each language's reader says them: profiles always write the English ids. */
export const appetiteWords: Readonly<Record<Lang, Readonly<Record<RiskAppetite, string>>>> = {
  en: { 'very-low': 'very-low', low: 'low', medium: 'medium', high: 'high', 'very-high': 'very-high' },
  zh: { 'very-low': '极低', low: '低', medium: '中等', high: '高', 'very-high': '极高' },
};

/** The warning that goes with the appetite words wherever a person chooses one. */
export const appetiteNote: Readonly<Record<Lang, string>> = {
  en: 'A low appetite means high stakes: very-low points you to safety-critical work. For low-stakes work, choose high or very-high.',
  zh: '风险偏好越低，工作的风险越高：very-low（极低）会把你引向安全关键的工作。想做后果较轻的工作，请选 high（高）或 very-high（极高）。',
};

/**
 * The appetite word whose ETR lies in the same tier as `etr`: what a preferred ETR given as a
 * number means, in the words above.
 */
export function appetiteOfEtr(etr: number): RiskAppetite {
  const tier = tierOf(etr);
  return riskAppetites.find((a) => tierOf(appetiteEtr[a]) === tier)!;
}

/** log10(role) − log10(preferred): negative when the role is stricter than the person's comfort. */
export function decadesBetween(roleEtr: number, preferredEtr: number): number {
  return Math.log10(roleEtr) - Math.log10(preferredEtr);
}

/** An ETR as a percentage people read easily: 0.005 → "0.5%", 0.25 → "25%", 0.0001 → "0.01%". */
export function formatPercent(fraction: number): string {
  const percent = fraction * 100;
  const digits = percent >= 10 ? 0 : percent >= 1 ? 1 : Math.max(1, 1 - Math.floor(Math.log10(percent)));
  return `${Number(percent.toFixed(digits))}%`;
}

/**
 * The smallest ETR etr accepts: one unreviewed consequential error in a million. Below it no
 * deployment could show it meets its budget (that takes millions of reviewed outputs), and the
 * strictest safety standards' bands end near it (IEC 61508 SIL 4 on demand: 1e-5 to 1e-4).
 * Profiles, --risk and catalogs share it, so what validates also renders.
 */
export const minimumEtr = 1e-6;

/**
 * An ETR is a fraction from minimumEtr up to, not including, 1: no domain tolerates every error.
 * A module of its own so that a profile can be checked without building the catalog's schemas.
 */
export const etrSchema = z.number().check(z.gte(minimumEtr), z.lt(1));
