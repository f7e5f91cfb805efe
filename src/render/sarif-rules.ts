/**
 * What each problem code checks, for the rules of `etr validate --format sarif` (a code scanning
 * alert shows its rule's description and help beside the problem's own message). The texts say
 * what the rule asks of a file; the message of each problem, which says what was found, comes from
 * the problem itself. Keyed by ProblemCode (core/problem-codes.ts, the list of codes), so a code
 * without a rule here, or a rule for no code, fails to compile. The README's tables of codes say
 * the same; a test keeps the two equal.
 */
import type { ProblemCode } from '../core/problem-codes.js';

export interface ProblemRule {
  /** One line: what the rule asks. */
  summary: string;
  /** Where the README explains it. */
  section: 'The catalog' | 'Exit codes';
}

const catalogRule = (summary: string): ProblemRule => ({ summary, section: 'The catalog' });
const inputRule = (summary: string): ProblemRule => ({ summary, section: 'Exit codes' });

export const problemRules: Readonly<Record<ProblemCode, ProblemRule>> = {
  // The catalog's integrity rules.
  'duplicate-id': catalogRule('Ids are unique per kind (skill, domain, role).'),
  'id-format': catalogRule('Ids are kebab-case.'),
  'unknown-related': catalogRule('Every related role a role names exists in the catalog.'),
  'related-self': catalogRule('A role is not related to itself.'),
  'duplicate-requirement': catalogRule('A role requires a skill once.'),
  'no-essential-skill': catalogRule('Every role has an essential skill.'),
  'tier-mismatch': catalogRule("A domain's tier agrees with its ETR."),
  'etr-reason-missing': catalogRule("A role's ETR override gives its reason (etrReason)."),
  'etr-reason-unused': catalogRule('An etrReason goes with an etr override.'),
  'euaiact-reason-missing': catalogRule("A role's EU AI Act override gives its reason (euAiActReason)."),
  'euaiact-reason-unused': catalogRule('An euAiActReason goes with an EU AI Act override.'),
  'euaiact-same-as-domain': catalogRule("An EU AI Act override differs from its domain's class."),
  'alias-conflict': catalogRule('No id, name or alias names two skills (compared as profiles are: case, width and the marks between words aside).'),
  'alias-too-short': catalogRule('An alias is longer than one character, and two Latin letters only as an upper-case abbreviation (ML, RN).'),
  'catalog-file-missing': catalogRule('A catalog has skills.yaml, domains.yaml and roles/*.yaml.'),
  'catalog-empty': catalogRule('A catalog lists at least one skill, one domain and one role.'),
  'code-note-unused': catalogRule('A codeNote goes with an onet or isco code.'),
  'unknown-implied-skill': catalogRule("Every skill a skill's implies names exists in the catalog."),
  'implies-itself': catalogRule('A skill does not imply itself.'),
  'implied-skill-repeated': catalogRule('A skill implies another skill once.'),
  'keyword-conflict': catalogRule('A domain keyword (any case) belongs to one domain.'),
  'duplicate-resource': catalogRule('A skill lists a learning link once.'),
  'skill-without-resources': catalogRule('In a catalog that says where to learn some skills, every skill says so.'),
  'reference-undated': catalogRule('Every reference says asOf, the month its claim was last checked.'),
  'reference-stale': catalogRule('A reference or learning resource was checked within --max-age months (default 24).'),
  'reference-from-future': catalogRule('A reference or learning resource was not checked after today.'),
  'unused-skill': catalogRule('Every skill is required by some role.'),
  'domain-without-references': catalogRule('Every domain cites a reference.'),
  'domain-without-roles': catalogRule('Every domain has roles.'),
  'role-file-mismatch': catalogRule("A role sits in its domain's file."),
  'missing-translation': catalogRule('A catalog that translates some names or texts into a language translates them all.'),
  'translation-mismatch': catalogRule('A translation can stand for its English (as many strategies; a zh etrReason only with an etrReason).'),
  'region-repeated': catalogRule('A region list names each region once.'),
  'regional-variant-repeated': catalogRule('A role has at most one portfolio-project variant per region.'),
  'regional-variant-eu': catalogRule("A role's own portfolioProject is its EU project; its variants are for us and cn."),
  'no-essential-skill-in-region': catalogRule('A role whose requirements are regional keeps an essential skill in every region.'),
  // Reading files, and the schemas of catalogs and profiles.
  'yaml-syntax': inputRule('The YAML can be parsed.'),
  'yaml-tab-indent': inputRule('YAML is indented with spaces, not tabs.'),
  'yaml-duplicate-key': inputRule('A key appears once in a mapping.'),
  'yaml-multiple-documents': inputRule('A file holds one YAML document.'),
  'yaml-alias-limit': inputRule('YAML aliases do not expand too far.'),
  'yaml-unknown-alias': inputRule('A YAML alias refers to an anchor defined before it.'),
  'yaml-too-deep': inputRule('YAML is nested at most 64 levels deep.'),
  'yaml-too-large': inputRule('A file not in plain block YAML is at most 2 MiB.'),
  'yaml-empty': inputRule('A file holds a document.'),
  'yaml-unsupported-tag': inputRule('YAML uses only the tags of the core schema.'),
  'file-too-large': inputRule('A file is within its size limit (profiles 1 MiB, catalog files 16 MiB).'),
  'catalog-too-large': inputRule("A catalog's files add up to at most 64 MiB."),
  'file-binary': inputRule('A file is text.'),
  'file-encoding': inputRule('A file is UTF-8.'),
  'file-not-regular': inputRule('A catalog file is a regular file (not a pipe, socket or device).'),
  'file-symlink-loop': inputRule('A catalog file is not a loop of symbolic links.'),
  'file-unreadable': inputRule('A file can be read.'),
  'unknown-key': inputRule('Every key is one the schema knows.'),
  'missing-field': inputRule('Every required field is given.'),
  'wrong-type': inputRule('Every value has the type the schema asks for.'),
  'out-of-range': inputRule('Every number is within its range.'),
  'invalid-value': inputRule('Every value is one the schema allows.'),
  'invalid-format': inputRule('Every value has the format the schema asks for (an id, a URL, a month).'),
  invalid: inputRule('The document fits the schema.'),
  // Profiles (and the names they use).
  'invalid-level': inputRule('A skill level is 0-5 or a level word.'),
  'unknown-skill': inputRule('Every skill named (by a role or a profile) is in the catalog.'),
  'unknown-domain': inputRule('Every domain named (by a role or a profile) is in the catalog.'),
  'unknown-role': inputRule("A profile's currentRole is a role id or title of the catalog."),
  'ambiguous-role': inputRule("A profile's currentRole names one role (give the id where titles repeat)."),
  'duplicate-skill': inputRule('Two profile keys do not name the same skill.'),
  'skill-read-from-phrase': inputRule("A profile key is a skill's name, not a phrase naming several."),
  'interest-excluded': inputRule('A domain is not both an interest and excluded.'),
  'conflicting-risk': inputRule('A profile gives riskAppetite or preferredEtr, not both.'),
  'no-risk-appetite': inputRule('A profile gives riskAppetite or preferredEtr.'),
  'weights-zero': inputRule('The weights add up to more than 0.'),
  // Batches.
  'json-syntax': inputRule('A line of a JSON-lines input is a JSON object.'),
  'json-duplicate-key': inputRule('A key appears once in a JSON object.'),
  'record-too-large': inputRule('A profile of a batch is within the 1 MiB limit.'),
  // Merging team aggregates.
  'team-merge': inputRule('Every part given to team --merge is the JSON etr team wrote, unedited, made with the same catalog, options and version of etr.'),
};

/**
 * The rule of a code. The types give every code a rule; a problem made by hand in JavaScript, where
 * they do not reach, may carry another code, which gets a plain rule.
 */
export function ruleOf(code: string): ProblemRule {
  return Object.hasOwn(problemRules, code) ? problemRules[code as ProblemCode] : inputRule(`etr problem ${code}.`);
}
