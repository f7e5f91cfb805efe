import * as z from 'zod/mini';
import { etrSchema, euAiActClasses, outlookTrends, regions, seniorities } from '../model/catalog.js';
import { riskAppetites, tiers } from '../model/etr.js';
import { readinessLevels } from '../model/readiness.js';
import { langs } from '../model/lang.js';
import { reportSchemaVersion, type Report } from './types.js';

/**
 * The JSON report of `etr advise --format json` as a schema: exactly the fields the engine emits,
 * objects closed (a field added to the report must be added here too, or the schema test fails).
 * `etr schema report` turns it into a JSON Schema for consumers. The Report interfaces in types.ts
 * stay the documented TypeScript form; the type check at the end keeps the two equal.
 */

const fraction = z.number().check(z.minimum(0), z.maximum(1));
const level = z.int().check(z.minimum(0), z.maximum(5));
const scale = z.int().check(z.minimum(1), z.maximum(5));
const count = z.int().check(z.minimum(0));
const rank = z.int().check(z.minimum(1));
const position = z.nullable(z.int().check(z.minimum(1)));

export const skillRequirementSchema = z.strictObject({
  skill: z.string(),
  name: z.string(),
  have: level,
  need: scale,
  importance: scale,
  essential: z.boolean(),
  impliedBy: z.nullable(z.strictObject({ skill: z.string(), name: z.string() })),
});

export const reportProblemSchema = z.strictObject({
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  file: z.nullable(z.string()),
  line: position,
  column: position,
  hint: z.nullable(z.string()),
});

const effortStep = z.strictObject({ steps: count, hours: z.nullable(z.number().check(z.minimum(0))), weeks: z.nullable(count) });

export const reportResultSchema = z.strictObject({
  rank,
  score: fraction,
  role: z.strictObject({ id: z.string(), title: z.string(), domain: z.string(), seniority: z.enum(seniorities) }),
  domain: z.strictObject({ id: z.string(), name: z.string(), etr: etrSchema, tier: z.enum(tiers), euAiAct: z.enum(euAiActClasses) }),
  etr: z.strictObject({ value: etrSchema, tier: z.enum(tiers), source: z.enum(['domain', 'role']), reason: z.nullable(z.string()) }),
  components: z.strictObject({ skill: fraction, risk: fraction, interest: fraction }),
  riskDecades: z.number(),
  readiness: z.enum(readinessLevels),
  nextStep: z.boolean(),
  summary: z.string(),
  stability: fraction,
  redFlags: z.array(skillRequirementSchema),
  gaps: z.array(skillRequirementSchema),
  strengths: z.array(skillRequirementSchema),
  riskSentence: z.string(),
  explanation: z.string(),
  strategies: z.array(z.string()),
  portfolioProject: z.string(),
  outlook: z.strictObject({ trend: z.enum(outlookTrends), reason: z.string() }),
  effort: z.strictObject({ ready: effortStep, stretch: z.nullable(effortStep), yearsShort: z.nullable(count) }),
});

const rankAndScore = z.nullable(z.strictObject({ rank, score: fraction }));

export const reportComparisonSchema = z.strictObject({
  changes: z.array(z.string()),
  roles: z.array(
    z.strictObject({
      role: z.string(),
      title: z.string(),
      before: rankAndScore,
      after: rankAndScore,
      delta: z.number(),
      movement: z.enum(['up', 'down', 'same', 'entered', 'left']),
    }),
  ),
});

export const reportLocalizedSchema = z.strictObject({
  domains: z.record(z.string(), z.strictObject({ name: z.string(), strategies: z.optional(z.array(z.string())) })),
  roles: z.record(
    z.string(),
    z.strictObject({
      title: z.string(),
      summary: z.string(),
      portfolioProject: z.optional(z.string()),
      outlookReason: z.optional(z.string()),
      etrReason: z.optional(z.string()),
    }),
  ),
  skills: z.record(z.string(), z.strictObject({ name: z.string() })),
});

export const reportSchema = z.strictObject({
  schemaVersion: z.literal(reportSchemaVersion),
  profile: z.strictObject({
    name: z.string(),
    riskAppetite: z.nullable(z.enum(riskAppetites)),
    preferredEtr: etrSchema,
    // Rounded to 6 decimals, so a tiny preferred ETR may give a lower bound of 0.
    comfortBand: z.strictObject({ low: fraction, high: fraction }),
    experienceYears: z.number().check(z.minimum(0)),
    hoursPerWeek: z.number().check(z.positive()),
    skills: z.record(z.string(), level),
    implied: z.record(z.string(), z.string()),
    currentRole: z.nullable(z.strictObject({ id: z.string(), title: z.string() })),
    interests: z.array(z.string()),
    exclude: z.array(z.string()),
  }),
  weights: z.strictObject({ skill: fraction, risk: fraction, interest: fraction }),
  catalog: z.strictObject({
    source: z.string(),
    digest: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/)),
    domains: count,
    roles: count,
    skills: count,
  }),
  filters: z.strictObject({ top: rank, domains: z.array(z.string()) }),
  considered: count,
  warnings: z.array(reportProblemSchema),
  results: z.array(reportResultSchema),
  comparison: z.nullable(reportComparisonSchema),
  lang: z.enum(langs),
  region: z.nullable(z.enum(regions)),
  localized: z.nullable(reportLocalizedSchema),
});

/** Mutual assignability: the schema accepts exactly the Report type's shape, field for field. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type ReportSchemaMatchesReport = Assert<Same<z.output<typeof reportSchema>, Report>>;
export type ReportSchemaKeysMatch = Assert<Same<keyof z.output<typeof reportSchema>, keyof Report>>;
export type ReportResultKeysMatch = Assert<Same<keyof z.output<typeof reportResultSchema>, keyof Report['results'][number]>>;
