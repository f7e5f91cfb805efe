import * as z from 'zod/mini';
import { described } from '../model/described.js';
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

// Each field's description is what `etr schema report` writes on it, for consumers of the JSON.

export const skillRequirementSchema = z.strictObject({
  skill: described(z.string(), 'The skill\'s id in the catalog.'),
  name: described(z.string(), 'The skill\'s name in English (localized.skills has the report language\'s).'),
  have: described(level, 'Your level, 0–5 (0: not in the profile), as scored.'),
  need: described(scale, 'The level the role needs, 1–5.'),
  importance: described(scale, 'How much the skill counts in the role\'s skill fit, 1–5.'),
  essential: described(z.boolean(), 'Whether the role cannot be done without it; an essential skill two or more levels short is a red flag.'),
  impliedBy: described(
    z.nullable(z.strictObject({ skill: described(z.string(), 'The id of the skill you rated.'), name: described(z.string(), 'Its name in English.') })),
    'The skill you rated that implies your level here (you did not rate this one), or null.',
  ),
});

export const reportProblemSchema = z.strictObject({
  code: described(z.string(), 'What kind of problem, a stable code such as unknown-skill or no-risk-appetite (the README lists them).'),
  severity: described(z.enum(['error', 'warning']), 'error or warning.'),
  message: described(z.string(), 'What is wrong, for a person, in the report\'s language.'),
  file: described(z.nullable(z.string()), 'The file the problem is in, or null.'),
  line: described(position, 'The line in that file, from 1, or null.'),
  column: described(position, 'The column in that line, from 1, or null.'),
  hint: described(z.nullable(z.string()), 'What to do about it, or null.'),
});

const effortStep = (goal: string) =>
  z.strictObject({
    steps: described(count, `Level steps to ${goal}, summed over the role's skills.`),
    hours: described(z.nullable(z.number().check(z.minimum(0))), `Hours of learning to ${goal}, from the catalog's estimates; null where a skill on the way has none.`),
    weeks: described(z.nullable(count), 'Weeks at profile.hoursPerWeek: ⌈hours / hoursPerWeek⌉; null when hours is.'),
  });

export const reportResultSchema = z.strictObject({
  rank: described(rank, 'Place in the ranking, from 1.'),
  score: described(fraction, 'The total score T in [0, 1]: the weighted sum of components.'),
  role: described(
    z.strictObject({
      id: described(z.string(), 'The role\'s id.'),
      title: described(z.string(), 'Its title in English (localized.roles has the report language\'s).'),
      domain: described(z.string(), 'The id of its domain.'),
      seniority: described(z.enum(seniorities), 'entry, mid, senior or lead.'),
    }),
    'The role.',
  ),
  domain: described(
    z.strictObject({
      id: described(z.string(), 'The domain\'s id.'),
      name: described(z.string(), 'Its name in English.'),
      etr: described(etrSchema, 'The domain\'s ETR, a fraction (0.01 = 1%).'),
      tier: described(z.enum(tiers), 'The tier of the domain\'s ETR.'),
      euAiAct: described(z.enum(euAiActClasses), 'The domain\'s risk class under the EU AI Act.'),
    }),
    'The role\'s domain.',
  ),
  etr: described(
    z.strictObject({
      value: described(etrSchema, 'The ETR, a fraction (0.01 = 1%).'),
      tier: described(z.enum(tiers), 'Its tier.'),
      source: described(z.enum(['domain', 'role']), 'domain, or role for the role\'s own override.'),
      reason: described(z.nullable(z.string()), 'Why the role\'s ETR differs from its domain\'s; null for source domain.'),
    }),
    'The ETR the role works under: its domain\'s, or the role\'s override with its reason.',
  ),
  components: described(
    z.strictObject({
      skill: described(fraction, 'Skill fit S: Σ importance × min(have/need, 1) / Σ importance.'),
      risk: described(fraction, 'Risk fit R: 1 when the role\'s ETR is your preferred one, less the further apart they are (in decades).'),
      interest: described(fraction, 'Interest fit N: 1 for a domain among your interests, 0.25 for the others, 0.5 for all when you gave none.'),
    }),
    'Skill, risk and interest fit, each in [0, 1].',
  ),
  riskDecades: described(z.number(), 'log10(role ETR) − log10(preferred ETR): negative when the role is stricter than your comfort.'),
  readiness: described(z.enum(readinessLevels), 'ready: no gap on an essential skill and skill fit ≥ 0.85; stretch: no red flag and skill fit ≥ 0.6; long-shot: otherwise. One step lower when you have fewer years than the seniority asks.'),
  nextStep: described(z.boolean(), 'A natural next step: the role is among the `related` roles of the person\'s current role in the catalog.'),
  summary: described(z.string(), 'The role\'s summary, as the catalog gives it.'),
  stability: described(fraction, 'Share of weight vectors (0.05 grid) under which the role stays in the top N.'),
  redFlags: described(z.array(skillRequirementSchema), 'Essential skills at least two levels short.'),
  gaps: described(z.array(skillRequirementSchema), 'Requirements not met, largest first (importance × levels short).'),
  strengths: described(z.array(skillRequirementSchema), 'Requirements met, most important first.'),
  riskSentence: described(z.string(), 'The risk fit in words, in the report\'s language.'),
  explanation: described(z.string(), 'The components and readiness in words, in the report\'s language.'),
  strategies: described(z.array(z.string()), 'The domain\'s safeguards that keep errors within its ETR (with the region\'s own, for a report with a region).'),
  portfolioProject: described(z.string(), 'A project that would show an employer readiness for the role.'),
  outlook: described(
    z.strictObject({
      trend: described(z.enum(outlookTrends), 'growing, stable or shrinking demand.'),
      reason: described(z.string(), 'Why, as the catalog gives it.'),
    }),
    'Where demand for the role is heading.',
  ),
  effort: described(
    z.strictObject({
      ready: described(effortStep('ready'), 'The least learning to make the role ready (all zero when it is).'),
      stretch: described(z.nullable(effortStep('stretch')), 'For a long shot, the least learning to make it a stretch; otherwise null.'),
      yearsShort: described(z.nullable(count), 'The years of experience the seniority asks beyond the profile\'s, or null: skills cannot stand in for them.'),
    }),
    'The least learning to ready, and to stretch for a long shot: level steps, hours from the catalog (estimates) and weeks at profile.hoursPerWeek.',
  ),
});

const rankAndScore = (when: string) =>
  described(z.nullable(z.strictObject({ rank: described(rank, `The role's rank ${when}.`), score: described(fraction, `Its score ${when}.`) })), `Rank and score ${when}; null when the role was outside the top N.`);

export const reportComparisonSchema = z.strictObject({
  changes: described(z.array(z.string()), 'The what-if overrides compared, as given, e.g. "--set python=4", "--risk high".'),
  roles: described(
    z.array(
      z.strictObject({
        role: described(z.string(), 'The role\'s id.'),
        title: described(z.string(), 'Its title.'),
        before: rankAndScore('without the overrides'),
        after: rankAndScore('with the overrides'),
        delta: described(z.number(), 'Score after − score before.'),
        movement: described(z.enum(['up', 'down', 'same', 'entered', 'left']), 'up, down or same in rank; entered or left the top N.'),
      }),
    ),
    'The roles in the top N before or after, and how each moved.',
  ),
});

const translated = (what: string) => `The ${what} in the report's language.`;

export const reportLocalizedSchema = z.strictObject({
  domains: described(
    z.record(z.string(), z.strictObject({ name: described(z.string(), translated('domain\'s name')), strategies: described(z.optional(z.array(z.string())), translated('strategies, as many as the English ones')) })),
    'Domain id → its translated texts.',
  ),
  roles: described(
    z.record(
      z.string(),
      z.strictObject({
        title: described(z.string(), translated('title')),
        summary: described(z.string(), translated('summary')),
        portfolioProject: described(z.optional(z.string()), translated('portfolio project')),
        outlookReason: described(z.optional(z.string()), translated('outlook\'s reason')),
        etrReason: described(z.optional(z.string()), translated('reason for the role\'s own ETR')),
      }),
    ),
    'Role id → its translated texts (the optional ones only where the catalog translates them).',
  ),
  skills: described(z.record(z.string(), z.strictObject({ name: described(z.string(), translated('skill\'s name')) })), 'Skill id → its translated name.'),
});

export const reportSchema = z.strictObject({
  schemaVersion: described(z.literal(reportSchemaVersion), 'The version of this contract.'),
  profile: described(
    z.strictObject({
      name: described(z.string(), 'The profile\'s name ("you" when it gives none).'),
      riskAppetite: described(z.nullable(z.enum(riskAppetites)), 'The appetite word, or null when preferredEtr was given.'),
      preferredEtr: described(etrSchema, 'The ETR the person is most comfortable with (p), from riskAppetite, preferredEtr or --risk.'),
      // Rounded to 6 decimals, so a tiny preferred ETR may give a lower bound of 0.
      comfortBand: described(
        z.strictObject({ low: described(fraction, 'The lowest ETR of the band (about preferredEtr / 7.6).'), high: described(fraction, 'The highest (about 30 × preferredEtr, below 1).') }),
        'The ETRs between which risk fit is at least ½.',
      ),
      experienceYears: described(z.number().check(z.minimum(0)), 'Years of experience, as given (0 when absent).'),
      hoursPerWeek: described(z.number().check(z.positive()), 'Hours a week for learning, as the profile or --hours-per-week gave them (default 5).'),
      skills: described(z.record(z.string(), level), 'Skill id → level 0–5 as scored: the levels the profile gives (with --set applied), and those they imply.'),
      implied: described(z.record(z.string(), z.string()), 'Skill id → the rated skill that implies its level in profile.skills.'),
      currentRole: described(
        z.nullable(z.strictObject({ id: described(z.string(), 'The role\'s id.'), title: described(z.string(), 'The catalog\'s title for it.') })),
        'The role the person holds now, as the profile\'s currentRole resolved against the catalog; never among the results. null when the profile names none, or one the catalog lacks.',
      ),
      interests: described(z.array(z.string()), 'Domain ids of the profile\'s interests.'),
      exclude: described(z.array(z.string()), 'Domain ids the profile excludes.'),
    }),
    'The person, as resolved from the profile (with --set, --risk and --weights applied).',
  ),
  weights: described(
    z.strictObject({ skill: described(fraction, 'Weight of skill fit.'), risk: described(fraction, 'Weight of risk fit.'), interest: described(fraction, 'Weight of interest fit.') }),
    'The weights of the components, normalised to sum to 1.',
  ),
  catalog: described(
    z.strictObject({
      source: described(z.string(), '"built-in" or the catalog directory.'),
      digest: described(z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/)), 'sha256: and the hex digest of the catalog\'s content.'),
      domains: described(count, 'Number of domains in the catalog.'),
      roles: described(count, 'Number of roles.'),
      skills: described(count, 'Number of skills.'),
    }),
    'The catalog the report was made with.',
  ),
  filters: described(
    z.strictObject({ top: described(rank, 'How many roles were asked for (--top).'), domains: described(z.array(z.string()), 'The domains the ranking was limited to (--domain); empty for all.') }),
    'The filters as given on the command line.',
  ),
  considered: described(count, 'Roles scored after exclude and --domain, the current role left out.'),
  warnings: described(z.array(reportProblemSchema), 'Warnings about the profile or the catalog.'),
  results: described(z.array(reportResultSchema), 'The top roles, best first.'),
  comparison: described(z.nullable(reportComparisonSchema), 'With --compare: how the what-if overrides moved roles; otherwise null.'),
  lang: described(z.enum(langs), 'The language of riskSentence, explanation and the messages (--lang).'),
  region: described(z.nullable(z.enum(regions)), 'The region whose rules the report follows (eu, us, cn): its skill requirements, strategies and portfolio projects; null when none was given and the catalog\'s EU defaults were used.'),
  localized: described(z.nullable(reportLocalizedSchema), 'The catalog\'s translations of the names shown, by id; null in English.'),
});

/** Mutual assignability: the schema accepts exactly the Report type's shape, field for field. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type ReportSchemaMatchesReport = Assert<Same<z.output<typeof reportSchema>, Report>>;
export type ReportSchemaKeysMatch = Assert<Same<keyof z.output<typeof reportSchema>, keyof Report>>;
export type ReportResultKeysMatch = Assert<Same<keyof z.output<typeof reportResultSchema>, keyof Report['results'][number]>>;
