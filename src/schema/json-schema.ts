import * as z from 'zod/mini';
import {
  domainSchema,
  domainsFileSchema,
  referenceSchema,
  requirementSchema,
  roleSchema,
  rolesFileSchema,
  skillSchema,
  skillsFileSchema,
} from '../model/catalog.js';
import { appetiteEtr, appetiteMeanings, appetiteNote, formatPercent, riskAppetites } from '../model/etr.js';
import { levelWords } from '../model/levels.js';
import { profileSchema } from '../profile/schema.js';
import { closeRoleSchema, domainCandidateSchema, matchEvidenceSchema, matchReportSchema, matchSkillSchema } from '../report/match.js';
import { teamDomainSchema, teamLeverageSchema, teamPersonSchema, teamReportSchema, teamRoleSchema, teamSkillSchema } from '../report/team.js';
import { reportComparisonSchema, reportLocalizedSchema, reportProblemSchema, reportResultSchema, reportSchema, skillRequirementSchema } from '../report/schema.js';

/**
 * JSON Schemas (draft-07) generated from the zod schemas the loaders use, for editors (the YAML
 * language server completes and checks profiles and catalog files) and for consumers of the JSON
 * report. `etr schema KIND` prints them; schema/*.schema.json are committed copies, kept equal by
 * a test (regenerate them with `npm run schemas`).
 *
 * - profile: the profile file. Its `skills` map is checked by hand in the loader (keys are
 *   resolved against the catalog), so the schema describes it from the same constants: skill
 *   name → level 0–5 or a level word.
 * - catalog: one schema for the three kinds of catalog file; a file is exactly one of skills.yaml
 *   (`skills:`), domains.yaml (`domains:`) or roles/<domain>.yaml (`roles:`), and each kind is
 *   also a definition of its own (`#/definitions/rolesFile`…). Rules across entities (ids resolve,
 *   tiers agree with ETRs) are `etr validate`'s, not the schema's.
 * - report: the output of `etr advise --format json`, every object closed.
 */

export const jsonSchemaKinds = ['profile', 'catalog', 'report', 'match', 'team'] as const;
export type JsonSchemaKind = (typeof jsonSchemaKinds)[number];

export type JsonSchema = { [key: string]: unknown };

interface Meta {
  id?: string;
  title?: string;
  description?: string;
}

const level = z.union([z.int().check(z.minimum(0), z.maximum(5)), z.enum(levelWords)]);

/** The profile as an editor should see it: `skills` spelled out. */
export const profileEditorSchema = z.extend(profileSchema(), {
  skills: z.optional(z.nullable(z.record(z.string(), level))),
});

const header = (kind: JsonSchemaKind, title: string, description: string): JsonSchema => ({
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: `urn:etr:schema:${kind}`,
  title,
  description,
});

/** The JSON Schema of one kind, with its $id, title and field descriptions. */
export function jsonSchema(kind: JsonSchemaKind): JsonSchema {
  switch (kind) {
    case 'profile':
      return profileJsonSchema();
    case 'catalog':
      return catalogJsonSchema();
    case 'report':
      return reportJsonSchema();
    case 'match':
      return matchJsonSchema();
    case 'team':
      return teamJsonSchema();
  }
}

function generate(schema: z.core.$ZodType, io: 'input' | 'output', metadata?: z.core.$ZodRegistry<Meta>): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-07',
    io,
    ...(metadata ? { metadata } : {}),
    override: ({ zodSchema, jsonSchema }) => {
      // z.url({ protocol }) says only "format: uri"; say which protocols too (https only for learning links).
      const def = zodSchema._zod.def as { type: string; format?: string; protocol?: RegExp };
      if (def.type === 'string' && def.format === 'url') jsonSchema.pattern = def.protocol?.source === '^https$' ? '^https://' : '^https?://';
      // z.int() bounds itself to safe integers; a count needs no such noise.
      if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
      if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
    },
  }) as JsonSchema;
  delete generated.$schema;
  return generated;
}

function profileJsonSchema(): JsonSchema {
  const schema = { ...header('profile', 'etr profile', 'One person for `etr advise` and `etr plan`: skills with levels, risk appetite, interests, current role. Give riskAppetite or preferredEtr, not both; skill names, domain ids and the current role are checked against the catalog when etr reads the file.'), ...generate(profileEditorSchema, 'input') };
  describe(schema, {
    name: 'Your name, as the report shows it.',
    riskAppetite: `How many consequential AI errors you are comfortable seeing reach a decision unreviewed, and so how high the stakes of the work: ${riskAppetites.map((a) => `${a} ≈ ${formatPercent(appetiteEtr[a])}: ${appetiteMeanings.en[a]}`).join('; ')}. ${appetiteNote.en} Or give preferredEtr instead.`,
    preferredEtr: 'Your preferred error tolerance rate as a fraction strictly between 0 and 1 (0.03 = 3%), instead of riskAppetite.',
    experienceYears: 'Years of professional experience; lead roles expect 8, senior roles 5, mid roles 2.',
    hoursPerWeek: 'Hours a week you can spend learning (default 5, at most 80): the report turns the hours of closing gaps into weeks with it.',
    currentRole: 'The role you hold now, if the catalog has it: a role id or its title, English or Chinese (see `etr catalog roles`). It is not proposed as a move; the roles it naturally leads to (its `related` roles) are marked as next steps.',
    skills: `Skill → level. Keys are skill ids, names or aliases (any case; see \`etr catalog skills\`). Levels: ${levelWords.map((w, i) => `${i} ${w}`).join(', ')}.`,
    interests: 'Domain ids you would like to work in (see `etr catalog domains`).',
    exclude: 'Domain ids never to show.',
    region: 'Where you work, for the rules a role asks you to know: eu, us or cn. --region and ETR_REGION override it; without any, the catalog\'s EU defaults are used.',
    weights: 'How much each part of the fit counts; missing entries keep the defaults (skill 0.6, risk 0.3, interest 0.1); scaled to sum to 1.',
    'weights.skill': 'Weight of skill fit.',
    'weights.risk': 'Weight of risk fit.',
    'weights.interest': 'Weight of interest fit.',
  });
  return schema;
}

function catalogJsonSchema(): JsonSchema {
  const registry = z.registry<Meta>();
  registry.add(skillsFileSchema, { id: 'skillsFile', title: 'skills.yaml', description: 'The skills of a catalog.' });
  registry.add(domainsFileSchema, { id: 'domainsFile', title: 'domains.yaml', description: 'The domains of a catalog, each with its error tolerance rate.' });
  registry.add(rolesFileSchema, { id: 'rolesFile', title: 'roles/<domain>.yaml', description: 'The roles of one domain.' });
  registry.add(skillSchema, { id: 'skill', description: 'A skill; its id, name and aliases are the names profiles may use.' });
  registry.add(domainSchema, { id: 'domain', description: 'An application domain and its error tolerance rate (ETR).' });
  registry.add(referenceSchema, { id: 'reference', description: 'A source that supports the domain\'s ETR.' });
  registry.add(roleSchema, { id: 'role', description: 'A job in a domain, with the skills it needs.' });
  registry.add(requirementSchema, { id: 'requirement', description: 'A skill a role needs: level 1–5, importance 1–5, essential or optional.' });
  const generated = generate(z.union([skillsFileSchema, domainsFileSchema, rolesFileSchema]), 'input', registry);
  // The three file kinds exclude each other (each requires its own top-level key, none allows another's).
  const { anyOf, ...rest } = generated;
  const schema: JsonSchema = { ...header('catalog', 'etr catalog file', 'A file of an etr catalog directory: skills.yaml, domains.yaml or roles/<domain>.yaml. `etr validate` checks what a schema cannot: unique ids, references that resolve, tiers that agree with ETRs.'), oneOf: anyOf, ...rest };
  const definitions = schema.definitions as Record<string, JsonSchema>;
  describe(definitions.domain!, {
    etr: 'Error tolerance rate: the largest share of consequential AI errors that may reach a decision unreviewed, strictly between 0 and 1.',
    tier: 'critical ≤ 0.001 < strict ≤ 0.01 < guarded ≤ 0.05 < tolerant ≤ 0.15 < open; when given it must agree with etr.',
    euAiAct: 'The domain\'s risk class under the EU AI Act.',
    strategies: 'The safeguards that keep errors within the ETR.',
    regionalStrategies: 'Safeguards only one region\'s rules call for (region: [cn], with text and its zh translation), added after the domain\'s own in a report for that region (--region).',
  });
  describe(definitions.role!, {
    etr: 'An override of the domain\'s ETR for this role, with etrReason.',
    etrReason: 'Why the role\'s ETR differs from its domain\'s.',
    onet: 'O*NET-SOC occupation code, such as 15-2051.00.',
    isco: 'ISCO-08 unit group (four digits), such as 2511: the level ESCO\'s occupations sit under.',
    codeNote: 'Why onet and isco are only the nearest occupation, for a role the classifications do not list yet.',
    euAiAct: 'The role\'s own EU AI Act class where its use case differs from its domain\'s, with euAiActReason.',
    euAiActReason: 'Why the role\'s AI Act class differs from its domain\'s.',
    seniority: 'entry, mid (2+ years), senior (5+ years) or lead (staff, principal or lead level; 8+ years).',
    related: 'Ids of related roles.',
    regional: 'The portfolio project for other regions, where the role\'s own names one region\'s rules (an EU regulation, say): each variant names its regions and replaces portfolioProject in a report for them; at most one variant per region, none for eu (the role\'s own project is the EU default).',
  });
  describe(definitions.requirement!, {
    region: 'The regions whose rules make the role need this skill (the EU AI Act: [eu]; the PRC AI rules: [cn]); absent: everywhere. A report without a region uses the unmarked and eu requirements.',
  });
  describe(definitions.skill!, {
    learn: 'Where to learn the skill (1–3 resources, https only, each dated) and an estimate of the hours each level takes, with its basis in words.',
  });
  describe(definitions.reference!, {
    asOf: 'When the claim was last checked, as YYYY-MM; `etr validate` warns when it is older than --max-age months.',
    region: 'The jurisdictions whose rule this is (eu, us, cn); absent for a source that holds everywhere.',
  });
  return schema;
}

function reportJsonSchema(): JsonSchema {
  const registry = z.registry<Meta>();
  registry.add(reportResultSchema, { id: 'result', description: 'One ranked role.' });
  registry.add(skillRequirementSchema, { id: 'skillRequirement', description: 'A skill the role needs, against your level.' });
  registry.add(reportProblemSchema, { id: 'problem', description: 'A warning about the profile or catalog.' });
  registry.add(reportComparisonSchema, { id: 'comparison', description: 'With --compare: how the what-if overrides moved roles.' });
  registry.add(reportLocalizedSchema, { id: 'localized', description: 'The catalog\'s translations of the names the report shows, by id.' });
  const schema = { ...header('report', 'etr advise report', 'The output of `etr advise --format json`. schemaVersion changes whenever a field changes meaning or goes away; new fields may be added without a change (and to this schema with them).'), ...generate(reportSchema, 'output', registry) };
  describe(schema, {
    schemaVersion: 'The version of this contract.',
    profile: 'The person, as resolved from the profile (with --set, --risk and --weights applied).',
    'profile.riskAppetite': 'The appetite word, or null when preferredEtr was given.',
    'profile.preferredEtr': 'The ETR the person is most comfortable with.',
    'profile.hoursPerWeek': 'Hours a week for learning, as the profile or --hours-per-week gave them (default 5).',
    'profile.comfortBand': 'The ETRs between which risk fit is at least ½.',
    'profile.skills': 'Skill id → level 0–5 as scored: the levels the profile gives, and those they imply.',
    'profile.implied': 'Skill id → the rated skill that implies its level in profile.skills.',
    'profile.currentRole': 'The role the person holds now, as the profile\'s currentRole resolved against the catalog (id and the catalog\'s title); never among the results. null when the profile names none, or one the catalog lacks.',
    weights: 'Normalised to sum to 1.',
    catalog: '"built-in" or the catalog directory, with the sha256 of its content and its counts.',
    filters: '--top and --domain as given.',
    considered: 'Roles scored after exclude and --domain, the current role left out.',
    results: 'The top roles, best first.',
    comparison: 'With --compare; otherwise null.',
    lang: 'The language of riskSentence and explanation.',
    region: 'The region whose rules the report follows (eu, us, cn): its skill requirements, strategies and portfolio projects; null when none was given and the catalog\'s EU defaults were used.',
    localized: 'null in English.',
  });
  describe((schema.definitions as Record<string, JsonSchema>).result!, {
    score: 'The total score T in [0, 1].',
    etr: 'The ETR the role works under: its domain\'s, or the role\'s override with its reason.',
    components: 'Skill, risk and interest fit, each in [0, 1].',
    riskDecades: 'log10(role ETR) − log10(preferred ETR): negative when the role is stricter than your comfort.',
    stability: 'Share of weight vectors (0.05 grid) under which the role stays in the top N.',
    nextStep: 'A natural next step: the role is among the `related` roles of the person\'s current role in the catalog.',
    redFlags: 'Essential skills at least two levels short.',
    gaps: 'Requirements not met, largest first.',
    strengths: 'Requirements met, most important first.',
    effort: 'The least learning to ready, and to stretch for a long shot: level steps, hours from the catalog (estimates; null where a skill has none) and weeks at profile.hoursPerWeek; yearsShort: the years of experience the seniority asks beyond the profile\'s.',
  });
  return schema;
}

function matchJsonSchema(): JsonSchema {
  const registry = z.registry<Meta>();
  registry.add(reportResultSchema, { id: 'result', description: 'The closest role scored for the person, exactly as `etr advise --domain D` gives it.' });
  registry.add(skillRequirementSchema, { id: 'skillRequirement', description: 'A skill the role needs, against your level.' });
  registry.add(reportProblemSchema, { id: 'problem', description: 'A warning about the profile or catalog.' });
  registry.add(matchSkillSchema, { id: 'skill', description: 'A catalog skill the ad names, with every line that names it.' });
  registry.add(matchEvidenceSchema, { id: 'evidence', description: 'A line of the ad that names the skill: its number, its text (shortened to 120 characters), the catalog name or alias matched, and the kind of the line.' });
  registry.add(domainCandidateSchema, { id: 'domainCandidate', description: 'A domain the ad\'s words point to: score = keyword hits + 2 × the best share of one of its roles\' requirements (by importance) that the ad names.' });
  registry.add(closeRoleSchema, { id: 'closeRole', description: 'A catalog role close to the ad: closeness = (roleCover + adCover) / 2, + 0.1 in the inferred domain, at most 1.' });
  const schema = { ...header('match', 'etr match report', 'The output of `etr match --format json`. schemaVersion changes whenever a field changes meaning or goes away.'), ...generate(matchReportSchema, 'output', registry) };
  describe(schema, {
    job: 'The ad\'s file (<stdin> for -) and its number of lines.',
    skills: 'The catalog skills the ad names, in the order it first names them.',
    domain: 'inferred: the best domain (at least one keyword hit) and up to three candidates; unknown: no keyword of any domain in the ad.',
    roles: 'The closest catalog roles, at most five, closest first.',
    profile: 'With --profile: the person; otherwise null.',
    fit: 'With --profile: the closest role as `etr advise --domain D --top N` scores it (D its domain, N its number of roles); null without a profile or when that role cannot be scored.',
    fitNote: 'Why fit is null with a profile; otherwise null.',
  });
  const definitions = schema.definitions as Record<string, JsonSchema>;
  describe(definitions.skill!, { kind: 'required: a line under a requirements heading, or one that says required or must; nice: under a nice-to-have heading or a line saying preferred, a plus, 优先, 加分; unspecified: neither. A skill takes the strongest kind of its lines.' });
  describe(definitions.closeRole!, {
    roleCover: 'Σ importance × w over the role\'s requirements the ad names / Σ importance over all of them; w = 1 for a required or unmarked skill, ½ for nice to have.',
    adCover: 'Σ w over the ad\'s skills the role requires / Σ w over all the ad\'s skills.',
    shared: 'The skill ids both the ad and the role name.',
  });
  return schema;
}

function teamJsonSchema(): JsonSchema {
  const registry = z.registry<Meta>();
  registry.add(teamRoleSchema, { id: 'role', description: 'A role: people with it among their top N, by readiness.' });
  registry.add(teamDomainSchema, { id: 'domain', description: 'A domain: people with one of its roles among their top N, by the closest such role.' });
  registry.add(teamLeverageSchema, { id: 'leverage', description: 'A skill whose next level would move people: toReady, people for whom it makes a role of their top N ready; toStretch, a long shot a stretch; from, those people by their level 0–4 of it; hours, the catalog\'s hours for that next level, their mean (null where the catalog gives none).' });
  registry.add(teamSkillSchema, { id: 'skill', description: 'A catalog skill: levels, people at level 0–5 (level 0: not held); neededBy, the roles that require it.' });
  registry.add(teamPersonSchema, { id: 'person', description: "With --people: a person's index in the input (from 1), name (null with --anonymize) and top 3." });
  const schema = { ...header('team', 'etr team report', 'The output of `etr team --format json`: the view over many profiles, and a partial aggregate that `etr team --merge` adds to others made with the same catalog and options. Every count is a whole number.'), ...generate(teamReportSchema, 'output', registry) };
  describe(schema, {
    schemaVersion: 'The version of this contract; --merge refuses another.',
    catalog: 'The catalog the counts were made with: --merge refuses parts of different digests.',
    options: 'The options of the run; --merge refuses parts made with different ones.',
    profiles: 'Profiles counted.',
    failed: 'Records that could not be read as profiles (not counted elsewhere).',
    best: 'People by the best readiness among their top N; none: no role in reach.',
    roles: 'Roles that are among someone\'s top N, most ready people first.',
    domains: 'Domains with a role among someone\'s top N.',
    leverage: 'Skills whose next level would move someone, most people to ready first.',
    skills: 'Every catalog skill, in id order.',
    unheld: 'Ids of the skills some role requires and nobody holds.',
    people: 'With --people: each person\'s top 3, in input order; otherwise null.',
  });
  return schema;
}

/**
 * Adds descriptions by dotted path through `properties`. A path that is not there throws, so the
 * descriptions cannot drift from the schemas unnoticed.
 */
function describe(schema: JsonSchema, descriptions: Record<string, string>): void {
  for (const [path, description] of Object.entries(descriptions)) {
    let node: JsonSchema | undefined = schema;
    for (const key of path.split('.')) node = (node?.properties as Record<string, JsonSchema> | undefined)?.[key];
    if (!node) throw new Error(`json-schema: no property ${path} to describe`);
    node.description = description;
  }
}
