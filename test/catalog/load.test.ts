import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load.js';
import { UsageError } from '../../src/core/errors.js';
import { brokenCatalog } from '../helpers/catalog-fixture.js';
import { brokenFixtures, type ExpectedProblem } from '../helpers/fixture-cases.js';
import { fixture } from '../helpers/run-etr.js';

const slash = (path: string | undefined) => (path ?? '').replaceAll('\\', '/');

function expectProblems(actual: Awaited<ReturnType<typeof loadCatalog>>['problems'], expected: ExpectedProblem[], folder: string): void {
  expect(actual.map((p) => `${p.severity} ${p.code}`)).toEqual(expected.map((p) => `${p.severity} ${p.code}`));
  expected.forEach((want, i) => {
    const got = actual[i]!;
    expect(slash(got.file).endsWith(`${folder}/${want.file}`), `${got.file} should end with ${folder}/${want.file}`).toBe(true);
    expect({ line: got.line, column: got.column }).toEqual({ line: want.line, column: want.column });
    if (want.hint !== undefined) expect(got.hint).toBe(want.hint);
    if (want.message !== undefined) expect(got.message).toContain(want.message);
    // Every problem says what to do about it, and a located one carries its line for the caret.
    if (got.line !== undefined) expect(got.sourceLine).toBeTypeOf('string');
  });
}

describe('loadCatalog on valid-minimal', () => {
  it('loads with no problems, sorted by id, with tiers filled in', async () => {
    const result = await loadCatalog(fixture('valid-minimal'));
    expect(result.problems).toEqual([]);
    expect(result.files.map(slash).map((f) => f.split('valid-minimal/')[1])).toEqual(['skills.yaml', 'domains.yaml', 'roles/content.yaml', 'roles/medical.yaml']);
    const catalog = result.catalog!;
    expect(catalog.skills.map((s) => s.id)).toEqual(['clinical-knowledge', 'prompt-engineering', 'python']);
    expect(catalog.domains.map((d) => [d.id, d.tier])).toEqual([
      ['content', 'open'],
      ['medical', 'strict'],
    ]);
    expect(catalog.roles.map((r) => r.id)).toEqual(['clinical-nlp-engineer', 'medical-ai-validation-specialist', 'prompt-engineer']);
  });

  it('fills in the defaults of optional lists', async () => {
    const { catalog } = await loadCatalog(fixture('valid-minimal'));
    expect(catalog!.skills.find((s) => s.id === 'clinical-knowledge')!.aliases).toEqual([]);
    const validator = catalog!.roles.find((r) => r.id === 'medical-ai-validation-specialist')!;
    expect(validator).toMatchObject({ etr: 0.001, onet: '15-1253.00', related: ['clinical-nlp-engineer'] });
    expect(validator.skills[0]).toEqual({ skill: 'clinical-knowledge', level: 4, importance: 5, essential: true });
  });
});

describe('loadCatalog on each broken fixture', () => {
  for (const [name, expected] of Object.entries(brokenFixtures)) {
    it(`${name}: ${expected.map((p) => `${p.code}${p.line ? ` at ${p.file}:${p.line}:${p.column}` : ` in ${p.file}`}`).join(', ')}`, async () => {
      const result = await loadCatalog(fixture(name));
      expectProblems(result.problems, expected, name);
      const hasError = expected.some((p) => p.severity === 'error');
      // A catalog comes back only when nothing is an error; warnings do not withhold it.
      expect(result.catalog === undefined).toBe(hasError);
    });
  }
});

describe('loadCatalog on other broken catalogs', () => {
  it('refuses a directory that does not exist, or a file, as a usage error', async () => {
    await expect(loadCatalog(fixture('no-such-catalog'))).rejects.toThrow(UsageError);
    await expect(loadCatalog(fixture('no-such-catalog'))).rejects.toThrow(/does not exist/);
    await expect(loadCatalog(join(fixture('valid-minimal'), 'skills.yaml'))).rejects.toThrow(/is not a directory/);
  });

  it('reports a missing roles/ directory once, without calling every domain empty and every skill unused', async () => {
    const { dir, cleanup } = brokenCatalog([{ file: 'roles', remove: true }]);
    try {
      const { problems } = await loadCatalog(dir);
      expect(problems).toEqual([expect.objectContaining({ code: 'catalog-file-missing', severity: 'error', file: expect.stringMatching(/roles$/), hint: expect.stringContaining('roles/') })]);
    } finally {
      cleanup();
    }
  });

  it('reports a roles/ directory without YAML files', async () => {
    const { dir, cleanup } = brokenCatalog([{ file: 'roles/content.yaml', remove: true }, { file: 'roles/medical.yaml', remove: true }, { file: 'roles/README.md', write: 'roles go here\n' }]);
    try {
      const { problems } = await loadCatalog(dir);
      expect(problems).toEqual([expect.objectContaining({ code: 'catalog-file-missing', hint: expect.stringContaining('at least one roles/<domain>.yaml') })]);
    } finally {
      cleanup();
    }
  });

  it('reads roles from .yml files too', async () => {
    const { dir, cleanup } = brokenCatalog([]);
    try {
      const { renameSync } = await import('node:fs');
      renameSync(join(dir, 'roles', 'content.yaml'), join(dir, 'roles', 'content.yml'));
      const result = await loadCatalog(dir);
      expect(result.problems).toEqual([]);
      expect(result.catalog!.roles).toHaveLength(3);
    } finally {
      cleanup();
    }
  });

  it('reports a misnamed top-level key with a hint, and no cascade of unknown skills', async () => {
    const { dir, cleanup } = brokenCatalog([{ file: 'skills.yaml', replace: '\nskills:\n', with: '\nskill:\n' }]);
    try {
      const { problems } = await loadCatalog(dir);
      expect(problems.map((p) => p.code).sort()).toEqual(['missing-field', 'unknown-key']);
      expect(problems.find((p) => p.code === 'unknown-key')).toMatchObject({ line: 3, column: 1, hint: 'did you mean "skills"?' });
    } finally {
      cleanup();
    }
  });

  it('reports a file that holds a list instead of a mapping', async () => {
    const { dir, cleanup } = brokenCatalog([{ file: 'domains.yaml', write: '- id: medical\n' }]);
    try {
      const { problems } = await loadCatalog(dir);
      expect(problems).toEqual([expect.objectContaining({ code: 'wrong-type', line: 1, column: 1, message: expect.stringContaining('should be a mapping, not a list') })]);
    } finally {
      cleanup();
    }
  });

  it('reports an empty file', async () => {
    const { dir, cleanup } = brokenCatalog([{ file: 'roles/content.yaml', write: '' }]);
    try {
      const { problems } = await loadCatalog(dir);
      expect(problems).toEqual([expect.objectContaining({ code: 'yaml-empty' })]);
    } finally {
      cleanup();
    }
  });

  it('reports a binary file and a file in another encoding', async () => {
    const { dir, cleanup } = brokenCatalog([
      { file: 'roles/content.yaml', write: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]) },
      { file: 'roles/medical.yaml', write: Buffer.concat([Buffer.from('roles:\n  - id: caf'), Buffer.from([0xe9]), Buffer.from('\n')]) },
    ]);
    try {
      const { problems } = await loadCatalog(dir);
      expect(problems.map((p) => [p.code, slash(p.file).split('/').at(-1), p.line])).toEqual([
        ['file-binary', 'content.yaml', 3],
        ['file-encoding', 'medical.yaml', 2],
      ]);
    } finally {
      cleanup();
    }
  });

  it('refuses a file over the size limit', async () => {
    const { dir, cleanup } = brokenCatalog([{ file: 'roles/huge.yaml', write: Buffer.alloc(16 * 1024 * 1024 + 1, 0x20) }]);
    try {
      const { problems } = await loadCatalog(dir);
      expect(problems).toEqual([expect.objectContaining({ code: 'file-too-large', file: expect.stringMatching(/huge\.yaml$/), message: expect.stringContaining('16 MiB') })]);
    } finally {
      cleanup();
    }
  });

  it('reports every problem in every file at once, sorted by file and line', async () => {
    const { dir, cleanup } = brokenCatalog([
      { file: 'domains.yaml', replace: 'tier: strict', with: 'tier: open' },
      { file: 'roles/medical.yaml', replace: 'seniority: senior', with: 'seniority: boss' },
      { file: 'roles/medical.yaml', replace: 'domain: medical\n    seniority: mid', with: 'domain: medicle\n    seniority: mid' },
      { file: 'roles/content.yaml', replace: 'level: 3', with: 'level: 0' },
      { file: 'roles/content.yaml', replace: '    related: [clinical-nlp-engineer]', with: '    related: [clinical-nlp-engineer]\n    salary: 100' },
    ]);
    try {
      const { problems, catalog } = await loadCatalog(dir);
      expect(catalog).toBeUndefined();
      expect(problems.map((p) => `${slash(p.file).split(`${slash(dir)}/`)[1]}:${p.line}:${p.column} ${p.code}`)).toEqual([
        'domains.yaml:5:11 tier-mismatch',
        'roles/content.yaml:9:16 out-of-range',
        'roles/content.yaml:17:5 unknown-key',
        'roles/medical.yaml:5:16 invalid-value',
        'roles/medical.yaml:26:13 unknown-domain',
      ]);
      expect(problems.find((p) => p.code === 'unknown-key')!.hint).toMatch(/^allowed keys here: id, title/);
      expect(problems.find((p) => p.code === 'invalid-value')!.hint).toBe('use one of: entry, mid, senior, lead');
    } finally {
      cleanup();
    }
  });

  it('does not read sub-directories of roles/', async () => {
    const { dir, cleanup } = brokenCatalog([]);
    try {
      mkdirSync(join(dir, 'roles', 'drafts'));
      writeFileSync(join(dir, 'roles', 'drafts', 'ignored.yaml'), 'not: [valid\n');
      expect((await loadCatalog(dir)).problems).toEqual([]);
    } finally {
      cleanup();
    }
  });
});
