import * as z from 'zod/mini';
import { etrSchema, euAiActClasses, regions, seniorities } from '../model/catalog.js';
import { tiers } from '../model/etr.js';
import { langs } from '../model/lang.js';
import { reportLocalizedSchema, reportProblemSchema, reportResultSchema } from './schema.js';

/*
 * The result of `etr match --job FILE`: what a job ad asks for, read against the catalog. The zod
 * schema is the contract (objects closed); `etr schema match` turns it into a JSON Schema, and
 * the MatchReport type is derived from it, so the two cannot drift apart.
 */

export const matchSchemaVersion = 1;

const fraction = z.number().check(z.minimum(0), z.maximum(1));
const lineNumber = z.int().check(z.minimum(1));
const count = z.int().check(z.minimum(0));

/** required: under a "Requirements" heading or said on the line; nice: "Nice to have", "preferred", "优先"; unspecified: neither. */
export const jobRequirementKinds = ['required', 'nice', 'unspecified'] as const;
export type JobRequirementKind = (typeof jobRequirementKinds)[number];

export const matchEvidenceSchema = z.strictObject({
  line: lineNumber,
  text: z.string(),
  matched: z.string(),
  kind: z.enum(jobRequirementKinds),
});

export const matchSkillSchema = z.strictObject({
  skill: z.string(),
  name: z.string(),
  kind: z.enum(jobRequirementKinds),
  evidence: z.array(matchEvidenceSchema),
});

export const keywordHitSchema = z.strictObject({ line: lineNumber, keyword: z.string() });

export const domainCandidateSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  etr: etrSchema,
  tier: z.enum(tiers),
  euAiAct: z.enum(euAiActClasses),
  score: z.number().check(z.minimum(0)),
  keywordHits: count,
  roleOverlap: fraction,
  evidence: z.array(keywordHitSchema),
});

export const closeRoleSchema = z.strictObject({
  rank: z.int().check(z.minimum(1)),
  id: z.string(),
  title: z.string(),
  domain: z.string(),
  seniority: z.enum(seniorities),
  closeness: fraction,
  roleCover: fraction,
  adCover: fraction,
  inInferredDomain: z.boolean(),
  shared: z.array(z.string()),
});

export const matchReportSchema = z.strictObject({
  schemaVersion: z.literal(matchSchemaVersion),
  job: z.strictObject({ file: z.string(), lines: count }),
  catalog: z.strictObject({ source: z.string(), digest: z.string() }),
  /** The region whose rules the roles' requirements follow; null when none was given (the catalog's EU defaults). */
  region: z.nullable(z.enum(regions)),
  skills: z.array(matchSkillSchema),
  domain: z.strictObject({
    status: z.enum(['inferred', 'unknown']),
    best: z.nullable(domainCandidateSchema),
    candidates: z.array(domainCandidateSchema),
  }),
  roles: z.array(closeRoleSchema),
  profile: z.nullable(z.strictObject({ name: z.string(), preferredEtr: etrSchema, riskAppetite: z.nullable(z.string()) })),
  fit: z.nullable(reportResultSchema),
  fitNote: z.nullable(z.string()),
  warnings: z.array(reportProblemSchema),
  /** The language of the report's sentences (fitNote, the fit's riskSentence and explanation) and of its renderings. */
  lang: z.enum(langs),
  /** For a language other than en: the catalog's translations of the names the report shows, as advise's report gives them; null for en. */
  localized: z.nullable(reportLocalizedSchema),
});

export type MatchReport = z.output<typeof matchReportSchema>;
export type MatchSkill = z.output<typeof matchSkillSchema>;
export type MatchEvidence = z.output<typeof matchEvidenceSchema>;
export type DomainCandidate = z.output<typeof domainCandidateSchema>;
export type CloseRole = z.output<typeof closeRoleSchema>;
