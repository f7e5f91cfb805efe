import { z } from 'zod';
import { tiers } from '../engine/etr.js';

/** The shapes of the catalog files. Rules that span entities (references, uniqueness) live in rules.ts. */

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
] as const;
export const seniorities = ['entry', 'mid', 'senior'] as const;
export const euAiActClasses = ['prohibited', 'high', 'limited', 'minimal'] as const;
export const outlookTrends = ['growing', 'stable', 'shrinking'] as const;

const text = z.string().trim().min(1);
const id = z.string().min(1);
/** An ETR is a fraction strictly between 0 and 1: no domain tolerates no error or every error. */
export const etrSchema = z.number().gt(0).lt(1);
const scale = z.number().int().min(1).max(5);

export const skillSchema = z.strictObject({
  id,
  name: text,
  category: z.enum(skillCategories),
  aliases: z.array(text).default([]),
  description: text,
  zh: z.strictObject({ name: text }).optional(),
});

export const referenceSchema = z.strictObject({
  title: text,
  url: z.url({ protocol: /^https?$/ }),
  note: text.optional(),
});

export const domainSchema = z.strictObject({
  id,
  name: text,
  etr: etrSchema,
  tier: z.enum(tiers).optional(),
  euAiAct: z.enum(euAiActClasses),
  rationale: text,
  strategies: z.array(text).min(1),
  references: z.array(referenceSchema).default([]),
  zh: z.strictObject({ name: text }).optional(),
});

export const requirementSchema = z.strictObject({
  skill: id,
  level: scale,
  importance: scale,
  essential: z.boolean(),
});

export const roleSchema = z.strictObject({
  id,
  title: text,
  domain: id,
  seniority: z.enum(seniorities),
  summary: text,
  onet: z.string().regex(/^\d{2}-\d{4}\.\d{2}$/, 'an O*NET-SOC code such as 15-2051.00').optional(),
  etr: etrSchema.optional(),
  etrReason: text.optional(),
  skills: z.array(requirementSchema).min(1).max(20),
  related: z.array(id).default([]),
  portfolioProject: text,
  outlook: z.strictObject({ trend: z.enum(outlookTrends), reason: text }),
  zh: z.strictObject({ title: text, summary: text }).optional(),
});

export const skillsFileSchema = z.strictObject({ skills: z.array(skillSchema) });
export const domainsFileSchema = z.strictObject({ domains: z.array(domainSchema) });
export const rolesFileSchema = z.strictObject({ roles: z.array(roleSchema) });
