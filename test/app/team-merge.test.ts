import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeTeams, teamBatch, type TeamRunOptions } from '../../src/app/team.js';
import { openCatalog, type CatalogSource } from '../../src/catalog/source.js';
import { terminalSafeJson } from '../../src/core/terminal-text.js';

/**
 * The promise of `etr team --merge`: split an input anywhere between profiles, run each part on
 * its own, merge the JSON parts in order, and the result is the JSON of one run over the whole
 * input, byte for byte: counts, order, mean hours, people and their indexes, failures.
 */
let catalog: CatalogSource;
beforeAll(async () => {
  catalog = await openCatalog(undefined);
});

const encoder = new TextEncoder();

async function run(lines: readonly string[], options: Omit<TeamRunOptions, 'catalog'>): Promise<string> {
  const { report } = await teamBatch({ file: '<test>', chunks: [encoder.encode(lines.map((l) => `${l}\n`).join(''))] }, { catalog, ...options });
  return terminalSafeJson(report, 2);
}

describe('etr team --merge', () => {
  it('gives, for any split of the input, exactly the JSON of one run over all of it', async () => {
    const skills = catalog.catalog.skills.map((s) => s.id);
    const domains = catalog.catalog.domains.map((d) => d.id);
    const person = fc.record({
      name: fc.constantFrom('Ana', 'Bo', 'Chen Wei', 'Dana'),
      riskAppetite: fc.constantFrom('very-low', 'low', 'medium', 'high', 'very-high'),
      experienceYears: fc.integer({ min: 0, max: 20 }),
      skills: fc.dictionary(fc.constantFrom(...skills), fc.integer({ min: 1, max: 5 }), { maxKeys: 12 }),
      interests: fc.subarray(domains, { maxLength: 2 }),
    });
    // Now and then a line that is not a profile: failures count, and indexes go on past them.
    const line = fc.oneof({ weight: 9, arbitrary: person.map((p) => JSON.stringify(p)) }, { weight: 1, arbitrary: fc.constant('{"name": "Broken", "skills": [1, 2]}') });
    const options = fc.record({ top: fc.integer({ min: 1, max: 12 }), people: fc.boolean(), anonymize: fc.boolean(), lang: fc.constantFrom('en' as const, 'zh' as const) });
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 40 }), fc.uniqueArray(fc.nat(), { maxLength: 4 }), options, async (lines, cuts, { top, people, anonymize, lang }) => {
        const runOptions = { top, domains: [], overrides: {}, strict: false, people, anonymize, lang };
        const whole = await run(lines, runOptions);
        const bounds = [0, ...cuts.map((c) => c % (lines.length + 1)).sort((a, b) => a - b), lines.length];
        const parts = [];
        for (let i = 0; i + 1 < bounds.length; i++) parts.push({ file: `part-${i}.json`, text: await run(lines.slice(bounds[i], bounds[i + 1]), runOptions) });
        expect(terminalSafeJson(mergeTeams(catalog, parts, lang), 2)).toBe(whole);
      }),
      { numRuns: 60 },
    );
  });

  it('merges a merge: parts of parts add up the same', async () => {
    const lines = ['{"name":"A","riskAppetite":"high","skills":{"python":3,"statistics":2}}', '{"name":"B","riskAppetite":"low","skills":{"copywriting":4}}', '{"name":"C","skills":{"sql":2}}'];
    const options = { top: 5, domains: [], overrides: {}, strict: false, people: true, anonymize: true, lang: 'en' as const };
    const parts = await Promise.all(lines.map(async (l, i) => ({ file: `p${i}.json`, text: await run([l], options) })));
    const firstTwo = terminalSafeJson(mergeTeams(catalog, parts.slice(0, 2), 'en'), 2);
    const merged = mergeTeams(catalog, [{ file: 'ab.json', text: firstTwo }, parts[2]!], 'en');
    expect(terminalSafeJson(merged, 2)).toBe(await run(lines, options));
    expect(merged.people!.map((p) => [p.index, p.name])).toEqual([
      [1, null],
      [2, null],
      [3, null],
    ]);
  });
});
