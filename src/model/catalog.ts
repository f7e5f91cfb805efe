import * as z from 'zod/mini';
import { etrSchema, tiers, type Tier } from './etr.js';
import type { Lang } from './lang.js';

/**
 * The shapes of the catalog files. Rules that span entities (references, uniqueness) live in rules.ts.
 * zod/mini, not classic zod: the same checks and issues at a fraction of the start-up cost, and
 * the messages come from core/zod-findings.ts anyway.
 */

export const skillCategories = [
  'foundations',
  'nlp',
  'vision',
  'audio',
  'generative-models',
  'mlops',
  'evaluation',
  'data',
  'safety-compliance',
  'domain-knowledge',
  'creative',
  'product',
  'business',
] as const;
export type SkillCategory = (typeof skillCategories)[number];

/** What each language calls the skill categories: English by their ids, as listings always have. */
export const skillCategoryNames: Readonly<Record<Lang, Readonly<Record<SkillCategory, string>>>> = {
  en: Object.fromEntries(skillCategories.map((category) => [category, category])) as Record<SkillCategory, string>,
  zh: {
    foundations: '基础',
    nlp: '自然语言处理',
    vision: '计算机视觉',
    audio: '语音与音频',
    'generative-models': '生成式模型',
    mlops: '模型工程与运维',
    evaluation: '评测',
    data: '数据',
    'safety-compliance': '安全与合规',
    'domain-knowledge': '行业知识',
    creative: '创意',
    product: '产品',
    business: '商业',
  },
};

/** lead: staff, principal or lead level, above senior. */
export const seniorities = ['entry', 'mid', 'senior', 'lead'] as const;
export const euAiActClasses = ['prohibited', 'high', 'limited', 'minimal'] as const;
export const outlookTrends = ['growing', 'stable', 'shrinking'] as const;

const text = z.string().check(z.trim(), z.minLength(1));
const id = z.string().check(z.minLength(1));
/** When a claim was last checked, as a month: claims about regulation and measurements age. */
export const yearMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month such as 2026-12 (YYYY-MM)'));

export { etrSchema };
const scale = z.int().check(z.minimum(1), z.maximum(5));

export const resourceKinds = ['course', 'docs', 'book', 'standard', 'practice'] as const;
export const resourceLangs = ['en', 'zh'] as const;

/** A place to learn a skill. https only: a learner follows these links. */
export const learningResourceSchema = z.strictObject({
  title: text,
  url: z.url({ protocol: /^https$/ }),
  kind: z.enum(resourceKinds),
  lang: z.enum(resourceLangs),
  free: z.boolean(),
  /** Only where the resource itself states its length. */
  hours: z.optional(z.number().check(z.positive())),
  asOf: yearMonth,
});

/** Where to learn a skill and how long each level takes: estimates, with their basis in words. */
export const learnSchema = z.strictObject({
  /** Hours for each step 0→1, 1→2, 2→3, 3→4, 4→5. */
  hoursPerLevel: z.array(z.number().check(z.positive())).check(z.length(5)),
  basis: text,
  resources: z.array(learningResourceSchema).check(z.minLength(1), z.maxLength(3)),
});

export const skillSchema = z.strictObject({
  id,
  name: text,
  category: z.enum(skillCategories),
  aliases: z._default(z.array(text), []),
  description: text,
  // Chinese aliases sit apart from the English ones so that a report in one language can list its own.
  zh: z.optional(z.strictObject({ name: text, aliases: z._default(z.array(text), []) })),
  learn: z.optional(learnSchema),
  /**
   * Skills that practising this one exercises, each at most to a level: a person who rates this
   * skill is credited with those they did not rate, never above this skill's own level.
   */
  implies: z.optional(z.array(z.strictObject({ skill: id, level: scale })).check(z.minLength(1), z.maxLength(10))),
});

/**
 * The jurisdictions whose rules the catalog can tell apart. Where a rule depends on the region and
 * the reader names none, the catalog's unmarked and EU items stand (its texts were written for the EU).
 */
export const regions = ['eu', 'us', 'cn'] as const;
export type Region = (typeof regions)[number];
/** The regions an item holds in; absent on an item that holds everywhere. */
const regionList = z.array(z.enum(regions)).check(z.minLength(1));

export const referenceSchema = z.strictObject({
  title: text,
  url: z.url({ protocol: /^https?$/ }),
  note: z.optional(text),
  asOf: z.optional(yearMonth),
  /** The jurisdictions whose rule this is; absent for a source that holds everywhere. */
  region: z.optional(regionList),
});

/** A strategy that only one region's rules call for, added to the domain's own in a report for that region. */
export const regionalStrategySchema = z.strictObject({ region: regionList, text, zh: z.optional(text) });

/** A role's portfolio project for a region whose rules differ from those the role's own project names. */
export const regionalVariantSchema = z.strictObject({
  region: regionList,
  portfolioProject: text,
  zh: z.optional(z.strictObject({ portfolioProject: text })),
});

export const domainSchema = z.strictObject({
  id,
  name: text,
  etr: etrSchema,
  tier: z.optional(z.enum(tiers)),
  euAiAct: z.enum(euAiActClasses),
  rationale: text,
  strategies: z.array(text).check(z.minLength(1)),
  references: z._default(z.array(referenceSchema), []),
  regionalStrategies: z.optional(z.array(regionalStrategySchema).check(z.minLength(1))),
  /** Words a job ad in the domain uses, for `etr match` to infer an ad's domain; each names one domain. */
  keywords: z.optional(z.strictObject({ en: z._default(z.array(text), []), zh: z._default(z.array(text), []) })),
  // The long texts' translations are optional: a report falls back to the English where one is missing.
  zh: z.optional(z.strictObject({ name: text, rationale: z.optional(text), strategies: z.optional(z.array(text)) })),
});

export const requirementSchema = z.strictObject({
  skill: id,
  level: scale,
  importance: scale,
  essential: z.boolean(),
  /** The regions whose rules make the role need this skill (the EU AI Act: [eu]); absent: everywhere. */
  region: z.optional(regionList),
});

export const roleSchema = z.strictObject({
  id,
  title: text,
  domain: id,
  seniority: z.enum(seniorities),
  summary: text,
  onet: z.optional(z.string().check(z.regex(/^\d{2}-\d{4}\.\d{2}$/, 'an O*NET-SOC code such as 15-2051.00'))),
  isco: z.optional(z.string().check(z.regex(/^\d{4}$/, 'an ISCO-08 unit group of four digits such as 2511'))),
  /** Why the codes are only the nearest occupation, for a role the classifications do not list yet. */
  codeNote: z.optional(text),
  etr: z.optional(etrSchema),
  etrReason: z.optional(text),
  /** The role's own AI Act class where its use case differs from its domain's (with the reason). */
  euAiAct: z.optional(z.enum(euAiActClasses)),
  euAiActReason: z.optional(text),
  skills: z.array(requirementSchema).check(z.minLength(1), z.maxLength(40)),
  related: z._default(z.array(id), []),
  portfolioProject: text,
  /** The portfolio project for other regions, where the role's own names one region's rules. */
  regional: z.optional(z.array(regionalVariantSchema).check(z.minLength(1))),
  outlook: z.strictObject({ trend: z.enum(outlookTrends), reason: text }),
  zh: z.optional(
    z.strictObject({
      title: text,
      summary: text,
      portfolioProject: z.optional(text),
      /** The translation of outlook.reason. */
      outlookReason: z.optional(text),
      etrReason: z.optional(text),
      euAiActReason: z.optional(text),
    }),
  ),
});

export const skillsFileSchema = z.strictObject({ skills: z.array(skillSchema) });
export const domainsFileSchema = z.strictObject({ domains: z.array(domainSchema) });
export const rolesFileSchema = z.strictObject({ roles: z.array(roleSchema) });


export type Skill = z.output<typeof skillSchema>;
/** A domain as loaded: its tier is always present, derived from the ETR when the file omits it. */
export type Domain = z.output<typeof domainSchema> & { tier: Tier };
export type Requirement = z.output<typeof requirementSchema>;
export type Role = z.output<typeof roleSchema>;

/** A checked catalog: every reference resolves; each list is sorted by id. */
export interface Catalog {
  skills: Skill[];
  domains: Domain[];
  roles: Role[];
}
