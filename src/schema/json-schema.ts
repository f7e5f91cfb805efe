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
import { described, descriptions } from '../model/described.js';
import { kebabCaseId } from '../model/ids.js';
import { levelWords } from '../model/levels.js';
import { profileSchema } from '../profile/schema.js';
import { addEntryRules } from './catalog-rules.js';
import type { JsonSchemaKind } from './kinds.js';
import { closeRoleSchema, domainCandidateSchema, matchEvidenceSchema, matchReportSchema, matchSkillSchema } from '../report/match.js';
import { teamDomainSchema, teamLeverageSchema, teamPersonSchema, teamReportSchema, teamRoleSchema, teamSkillSchema } from '../report/team.js';
import { reportComparisonSchema, reportLocalizedSchema, reportProblemSchema, reportResultSchema, reportSchema, skillRequirementSchema } from '../report/schema.js';

/**
 * JSON Schemas (draft-07) generated from the zod schemas the loaders use, for editors (the YAML
 * language server completes and checks profiles and catalog files) and for consumers of the JSON
 * report. `etr schema KIND` prints them; schema/*.schema.json are committed copies, kept equal by
 * a test (regenerate them with `npm run schemas`).
 *
 * Every property's description comes from the zod schema it is generated from (`described()`,
 * src/model/described.ts), so the hover text of an editor cannot drift from the checks; a test
 * fails on a property without one.
 *
 * - profile: the profile file. Its `skills` map is checked by hand in the loader (keys are
 *   resolved against the catalog), so the schema describes it from the same constants: skill
 *   name → level 0–5 or a level word, in any spelling the loader reads.
 * - batch: one record of `etr advise --batch` / `etr team --batch`: a profile.
 * - catalog: one schema for the three kinds of catalog file; a file is exactly one of skills.yaml
 *   (`skills:`), domains.yaml (`domains:`) or roles/<domain>.yaml (`roles:`), and each kind is
 *   also a definition of its own (`#/definitions/rolesFile`…). Rules about one entry alone are
 *   added to it (catalog-rules.ts); rules across entries and files (ids resolve, are unique)
 *   are `etr validate`'s, not the schema's.
 * - report, match, team: the JSON output of `etr advise`, `etr match` and `etr team`, every object closed.
 */

export type JsonSchema = { [key: string]: unknown };

interface Meta {
  id?: string;
  title?: string;
  description?: string;
}

/**
 * A skill level as the profile loader reads one (model/levels.ts, readLevel): a whole number 0–5,
 * a level word, or the same in another spelling (any case, spaces or underscores for the hyphen,
 * white space around it, or a digit as text). Each branch has a title of its own: an editor's
 * hover lists the branches by title, and untitled ones all read as the document's title.
 */
const levelList = levelWords.map((w, i) => `${i} ${w}`).join(', ');
const levelNumber = z.int().check(z.minimum(0), z.maximum(5)).register(descriptions, { title: 'level 0–5', description: `The level as a number: ${levelList}.` });
const levelWord = z.enum(levelWords).register(descriptions, { title: 'level word', description: `The level as a word: ${levelWords.join(', ')} (0–5).` });
const levelSpelling = z.string().check(z.regex(levelSpellingPattern())).register(descriptions, {
  title: 'level word, another spelling',
  description: 'A level word in any case, with spaces or underscores for its hyphen ("Advanced beginner", "advanced_beginner", "EXPERT"), or a digit 0–5 as text ("4"): etr reads these too.',
});

/** What readLevel reads as text: a digit 0–5 or a level word as levelFromWord normalises it (trim, any case, a run of spaces or underscores for "-"). */
function levelSpellingPattern(): RegExp {
  const spelled = (word: string) => [...word].map((c) => (c === '-' ? '(?:-|[\\s_]+)' : `[${c}${c.toUpperCase()}]`)).join('');
  return new RegExp(`^\\s*(?:[0-5]|${levelWords.map(spelled).join('|')})\\s*$`);
}

const level = described(z.union([levelNumber, levelWord, levelSpelling]), `Your level in the skill: 0–5 or a word (${levelList}).`);
// A union rather than z.nullable, so that each branch carries a title and a description: the
// editor's hover of `skills` lists the branches by title ("skills || no skills").
const skillLevels = z.record(z.string(), level).register(descriptions, {
  title: 'skills',
  description: `Skill → level, e.g. python: 3 or "prompt engineering": proficient. Keys are skill ids, names or aliases, English or Chinese, in any case (see \`etr catalog skills\`). Levels: ${levelList}.`,
});
const noSkills = z.null().register(descriptions, { title: 'no skills', description: '`skills:` with nothing after it: no skill rated.' });

/** The profile as an editor should see it: `skills` spelled out (the loader checks it entry by entry against the catalog). */
export const profileEditorSchema = z.extend(profileSchema(), {
  skills: described(z.optional(z.union([skillLevels, noSkills])), 'The skills you have, each with your level in it (0–5 or a level word).'),
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
    case 'batch':
      return batchJsonSchema();
  }
}

/**
 * The registry the generator reads metadata from: a kind's definitions (their ids and
 * descriptions, which differ between kinds: match's `skill` is not team's) over the descriptions
 * the zod schemas carry themselves (model/described.ts, in etr's own registry).
 */
function registryOf(definitions: [z.core.$ZodType, Meta][]): z.core.$ZodRegistry<Meta> {
  const registry = z.registry<Meta>();
  for (const [schema, meta] of definitions) registry.add(schema, meta);
  const own = registry.get.bind(registry);
  registry.get = (schema) => {
    const local = own(schema);
    const described = descriptions.get(schema);
    return local || described ? { ...described, ...local } : undefined;
  };
  return registry;
}

function generate(schema: z.core.$ZodType, io: 'input' | 'output', metadata: z.core.$ZodRegistry<Meta>): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-07',
    io,
    metadata,
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

/**
 * A profile's JSON Schema: the editor schema, and what zod cannot say. etr rejects a profile that
 * gives both riskAppetite and preferredEtr (conflicting-risk, on preferredEtr), a check across
 * fields the loader makes by hand; `dependencies` says it, so an editor marks preferredEtr as
 * "not allowed" where etr does.
 */
function profileShape(): JsonSchema {
  const schema = generate(profileEditorSchema, 'input', registryOf([]));
  schema.dependencies = { riskAppetite: { properties: { preferredEtr: false } } };
  const skillMap = ((schema.properties as Record<string, JsonSchema>).skills!.anyOf as JsonSchema[])[0]!;
  skillMap.additionalProperties = levelByType(skillMap.additionalProperties as JsonSchema);
  return schema;
}

/**
 * The level union as if/then/else on the value's type: a text is a level word (either
 * spelling), anything else a number 0–5. An editor then reports the error of the value's own kind
 * ("above the maximum of 5", "valid values: none, novice, …"), where with three alternatives
 * it reports the first one's ("expected integer" for a misspelt word).
 */
function levelByType(level: JsonSchema): JsonSchema {
  const [number, word, spelling] = level.anyOf as JsonSchema[];
  return { title: 'level', description: level.description, if: { type: 'string' }, then: { anyOf: [word, spelling] }, else: number };
}

function profileJsonSchema(): JsonSchema {
  return {
    ...header('profile', 'etr profile', 'One person for `etr advise` and `etr plan`: skills with levels, risk appetite, interests, current role. Give riskAppetite or preferredEtr, not both; skill names, domain ids and the current role are checked against the catalog when etr reads the file.'),
    ...profileShape(),
  };
}

/** One record of `etr advise --batch` (and `etr team --batch`): a profile, as one JSON line or one YAML document. */
function batchJsonSchema(): JsonSchema {
  return {
    ...header(
      'batch',
      'etr advise --batch record',
      'One profile of the input of `etr advise --batch` or `etr team --batch`: one line of a JSON-lines file (or one document of a YAML stream), with the fields of a profile file. etr also checks what a schema cannot: a key twice in one object (json-duplicate-key) and a record over 1 MiB (record-too-large) fail the record; skill names, domain ids and the current role are checked against the catalog.',
    ),
    ...profileShape(),
  };
}

function catalogJsonSchema(): JsonSchema {
  const registry = registryOf([
    [skillsFileSchema, { id: 'skillsFile', title: 'skills.yaml', description: 'The skills of a catalog.' }],
    [domainsFileSchema, { id: 'domainsFile', title: 'domains.yaml', description: 'The domains of a catalog, each with its error tolerance rate.' }],
    [rolesFileSchema, { id: 'rolesFile', title: 'roles/<domain>.yaml', description: 'The roles of one domain.' }],
    [skillSchema, { id: 'skill', description: 'A skill; its id, name and aliases are the names profiles may use.' }],
    [domainSchema, { id: 'domain', description: 'An application domain and its error tolerance rate (ETR).' }],
    [referenceSchema, { id: 'reference', description: "A source that supports the domain's ETR." }],
    [roleSchema, { id: 'role', description: 'A job in a domain, with the skills it needs.' }],
    [requirementSchema, { id: 'requirement', description: 'A skill a role needs: level 1–5, importance 1–5, essential or optional.' }],
  ]);
  const generated = generate(z.union([skillsFileSchema, domainsFileSchema, rolesFileSchema]), 'input', registry);
  // etr rejects an id that is not kebab-case (id-format), a rule of its own that suggests the
  // spelling; the schema says it as a pattern.
  const definitions = generated.definitions as Record<string, { properties: Record<string, JsonSchema> }>;
  for (const kind of ['skill', 'domain', 'role']) definitions[kind]!.properties.id!.pattern = kebabCaseId.source;
  addEntryRules(definitions);
  // The three file kinds exclude each other (each requires its own top-level key, none allows another's).
  const { anyOf, ...rest } = generated;
  return {
    ...header('catalog', 'etr catalog file', 'A file of an etr catalog directory: skills.yaml, domains.yaml or roles/<domain>.yaml. `etr validate` checks what a schema of one file cannot: unique ids, references that resolve, one requirement per skill.'),
    oneOf: anyOf,
    ...rest,
  };
}

function reportJsonSchema(): JsonSchema {
  const registry = registryOf([
    [reportResultSchema, { id: 'result', description: 'One ranked role.' }],
    [skillRequirementSchema, { id: 'skillRequirement', description: 'A skill the role needs, against your level.' }],
    [reportProblemSchema, { id: 'problem', description: 'A warning about the profile or catalog.' }],
    [reportComparisonSchema, { id: 'comparison', description: 'With --compare: how the what-if overrides moved roles.' }],
    [reportLocalizedSchema, { id: 'localized', description: "The catalog's translations of the names the report shows, by id." }],
  ]);
  return {
    ...header('report', 'etr advise report', 'The output of `etr advise --format json`. schemaVersion changes whenever a field changes meaning or goes away; new fields may be added without a change (and to this schema with them).'),
    ...generate(reportSchema, 'output', registry),
  };
}

function matchJsonSchema(): JsonSchema {
  const registry = registryOf([
    [reportResultSchema, { id: 'result', description: 'The closest role scored for the person, exactly as `etr advise --domain D` gives it.' }],
    [skillRequirementSchema, { id: 'skillRequirement', description: 'A skill the role needs, against your level.' }],
    [reportProblemSchema, { id: 'problem', description: 'A warning about the profile or catalog.' }],
    [matchSkillSchema, { id: 'skill', description: 'A catalog skill the ad names, with every line that names it.' }],
    [matchEvidenceSchema, { id: 'evidence', description: 'A line of the ad that names the skill: its number, its text (shortened to 120 characters), the catalog name or alias matched, and the kind of the line.' }],
    [domainCandidateSchema, { id: 'domainCandidate', description: "A domain the ad's words point to: score = keyword hits + 2 × the best share of one of its roles' requirements (by importance) that the ad names." }],
    [closeRoleSchema, { id: 'closeRole', description: 'A catalog role close to the ad: closeness = (roleCover + adCover) / 2, + 0.1 in the inferred domain, at most 1.' }],
  ]);
  return {
    ...header('match', 'etr match report', 'The output of `etr match --format json`. schemaVersion changes whenever a field changes meaning or goes away.'),
    ...generate(matchReportSchema, 'output', registry),
  };
}

function teamJsonSchema(): JsonSchema {
  const registry = registryOf([
    [teamRoleSchema, { id: 'role', description: 'A role: people with it among their top N, by readiness.' }],
    [teamDomainSchema, { id: 'domain', description: 'A domain: people with one of its roles among their top N, by the closest such role.' }],
    [teamLeverageSchema, { id: 'leverage', description: 'A skill whose next level would move people to ready or to stretch.' }],
    [teamSkillSchema, { id: 'skill', description: 'A catalog skill: how many people hold it at each level, and how many roles require it.' }],
    [teamPersonSchema, { id: 'person', description: "With --people: a person's place in the input, name and top 3." }],
  ]);
  return {
    ...header('team', 'etr team report', 'The output of `etr team --format json`: the view over many profiles, and a partial aggregate that `etr team --merge` adds to others made with the same catalog and options. Every count is a whole number.'),
    ...generate(teamReportSchema, 'output', registry),
  };
}
