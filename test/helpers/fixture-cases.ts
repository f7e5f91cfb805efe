/**
 * What each broken fixture under test/fixtures/catalogs/ must produce: every problem, in the
 * loader's order (by file, line, column). Shared by the loader tests and the end-to-end tests.
 */
export interface ExpectedProblem {
  code: string;
  severity: 'error' | 'warning';
  /** The file, relative to the fixture folder. */
  file: string;
  line?: number;
  column?: number;
  /** The exact hint, where one is expected. */
  hint?: string;
  /** Text the message must contain. */
  message?: string;
}

const error = (code: string, file: string, line?: number, column?: number, extra: Partial<ExpectedProblem> = {}): ExpectedProblem => ({ code, severity: 'error', file, line, column, ...extra });
const warning = (code: string, file: string, line: number, column: number, extra: Partial<ExpectedProblem> = {}): ExpectedProblem => ({ code, severity: 'warning', file, line, column, ...extra });

export const brokenFixtures: Record<string, ExpectedProblem[]> = {
  'duplicate-id': [error('duplicate-id', 'roles/content.yaml', 21, 9, { message: 'role id "prompt-engineer" is used twice' })],
  'id-format': [error('id-format', 'roles/content.yaml', 2, 9, { hint: 'use "prompt-engineer"' })],
  'unknown-domain': [error('unknown-domain', 'roles/medical.yaml', 26, 13, { hint: 'did you mean "medical"?' })],
  'unknown-skill': [error('unknown-skill', 'roles/content.yaml', 12, 16, { hint: 'did you mean "python"?' })],
  'unknown-related': [error('unknown-related', 'roles/content.yaml', 16, 15, { hint: 'did you mean "clinical-nlp-engineer"?' })],
  'related-self': [error('related-self', 'roles/medical.yaml', 42, 49)],
  'duplicate-requirement': [error('duplicate-requirement', 'roles/content.yaml', 16, 9, { message: 'lists skill "prompt-engineering" twice' })],
  'no-essential-skill': [error('no-essential-skill', 'roles/content.yaml', 8, 7)],
  'keyword-conflict': [error('keyword-conflict', 'domains.yaml', 20, 32, { message: 'keyword "Patient" names both domain "medical" and domain "content"' })],
  'tier-mismatch': [error('tier-mismatch', 'domains.yaml', 5, 11, { message: 'has tier "guarded" but its ETR 0.005 lies in tier "strict"' })],
  'etr-reason-missing': [error('etr-reason-missing', 'roles/medical.yaml', 8, 10)],
  'etr-reason-unused': [warning('etr-reason-unused', 'roles/medical.yaml', 8, 16)],
  'alias-conflict': [error('alias-conflict', 'skills.yaml', 12, 26, { message: '"python 3" names both skill "python" and skill "prompt-engineering"' })],
  'unused-skill': [warning('unused-skill', 'skills.yaml', 18, 9, { message: 'skill "speech-synthesis"' })],
  'domain-without-references': [warning('domain-without-references', 'domains.yaml', 15, 5, { message: 'domain "content"' })],
  'domain-without-roles': [warning('domain-without-roles', 'domains.yaml', 26, 5, { hint: 'add roles in roles/legal.yaml, or remove the domain' })],
  'role-file-mismatch': [warning('role-file-mismatch', 'roles/medical.yaml', 26, 13, { hint: 'move it to roles/content.yaml' })],
  'catalog-file-missing': [error('catalog-file-missing', 'domains.yaml', undefined, undefined, { message: 'domains.yaml is missing' })],
  'unknown-key': [error('unknown-key', 'skills.yaml', 7, 5, { hint: 'did you mean "aliases"?', message: 'unknown key "alias"' })],
  'missing-field': [error('missing-field', 'roles/content.yaml', 2, 5, { hint: 'add "summary"', message: 'role "prompt-engineer": summary is missing' })],
  'wrong-type': [error('wrong-type', 'roles/content.yaml', 11, 20, { message: 'skills[0].essential should be true or false, not the text "yes"' })],
  'out-of-range': [
    error('out-of-range', 'domains.yaml', 17, 10, { message: 'etr must be less than 1 (found 1.5)' }),
    error('out-of-range', 'roles/content.yaml', 9, 16, { message: 'skills[0].level must be at most 5 (found 7)' }),
  ],
  'invalid-value': [error('invalid-value', 'roles/medical.yaml', 5, 16, { hint: 'did you mean "senior"?' })],
  'invalid-format': [error('invalid-format', 'domains.yaml', 13, 14, { message: 'references[0].url is not a valid url' })],
  'yaml-syntax': [error('yaml-syntax', 'domains.yaml', 16, 11)],
  'yaml-duplicate-key': [error('yaml-duplicate-key', 'roles/content.yaml', 6, 5)],
  'yaml-alias-limit': [error('yaml-alias-limit', 'roles/content.yaml', 3, 8)],
  'yaml-tab-indent': [error('yaml-tab-indent', 'roles/content.yaml', 5, 5)],
  'alias-too-short': [warning('alias-too-short', 'skills.yaml', 11, 41, { message: 'alias "pe" of skill "prompt-engineering"' })],
  'unknown-implied-skill': [error('unknown-implied-skill', 'skills.yaml', 14, 16, { hint: 'did you mean "python"?', message: 'skill "prompt-engineering" implies unknown skill "pyhton"' })],
  'reference-undated': [warning('reference-undated', 'domains.yaml', 13, 9, { hint: 'add asOf: YYYY-MM, the month you last confirmed the claim' })],
  'euaiact-reason-missing': [error('euaiact-reason-missing', 'roles/content.yaml', 7, 14)],
  // Regional items (catalog/region-rules.ts); an unknown region is the schema's.
  'region-repeated': [error('region-repeated', 'roles/medical.yaml', 19, 22, { message: 'requirement of "python" names region "eu" twice' })],
  'region-unknown': [error('invalid-value', 'roles/medical.yaml', 19, 18, { hint: 'use one of: eu, us, cn' })],
  'regional-variant-repeated': [error('regional-variant-repeated', 'roles/medical.yaml', 24, 22, { message: 'two portfolio variants for region "cn"' })],
  'regional-variant-eu': [error('regional-variant-eu', 'roles/medical.yaml', 22, 18)],
  'no-essential-skill-in-region': [
    error('no-essential-skill-in-region', 'roles/medical.yaml', 11, 7, { message: 'no essential skill in region "us"' }),
    error('no-essential-skill-in-region', 'roles/medical.yaml', 11, 7, { message: 'no essential skill in region "cn"' }),
  ],
  'resource-not-https': [error('invalid-format', 'skills.yaml', 12, 46, { message: 'learn.resources[0].url is not a valid url (an https address)' })],
};

/** Fixtures whose only problems are warnings: valid, except under --strict. */
export const warningOnlyFixtures = Object.entries(brokenFixtures)
  .filter(([, problems]) => problems.every((p) => p.severity === 'warning'))
  .map(([name]) => name);
