import { describe, expect, it } from 'vitest';
import * as api from '../src/api.js';
import { advise, adviseBatch, InvalidInputError, leverage, loadCatalog, loadProfile, mergeTeam, parseProfile, plan, show, team, UsageError, validate } from '../src/api.js';
import { parseReport } from './helpers/json-schema.js';
import { fixture, runEtr } from './helpers/run-etr.js';

/* The programmatic API, from the sources; test/cli/package.test.ts runs it from the installed package. */
describe('the programmatic API', () => {
  it('exports the loaders, one function per use case, and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(['ExitCode', 'InvalidInputError', 'UsageError', 'advise', 'adviseBatch', 'leverage', 'loadCatalog', 'loadProfile', 'match', 'mergeTeam', 'parseProfile', 'plan', 'readJobAd', 'render', 'reportSchemaVersion', 'show', 'team', 'validate']);
  });

  it('gives what the binary prints in JSON for batch, plan, leverage, show and validate', async () => {
    const catalog = await loadCatalog();
    const profile = await loadProfile('data/examples/quant.yaml', catalog);
    const lines = [];
    for await (const line of adviseBatch(catalog, 'data/examples/quant.yaml', { top: 3, risk: 'high' })) lines.push(line);
    expect(lines.map((line) => `${JSON.stringify(line)}\n`).join('')).toBe(runEtr(['advise', '--batch', 'data/examples/quant.yaml', '--top', '3', '--risk', 'high']).stdout);
    const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
    expect(json(plan(catalog, profile, { steps: 4 }))).toBe(runEtr(['plan', '--profile', 'data/examples/quant.yaml', '--steps', '4', '--format', 'json']).stdout);
    expect(json(leverage(catalog, profile, { top: 3 }))).toBe(runEtr(['plan', '--profile', 'data/examples/quant.yaml', '--leverage', '--top', '3', '--format', 'json']).stdout);
    expect(json(show(catalog, 'prompt-engineer'))).toBe(runEtr(['show', 'prompt-engineer', '--format', 'json']).stdout);
    const report = await validate({ catalog: fixture('valid-minimal') });
    expect(report).toMatchObject({ valid: true, problems: [] });
    expect(() => show(catalog, 'no-such-role')).toThrow(UsageError);
  });

  it('gives what etr team prints in JSON, and merges parts as etr team --merge does', async () => {
    const catalog = await loadCatalog();
    const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
    const whole = json(await team(catalog, 'data/examples/quant.yaml', { top: 3, people: true }));
    expect(whole).toBe(runEtr(['team', '--batch', 'data/examples/quant.yaml', '--top', '3', '--people', '--format', 'json']).stdout);
    const lines = ['{"name":"A","riskAppetite":"low","skills":{"python":3}}\n', '{"name":"B","skills":{"copywriting":4}}\n'];
    const parts = await Promise.all(lines.map(async (line) => json(await team(catalog, [line]))));
    expect(json(mergeTeam(catalog, parts))).toBe(json(await team(catalog, lines)));
  });

  it('takes a region as the command line does, and refuses an unknown one', async () => {
    const catalog = await loadCatalog();
    const profile = await loadProfile('data/examples/clinician.yaml', catalog);
    expect(advise(catalog, profile, { top: 1, region: 'cn' }).region).toBe('cn');
    expect(show(catalog, 'clinical-ai-product-manager', { region: 'cn' }).portfolioProject).toContain('NMPA');
    expect(plan(catalog, profile, { steps: 1, region: 'us' }).region).toBe('us');
    const lines = [];
    for await (const line of adviseBatch(catalog, ['{"name":"A","skills":{"python":3}}\n'], { top: 1, region: 'cn' })) lines.push(line);
    expect(lines[0]!.ok && lines[0]!.region).toBe('cn');
    expect(() => advise(catalog, profile, { region: 'mars' as 'cn' })).toThrow(UsageError);
  });

  it('reads a batch from chunks of text, a bad record among them, and refuses an unknown domain', async () => {
    const catalog = await loadCatalog();
    const chunks = ['{"name":"A","riskAppetite":"low","skills":{"python":3}}\n{"name":', '"B","riskAppetite":"reckless"}\n'];
    const lines = [];
    for await (const line of adviseBatch(catalog, chunks, { top: 1 })) lines.push(line);
    expect(lines.map((l) => [l.index, l.ok])).toEqual([[1, true], [2, false]]);
    expect(lines[0]!.ok && lines[0]!.results[0]!.rank).toBe(1);
    await expect(adviseBatch(catalog, chunks, { domains: ['medicl'] }).next()).rejects.toThrow(UsageError);
  });

  it('gives the report `etr advise --format json` prints, for the same input', async () => {
    const catalog = await loadCatalog();
    expect(catalog.source).toBe('built-in');
    const profile = await loadProfile('data/examples/teacher.yaml', catalog);
    expect(profile.warnings).toEqual([]);
    const options = { top: 5, domains: ['education', 'content'], lang: 'zh' as const, set: ['python=3'], risk: 'medium', weights: 'skill=0.5' };
    const report = advise(catalog, profile, options);
    const cli = runEtr(['advise', '--profile', 'data/examples/teacher.yaml', '--top', '5', '--domain', 'education', '--domain', 'content', '--lang', 'zh', '--set', 'python=3', '--risk', 'medium', '--weights', 'skill=0.5', '--format', 'json']);
    expect(`${JSON.stringify(report, null, 2)}\n`).toBe(cli.stdout);
    parseReport(JSON.stringify(report));
  });

  it('reads a catalog directory, and a profile from text', async () => {
    const catalog = await loadCatalog(fixture('valid-minimal'));
    expect(catalog.catalog.roles.length).toBeGreaterThan(0);
    const profile = parseProfile('name: Pat\nriskAppetite: low\nskills:\n  python: competent\n', catalog);
    expect(profile.profile).toMatchObject({ name: 'Pat', riskAppetite: 'low', skills: { python: 3 } });
    const report = advise(catalog, profile);
    expect(report.results.length).toBe(Math.min(10, catalog.catalog.roles.length));
    expect(report.catalog.source).toMatch(/valid-minimal$/);
  });

  it('throws InvalidInputError with located problems, and UsageError for bad options', async () => {
    const catalog = await loadCatalog();
    const invalid = (() => {
      try {
        parseProfile('name: Pat\nriskAppetite: reckless\n', catalog, { file: 'pat.yaml' });
      } catch (error) {
        return error;
      }
    })();
    expect(invalid).toBeInstanceOf(InvalidInputError);
    expect((invalid as InvalidInputError).problems[0]).toMatchObject({ code: 'invalid-value', file: 'pat.yaml', line: 2 });
    expect(() => parseProfile('riskAppetite: low\nskills: { pyhton: 3 }\n', catalog, { strict: true })).toThrow(InvalidInputError);
    expect(parseProfile('riskAppetite: low\nskills: { pyhton: 3 }\n', catalog).warnings.map((w) => w.code)).toEqual(['unknown-skill']);
    await expect(loadCatalog('no/such/catalog')).rejects.toThrow();
    await expect(loadProfile('no/such/profile.yaml', catalog)).rejects.toBeInstanceOf(UsageError);
    const profile = parseProfile('riskAppetite: low\n', catalog);
    expect(() => advise(catalog, profile, { domains: ['medicl'] })).toThrow(expect.objectContaining({ message: 'domain medicl: no such domain', hint: 'did you mean "medical"?' }));
    expect(() => advise(catalog, profile, { top: 0 })).toThrow(UsageError);
    expect(() => advise(catalog, profile, { lang: 'fr' as never })).toThrow(UsageError);
    expect(() => advise(catalog, profile, { set: ['python=9'] })).toThrow(UsageError);
  });
});

describe('match', () => {
  it('reads a job ad given as text, with the fit advise gives for a profile', async () => {
    const catalog = await loadCatalog();
    const profile = await loadProfile('data/examples/copywriter.yaml', catalog);
    const report = api.match(catalog, { text: 'Requirements:\n- Copywriting for brand campaigns\n- SEO\n', file: 'ad.txt' }, { profile });
    expect(report.domain.best?.id).toBe('content');
    expect(report.skills.map((s) => [s.skill, s.kind])).toEqual([
      ['copywriting', 'required'],
      ['seo', 'required'],
    ]);
    expect(report.fit?.role.id).toBe(report.roles[0]!.id);
  });
});
