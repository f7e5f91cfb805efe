import { describe, expect, expectTypeOf, it } from 'vitest';
import { fixture, runEtr } from './helpers/run-etr.js';
import { advise, adviseBatch, InvalidInputError, loadCatalog, loadProfile, parseProfile, UsageError, type AdviseOptions, type LoadedProfile, type Report } from '../src/api.js';

/* The API's options as objects, beside the command line's strings; and profiles as objects. */
describe('the API takes objects', () => {
  it('weights and set as objects give the report their strings give', async () => {
    const catalog = await loadCatalog();
    const profile = await loadProfile('data/examples/quant.yaml', catalog);
    const asText = advise(catalog, profile, { top: 5, weights: 'skill=0.5,risk=0.4', set: ['python=5', 'prompt engineering=proficient'], compare: true });
    const asObjects = advise(catalog, profile, { top: 5, weights: { skill: 0.5, risk: 0.4 }, set: { python: 5, 'prompt engineering': 'proficient' }, compare: true });
    expect(asObjects).toEqual(asText);
    expect(asObjects.comparison?.changes).toContain('--weights skill=0.5,risk=0.4');
  });

  it('refuses a bad weight or level given as an object, as the strings are refused', async () => {
    const catalog = await loadCatalog();
    const profile = await loadProfile('data/examples/quant.yaml', catalog);
    expect(() => advise(catalog, profile, { weights: { skill: -1 } })).toThrow(UsageError);
    expect(() => advise(catalog, profile, { set: { python: 'guru' } })).toThrow(/not a skill level/);
    const lines = [];
    for await (const line of adviseBatch(catalog, 'data/examples/quant.yaml', { top: 1, set: { python: 1 } })) lines.push(line);
    expect(lines).toHaveLength(1);
  });

  it('checks a profile given as an object as it checks the same text', async () => {
    const catalog = await loadCatalog();
    const object = { name: 'Pat', riskAppetite: 'low', skills: { python: 3, 'prompt engineering': 'proficient' } };
    expect(parseProfile(object, catalog)).toEqual(parseProfile(JSON.stringify(object), catalog));
    expect(() => parseProfile({ name: 'Pat', riskAppetite: 'reckless' }, catalog, { file: 'pat' })).toThrow(InvalidInputError);
  });

  it('types them', () => {
    expectTypeOf<AdviseOptions['weights']>().toEqualTypeOf<string | Readonly<Partial<{ skill: number; risk: number; interest: number }>> | undefined>();
    expectTypeOf<{ set: { python: 4 } }>().toMatchTypeOf<AdviseOptions>();
    expectTypeOf<{ set: ['python=4'] }>().toMatchTypeOf<AdviseOptions>();
    expectTypeOf<{ weights: { skill: 'high' } }>().not.toMatchTypeOf<AdviseOptions>();
    expectTypeOf(parseProfile).parameter(0).toEqualTypeOf<string | Readonly<Record<string, unknown>>>();
    expectTypeOf(parseProfile).returns.toEqualTypeOf<LoadedProfile>();
    expectTypeOf(advise).returns.toEqualTypeOf<Report>();
  });
});

describe('render', () => {
  it('formats a result as its command prints it', async () => {
    const { render, validate } = await import('../src/api.js');
    const catalog = await loadCatalog();
    const report = advise(catalog, await loadProfile('data/examples/quant.yaml', catalog), { top: 3 });
    expect(await render('advise', 'markdown', report)).toBe(runEtr(['advise', '--profile', 'data/examples/quant.yaml', '--top', '3', '--format', 'markdown']).stdout);
    const sarif = JSON.parse(await render('validate', 'sarif', await validate({ catalog: fixture('valid-minimal') }))) as { version: string };
    expect(sarif.version).toBe('2.1.0');
    expectTypeOf(render<'validate'>).parameter(1).toEqualTypeOf<'text' | 'json' | 'github' | 'sarif' | 'codequality'>();
  });
});
