import * as z from 'zod/mini';
import { described } from './described.js';
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

// Each field's description is what `etr schema catalog` shows a catalog author on hover.

/** A place to learn a skill. https only: a learner follows these links. */
export const learningResourceSchema = z.strictObject({
  title: described(text, 'The resource\'s title, as it gives it.'),
  url: described(z.url({ protocol: /^https$/ }), 'Where to find it: an https:// link (a learner follows it).'),
  kind: described(z.enum(resourceKinds), 'What it is: course, docs, book, standard or practice.'),
  lang: described(z.enum(resourceLangs), 'The language it is in: en or zh.'),
  free: described(z.boolean(), 'true when it costs nothing to use.'),
  /** Only where the resource itself states its length. */
  hours: described(z.optional(z.number().check(z.positive())), 'Its length in hours, only where the resource itself states it.'),
  asOf: described(yearMonth, 'When the link and its details were last checked, as YYYY-MM (e.g. 2026-11).'),
});

/** Where to learn a skill and how long each level takes: estimates, with their basis in words. */
export const learnSchema = z.strictObject({
  /** Hours for each step 0→1, 1→2, 2→3, 3→4, 4→5. */
  hoursPerLevel: described(z.array(z.number().check(z.positive())).check(z.length(5)), 'Estimated hours of learning for each step up: five numbers, for 0→1, 1→2, 2→3, 3→4 and 4→5 (e.g. [15, 40, 120, 400, 1200]). Reports turn gaps into hours and weeks with them.'),
  basis: described(text, 'What the hours are based on, in words (a course\'s stated length, a curriculum…): they are estimates.'),
  resources: described(z.array(learningResourceSchema).check(z.minLength(1), z.maxLength(3)), 'One to three places to learn the skill.'),
});

export const skillSchema = z.strictObject({
  id: described(id, 'The skill\'s id: kebab-case (lower-case words joined by hyphens, e.g. prompt-engineering), unique among the skills; roles and profiles name the skill by it.'),
  name: described(text, 'The skill\'s name in English, as reports show it (e.g. Prompt engineering); profiles may use it as a key.'),
  category: described(z.enum(skillCategories), 'The group the skill is listed under in `etr catalog skills`.'),
  aliases: described(z._default(z.array(text), []), 'Other English names a profile may use for the skill (any case), e.g. an abbreviation; each names one skill only.'),
  description: described(text, 'What the skill is, in a sentence.'),
  // Chinese aliases sit apart from the English ones so that a report in one language can list its own.
  zh: described(z.optional(z.strictObject({ name: described(text, 'The skill\'s name in Chinese, as reports in Chinese (--lang zh) show it; profiles may use it as a key.'), aliases: described(z._default(z.array(text), []), 'Other Chinese names a profile may use for the skill.') })), 'The skill\'s Chinese name and aliases.'),
  learn: described(z.optional(learnSchema), 'Where to learn the skill (1–3 resources, https only, each dated) and an estimate of the hours each level takes, with its basis in words.'),
  /**
   * Skills that practising this one exercises, each at most to a level: a person who rates this
   * skill is credited with those they did not rate, never above this skill's own level.
   */
  implies: described(
    z.optional(
      z
        .array(
          z.strictObject({
            skill: described(id, 'The id of the skill implied.'),
            level: described(scale, 'The highest level 1–5 the implied skill is credited at (never above the person\'s level in this skill).'),
          }),
        )
        .check(z.minLength(1), z.maxLength(10)),
    ),
    'Skills that practising this one exercises (1–10), each up to a level: a person who rates this skill is credited with those they did not rate, never above this skill\'s own level.',
  ),
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
  title: described(text, 'The source\'s title (a regulation, a standard, a study).'),
  url: described(z.url({ protocol: /^https?$/ }), 'Where to read it: an http:// or https:// link.'),
  note: described(z.optional(text), 'What in the source supports the ETR, in a sentence.'),
  asOf: described(z.optional(yearMonth), 'When the claim was last checked, as YYYY-MM; `etr validate` warns when it is older than --max-age months.'),
  /** The jurisdictions whose rule this is; absent for a source that holds everywhere. */
  region: described(z.optional(regionList), 'The jurisdictions whose rule this is (eu, us, cn); absent for a source that holds everywhere.'),
});

/** A strategy that only one region's rules call for, added to the domain's own in a report for that region. */
export const regionalStrategySchema = z.strictObject({
  region: described(regionList, 'The regions whose rules call for it (eu, us, cn), e.g. [cn].'),
  text: described(text, 'The safeguard, in English.'),
  zh: described(z.optional(text), 'The safeguard in Chinese.'),
});

/** A role's portfolio project for a region whose rules differ from those the role's own project names. */
export const regionalVariantSchema = z.strictObject({
  region: described(regionList, 'The regions this project is for (us, cn; never eu, whose project is the role\'s own).'),
  portfolioProject: described(text, 'The portfolio project for those regions, in English.'),
  zh: described(z.optional(z.strictObject({ portfolioProject: described(text, 'The project in Chinese.') })), 'The Chinese translation of the project.'),
});

export const domainSchema = z.strictObject({
  id: described(id, 'The domain\'s id: kebab-case, unique among the domains (e.g. medical); its roles live in roles/<id>.yaml.'),
  name: described(text, 'The domain\'s name in English, as reports show it.'),
  etr: described(etrSchema, 'Error tolerance rate: the largest share of consequential AI errors that may reach a decision unreviewed, from 0.000001 up to, not including, 1 (0.01 = 1%).'),
  tier: described(z.optional(z.enum(tiers)), 'critical ≤ 0.001 < strict ≤ 0.01 < guarded ≤ 0.05 < tolerant ≤ 0.15 < open; when given it must agree with etr, when absent it is derived from it.'),
  euAiAct: described(z.enum(euAiActClasses), 'The domain\'s risk class under the EU AI Act: prohibited, high, limited or minimal.'),
  rationale: described(text, 'Why the domain tolerates this many errors, in a few sentences.'),
  strategies: described(z.array(text).check(z.minLength(1)), 'The safeguards that keep errors within the ETR (at least one).'),
  references: described(z._default(z.array(referenceSchema), []), 'Sources that support the ETR.'),
  regionalStrategies: described(z.optional(z.array(regionalStrategySchema).check(z.minLength(1))), 'Safeguards only one region\'s rules call for (region: [cn], with text and its zh translation), added after the domain\'s own in a report for that region (--region).'),
  /** Words a job ad in the domain uses, for `etr match` to infer an ad's domain; each names one domain. */
  keywords: described(
    z.optional(
      z.strictObject({
        en: described(z._default(z.array(text), []), 'English words or phrases, e.g. clinical, patient.'),
        zh: described(z._default(z.array(text), []), 'Chinese words or phrases.'),
      }),
    ),
    'Words a job ad in the domain uses, for `etr match` to infer an ad\'s domain; each keyword names one domain only.',
  ),
  // The long texts' translations are optional: a report falls back to the English where one is missing.
  zh: described(
    z.optional(
      z.strictObject({
        name: described(text, 'The domain\'s name in Chinese.'),
        rationale: described(z.optional(text), 'The rationale in Chinese.'),
        strategies: described(z.optional(z.array(text)), 'The strategies in Chinese, one for each English one, in the same order.'),
      }),
    ),
    'Chinese translations, for reports in Chinese (--lang zh); a missing text falls back to the English.',
  ),
});

export const requirementSchema = z.strictObject({
  skill: described(id, 'The id of the skill the role needs (see skills.yaml).'),
  level: described(scale, 'The level the role needs, 1–5: 1 novice, 2 advanced-beginner, 3 competent, 4 proficient, 5 expert.'),
  importance: described(scale, 'How much the skill counts in the role\'s skill fit, 1 (a little) to 5 (most).'),
  essential: described(z.boolean(), 'true when the role cannot be done without it: an essential skill two or more levels short is a red flag. Every role needs at least one.'),
  /** The regions whose rules make the role need this skill (the EU AI Act: [eu]); absent: everywhere. */
  region: described(z.optional(regionList), 'The regions whose rules make the role need this skill (the EU AI Act: [eu]; the PRC AI rules: [cn]); absent: everywhere. A report without a region uses the unmarked and eu requirements.'),
});

export const roleSchema = z.strictObject({
  id: described(id, 'The role\'s id: kebab-case, unique among all roles (e.g. clinical-data-manager-ai).'),
  title: described(text, 'The role\'s title in English, as reports show it; a profile\'s currentRole may name it.'),
  domain: described(id, 'The id of the role\'s domain: the <domain> of the roles/<domain>.yaml file it is in.'),
  seniority: described(z.enum(seniorities), 'entry, mid (2+ years), senior (5+ years) or lead (staff, principal or lead level; 8+ years).'),
  summary: described(text, 'What the role does, in a sentence or two.'),
  onet: described(z.optional(z.string().check(z.regex(/^\d{2}-\d{4}\.\d{2}$/, 'an O*NET-SOC code such as 15-2051.00'))), 'O*NET-SOC occupation code, such as 15-2051.00.'),
  isco: described(z.optional(z.string().check(z.regex(/^\d{4}$/, 'an ISCO-08 unit group of four digits such as 2511'))), 'ISCO-08 unit group (four digits), such as 2511: the level ESCO\'s occupations sit under.'),
  /** Why the codes are only the nearest occupation, for a role the classifications do not list yet. */
  codeNote: described(z.optional(text), 'Why onet and isco are only the nearest occupation, for a role the classifications do not list yet.'),
  etr: described(z.optional(etrSchema), 'An override of the domain\'s ETR for this role, with etrReason.'),
  etrReason: described(z.optional(text), 'Why the role\'s ETR differs from its domain\'s (required with etr).'),
  /** The role's own AI Act class where its use case differs from its domain's (with the reason). */
  euAiAct: described(z.optional(z.enum(euAiActClasses)), 'The role\'s own EU AI Act class where its use case differs from its domain\'s, with euAiActReason.'),
  euAiActReason: described(z.optional(text), 'Why the role\'s AI Act class differs from its domain\'s (required with euAiAct).'),
  skills: described(z.array(requirementSchema).check(z.minLength(1), z.maxLength(40)), 'The skills the role needs (1–40), each with a level, an importance and whether it is essential.'),
  related: described(z._default(z.array(id), []), 'Ids of related roles: the roles this one naturally leads to, marked as next steps for a person whose currentRole it is.'),
  portfolioProject: described(text, 'A project that would show an employer readiness for the role, in English.'),
  /** The portfolio project for other regions, where the role's own names one region's rules. */
  regional: described(z.optional(z.array(regionalVariantSchema).check(z.minLength(1))), 'The portfolio project for other regions, where the role\'s own names one region\'s rules (an EU regulation, say): each variant names its regions and replaces portfolioProject in a report for them; at most one variant per region, none for eu (the role\'s own project is the EU default).'),
  outlook: described(
    z.strictObject({
      trend: described(z.enum(outlookTrends), 'Whether demand for the role is growing, stable or shrinking.'),
      reason: described(text, 'Why, in a sentence.'),
    }),
    'Where demand for the role is heading, and why.',
  ),
  zh: described(
    z.optional(
      z.strictObject({
        title: described(text, 'The role\'s title in Chinese; a profile\'s currentRole may name it.'),
        summary: described(text, 'The summary in Chinese.'),
        portfolioProject: described(z.optional(text), 'The portfolio project in Chinese.'),
        /** The translation of outlook.reason. */
        outlookReason: described(z.optional(text), 'The translation of outlook.reason.'),
        etrReason: described(z.optional(text), 'The translation of etrReason.'),
        euAiActReason: described(z.optional(text), 'The translation of euAiActReason.'),
      }),
    ),
    'Chinese translations, for reports in Chinese (--lang zh); a missing text falls back to the English.',
  ),
});

export const skillsFileSchema = z.strictObject({ skills: described(z.array(skillSchema), 'The catalog\'s skills, with the names profiles may use for them; roles name them by id.') });
export const domainsFileSchema = z.strictObject({ domains: described(z.array(domainSchema), 'The catalog\'s domains, each with its error tolerance rate (ETR).') });
export const rolesFileSchema = z.strictObject({ roles: described(z.array(roleSchema), 'The roles of the domain this file is named after (roles/<domain>.yaml).') });


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
