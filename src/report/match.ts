import * as z from 'zod/mini';
import { described } from '../model/described.js';
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

// Each field's description is what `etr schema match` writes on it, for consumers of the JSON.

const lineNo = (what: string) => described(lineNumber, `The number of the ad's line ${what}, from 1.`);

export const matchEvidenceSchema = z.strictObject({
  line: lineNo('that names the skill'),
  text: described(z.string(), 'The line, shortened to 120 characters.'),
  matched: described(z.string(), 'The catalog name or alias found in it.'),
  kind: described(z.enum(jobRequirementKinds), 'What the line makes the skill: required, nice (to have) or unspecified.'),
});

export const matchSkillSchema = z.strictObject({
  skill: described(z.string(), 'The skill\'s id in the catalog.'),
  name: described(z.string(), 'Its name in English.'),
  kind: described(z.enum(jobRequirementKinds), 'required: a line under a requirements heading, or one that says required or must; nice: under a nice-to-have heading or a line saying preferred, a plus, 优先, 加分; unspecified: neither. A skill takes the strongest kind of its lines.'),
  evidence: described(z.array(matchEvidenceSchema), 'Every line of the ad that names the skill.'),
});

export const keywordHitSchema = z.strictObject({ line: lineNo('where the keyword is'), keyword: described(z.string(), 'The domain keyword found.') });

export const domainCandidateSchema = z.strictObject({
  id: described(z.string(), 'The domain\'s id.'),
  name: described(z.string(), 'Its name in English.'),
  etr: described(etrSchema, 'Its ETR, a fraction (0.01 = 1%).'),
  tier: described(z.enum(tiers), 'The tier of its ETR.'),
  euAiAct: described(z.enum(euAiActClasses), 'Its risk class under the EU AI Act.'),
  score: described(z.number().check(z.minimum(0)), 'keywordHits + 2 × roleOverlap.'),
  keywordHits: described(count, 'How many of the domain\'s keywords the ad has (each found counts 1).'),
  roleOverlap: described(fraction, 'The largest share of one of the domain\'s roles\' requirements, by importance, that the ad names.'),
  evidence: described(z.array(keywordHitSchema), 'The keywords found, with their lines.'),
});

export const closeRoleSchema = z.strictObject({
  rank: described(z.int().check(z.minimum(1)), 'Place among the closest roles, from 1.'),
  id: described(z.string(), 'The role\'s id.'),
  title: described(z.string(), 'Its title in English.'),
  domain: described(z.string(), 'The id of its domain.'),
  seniority: described(z.enum(seniorities), 'entry, mid, senior or lead.'),
  closeness: described(fraction, '(roleCover + adCover) / 2, + 0.1 for a role of the inferred domain, at most 1.'),
  roleCover: described(fraction, 'Σ importance × w over the role\'s requirements the ad names / Σ importance over all of them; w = 1 for a required or unmarked skill, ½ for nice to have.'),
  adCover: described(fraction, 'Σ w over the ad\'s skills the role requires / Σ w over all the ad\'s skills.'),
  inInferredDomain: described(z.boolean(), 'Whether the role is in the domain inferred for the ad.'),
  shared: described(z.array(z.string()), 'The skill ids both the ad and the role name.'),
});

export const matchReportSchema = z.strictObject({
  schemaVersion: described(z.literal(matchSchemaVersion), 'The version of this contract.'),
  job: described(z.strictObject({ file: described(z.string(), 'The ad\'s file, or <stdin> for -.'), lines: described(count, 'Its number of lines.') }), 'The job ad read.'),
  catalog: described(
    z.strictObject({ source: described(z.string(), '"built-in" or the catalog directory.'), digest: described(z.string(), 'sha256: and the hex digest of the catalog\'s content.') }),
    'The catalog the ad was read against.',
  ),
  /** The region whose rules the roles' requirements follow; null when none was given (the catalog's EU defaults). */
  region: described(z.nullable(z.enum(regions)), 'The region whose rules the roles\' requirements follow (eu, us, cn); null when none was given (the catalog\'s EU defaults).'),
  skills: described(z.array(matchSkillSchema), 'The catalog skills the ad names, in the order it first names them.'),
  domain: described(
    z.strictObject({
      status: described(z.enum(['inferred', 'unknown']), 'inferred: some domain has a keyword hit; unknown: no keyword of any domain in the ad.'),
      best: described(z.nullable(domainCandidateSchema), 'The best-scoring domain with at least one keyword hit: the ad\'s; null when unknown.'),
      candidates: described(z.array(domainCandidateSchema), 'Up to three domains with a keyword hit, best first (the best and its runners-up).'),
    }),
    'The domain the ad\'s words point to.',
  ),
  roles: described(z.array(closeRoleSchema), 'The closest catalog roles, at most five, closest first.'),
  profile: described(
    z.nullable(
      z.strictObject({
        name: described(z.string(), 'The profile\'s name.'),
        preferredEtr: described(etrSchema, 'The ETR the person is most comfortable with.'),
        riskAppetite: described(z.nullable(z.string()), 'The appetite word, or null when the profile gives preferredEtr.'),
      }),
    ),
    'With --profile: the person; otherwise null.',
  ),
  fit: described(z.nullable(reportResultSchema), 'With --profile: the closest role as `etr advise --domain D --top N` scores it (D its domain, N its number of roles); null without a profile or when that role cannot be scored.'),
  fitNote: described(z.nullable(z.string()), 'Why fit is null with a profile (the role is the current one, or in an excluded domain); otherwise null.'),
  warnings: described(z.array(reportProblemSchema), 'Warnings about the profile or the catalog.'),
  /** The language of the report's sentences (fitNote, the fit's riskSentence and explanation) and of its renderings. */
  lang: described(z.enum(langs), 'The language of the report\'s sentences (fitNote, the fit\'s riskSentence and explanation) and of its renderings (--lang).'),
  /** For a language other than en: the catalog's translations of the names the report shows, as advise's report gives them; null for en. */
  localized: described(z.nullable(reportLocalizedSchema), 'For a language other than en: the catalog\'s translations of the names the report shows, as advise\'s report gives them; null for en.'),
});

export type MatchReport = z.output<typeof matchReportSchema>;
export type MatchSkill = z.output<typeof matchSkillSchema>;
export type MatchEvidence = z.output<typeof matchEvidenceSchema>;
export type DomainCandidate = z.output<typeof domainCandidateSchema>;
export type CloseRole = z.output<typeof closeRoleSchema>;
