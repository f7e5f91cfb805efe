import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtinCatalogDir } from '../../src/catalog/builtin.js';
import { loadCatalog } from '../../src/catalog/load.js';
import type { Catalog } from '../../src/model/catalog.js';
import { appetiteEtr, minimumEtr, riskAppetites, tierOf, type RiskAppetite } from '../../src/model/etr.js';
import { levelMeanings, levelWords } from '../../src/model/levels.js';
import { interviewProfile, preferredEtrOf, readYears, scenarios, type InterviewAnswers } from '../../src/profile/interview.js';
import { parseProfile } from '../../src/profile/load.js';
import { assertValid } from '../helpers/json-schema.js';

let catalog: Catalog;
beforeAll(async () => {
  catalog = (await loadCatalog(builtinCatalogDir())).catalog!;
});

const all = (appetite: RiskAppetite): Record<string, RiskAppetite> => Object.fromEntries(scenarios.map((s) => [s.id, appetite]));
const appetiteAnswers = fc.tuple(...scenarios.map(() => fc.constantFrom(...riskAppetites)));
const toAnswers = (chosen: readonly RiskAppetite[]) => Object.fromEntries(scenarios.map((s, i) => [s.id, chosen[i]!]));

describe('the scenarios', () => {
  it('are 4 to 6, in two groups, each offering every appetite once, strictest first', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(4);
    expect(scenarios.length).toBeLessThanOrEqual(6);
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
    for (const group of ['unreviewed', 'accountability'] as const) expect(scenarios.filter((s) => s.group === group).length).toBeGreaterThanOrEqual(2);
    for (const scenario of scenarios) expect(scenario.options.map((o) => o.appetite)).toEqual([...riskAppetites]);
  });
});

describe('preferredEtrOf', () => {
  it("gives an appetite's own ETR when every answer is that appetite", () => {
    for (const appetite of riskAppetites) {
      const result = preferredEtrOf(all(appetite));
      expect(result.preferredEtr).toBeCloseTo(appetiteEtr[appetite], 12);
      expect(result.appetite).toBe(appetite);
      expect(result.explanation).toHaveLength(1);
    }
  });

  it('averages each group on a log scale, then the two groups alike, to two significant digits', () => {
    // unreviewed: medium, high, medium → (0.03 · 0.1 · 0.03)^(1/3) ≈ 0.0448; accountability: low,
    // medium → (0.01 · 0.03)^(1/2) ≈ 0.0173; together √(0.0448 · 0.0173) ≈ 0.0279.
    const result = preferredEtrOf({ 'product-texts': 'medium', 'overnight-answers': 'high', summaries: 'medium', 'sign-off': 'low', 'after-harm': 'medium' });
    expect(result.unreviewed).toBeCloseTo(0.0448, 4);
    expect(result.accountability).toBeCloseTo(0.0173, 4);
    expect(result.preferredEtr).toBe(0.028);
    expect(result.appetite).toBe('medium');
    expect(result.explanation[0]).toBe(
      "Your answers put your preferred ETR at 2.8% (medium): you want work where few AI errors may pass unreviewed: decisions about people's money, jobs and schooling (lending, insurance, hiring, education; guarded tier).",
    );
  });

  it('says when the two groups pull a decade or more apart', () => {
    const answers = { ...all('very-high'), 'sign-off': 'very-low', 'after-harm': 'very-low' } as Record<string, RiskAppetite>;
    const result = preferredEtrOf(answers);
    expect(result.preferredEtr).toBe(0.017);
    expect(result.explanation[1]).toMatch(/^Your two kinds of answer pull apart: about 30% .* about 0\.1% /);
  });

  it('refuses answers that miss a scenario', () => {
    const { summaries: _summaries, ...missing } = all('medium');
    expect(() => preferredEtrOf(missing)).toThrow(/summaries/);
  });

  it('stays within [1e-6, 1), between the strictest and the loosest option, in the tier of its appetite', () => {
    fc.assert(
      fc.property(appetiteAnswers, (chosen) => {
        const { preferredEtr, appetite } = preferredEtrOf(toAnswers(chosen));
        expect(preferredEtr).toBeGreaterThanOrEqual(minimumEtr);
        expect(preferredEtr).toBeLessThan(1);
        expect(preferredEtr).toBeGreaterThanOrEqual(appetiteEtr['very-low']);
        expect(preferredEtr).toBeLessThanOrEqual(appetiteEtr['very-high']);
        expect(tierOf(appetiteEtr[appetite])).toBe(tierOf(preferredEtr));
      }),
    );
  });

  it('is monotone: a looser answer to any scenario never lowers the ETR', () => {
    fc.assert(
      fc.property(appetiteAnswers, fc.nat({ max: scenarios.length - 1 }), (chosen, index) => {
        const at = riskAppetites.indexOf(chosen[index]!);
        fc.pre(at < riskAppetites.length - 1);
        const looser = [...chosen];
        looser[index] = riskAppetites[at + 1]!;
        expect(preferredEtrOf(toAnswers(looser)).preferredEtr).toBeGreaterThanOrEqual(preferredEtrOf(toAnswers(chosen)).preferredEtr);
      }),
    );
  });
});

describe('interviewProfile', () => {
  const answers = (): InterviewAnswers => ({
    name: ' Zhang Wei: "PM" ',
    experienceYears: 4,
    currentRole: catalog.roles[0]!.id,
    scenarios: all('high'),
    interests: [catalog.domains[0]!.id, catalog.domains[1]!.id],
    skills: { python: 3, [catalog.skills.find((s) => s.id !== 'python')!.id]: 1 },
  });

  it('writes the starter profile with the answers filled in, which loads strictly without warnings', () => {
    const text = interviewProfile(catalog, answers(), { schema: '../schema/profile.schema.json' });
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/profile.schema.json');
    const value = parse(text) as Record<string, unknown>;
    assertValid('profile', value, 'the interview profile');
    expect(value).toMatchObject({ name: 'Zhang Wei: "PM"', experienceYears: 4, preferredEtr: 0.1, currentRole: catalog.roles[0]!.id, interests: answers().interests });
    expect(value.riskAppetite).toBeUndefined();
    expect(value.skills).toEqual(answers().skills);
    const loaded = parseProfile(text, 'me.yaml', catalog, { strict: true });
    expect(loaded.warnings).toEqual([]);
    expect(loaded.profile.preferredEtr).toBe(0.1);
    // Every other skill is still there to uncomment, and the level meanings are explained.
    expect(text).toMatch(/^ {2}# api-integration: 0 +# API integration$/m);
    for (const [level, meaning] of levelMeanings.entries()) if (level > 0) expect(text).toContain(`#   ${level} ${meaning}`);
    expect(text).toMatch(/^# Your answers put your preferred ETR at 10% \(high\): you can work where/m);
  });

  it('writes an empty skills map and no current role when none was given', () => {
    const text = interviewProfile(catalog, { ...answers(), currentRole: undefined, skills: {}, interests: [] });
    const value = parse(text) as Record<string, unknown>;
    expect(value.skills).toEqual({});
    expect(value.interests).toEqual([]);
    expect(value.currentRole).toBeUndefined();
    expect(parseProfile(text, 'me.yaml', catalog, { strict: true }).warnings).toEqual([]);
  });
});

describe('level meanings and years', () => {
  it('give one line per level, starting with its word', () => {
    expect(levelMeanings).toHaveLength(levelWords.length);
    for (const [level, word] of levelWords.entries()) expect(levelMeanings[level]!.startsWith(`${word}: `)).toBe(true);
  });

  it('read years as a whole number 0–70', () => {
    expect(readYears('7')).toBe(7);
    expect(readYears(' 12 ')).toBe(12);
    expect(readYears('0')).toBe(0);
    for (const bad of ['', '-1', '71', '3.5', 'seven', '1e1']) expect(readYears(bad)).toBeUndefined();
  });
});
