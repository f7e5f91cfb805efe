import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinCatalogDir } from '../../src/catalog/builtin.js';
import { loadCatalog } from '../../src/catalog/load.js';
import type { Catalog } from '../../src/model/catalog.js';
import { InvalidInputError, UsageError } from '../../src/core/errors.js';
import type { Problem } from '../../src/core/problem.js';
import { loadProfile, parseProfile, type LoadedProfile } from '../../src/profile/load.js';
import { applyOverrides, parseRisk, parseWeights } from '../../src/profile/overrides.js';
import { repoRoot } from '../helpers/run-etr.js';
import { defaultWeights } from '../../src/model/weights.js';

const profilesDir = join(repoRoot, 'test', 'fixtures', 'profiles');
let catalog: Catalog;

beforeAll(async () => {
  const loaded = await loadCatalog(builtinCatalogDir());
  catalog = loaded.catalog!;
});

/** Parses test/fixtures/profiles/<name>.yaml against the built-in catalog; the file is named `<name>.yaml` in problems. */
function parse(name: string, strict = false): LoadedProfile {
  return parseProfile(readFileSync(join(profilesDir, `${name}.yaml`), 'utf8'), `${name}.yaml`, catalog, { strict });
}

/** The problems an invalid profile throws, without the source excerpts. */
function problemsOf(name: string, strict = false): Omit<Problem, 'sourceLine'>[] {
  try {
    parse(name, strict);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).problems.map(({ sourceLine: _sourceLine, ...problem }) => problem);
  }
  throw new Error(`${name}.yaml was accepted`);
}

describe('skill names and levels', () => {
  it('resolves ids, names and aliases in any case', () => {
    // PyTorch is a name, "prompt engineering" a name in lower case, PYTHON an id in upper case.
    const { profile: draft, warnings } = parse('names-and-aliases');
    expect(draft.skills).toEqual({ 'prompt-engineering': 2, python: 5, pytorch: 2 });
    expect(warnings.map((w) => w.code)).toEqual(['unknown-skill']);
  });

  it('ignores the choice of hyphens, underscores and spaces', () => {
    // "pytorch lightning" and "python_3" are aliases; "Prompt-Engineering" is the name with a hyphen.
    const { profile: draft, warnings } = parse('case-and-hyphens');
    expect(draft.skills).toEqual({ 'prompt-engineering': 4, python: 1, pytorch: 1 });
    expect(warnings).toEqual([]);
  });

  it('reads level words in any spelling, numbers and numeric strings', () => {
    const { profile: draft } = parse('level-words');
    expect(draft.skills).toEqual({ nlp: 0, 'prompt-engineering': 0, python: 2, pytorch: 5, sql: 4, statistics: 2 });
  });

  it('keeps the higher level when two keys name the same skill, with a warning', () => {
    const { profile: draft, warnings } = parse('duplicate-skill');
    expect(draft.skills).toEqual({ python: 4 });
    expect(warnings).toMatchObject([{ code: 'duplicate-skill', severity: 'warning', line: 5, column: 3 }]);
  });

  it('lists skills sorted by id whatever the order of the keys', () => {
    expect(Object.keys(parse('level-words').profile.skills)).toEqual(['nlp', 'prompt-engineering', 'python', 'pytorch', 'sql', 'statistics']);
  });
});

describe('unknown skills', () => {
  it('are a located warning with a "did you mean" hint, and are ignored', () => {
    const { profile: draft, warnings } = parse('unknown-skill');
    expect(draft.skills).toEqual({ python: 2 });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'unknown-skill', severity: 'warning', file: 'unknown-skill.yaml', line: 4, column: 3, message: 'unknown skill "pyhton"; it is ignored' });
    expect(warnings[0]!.hint).toMatch(/^did you mean "python"/i);
  });

  it('are an error under strict', () => {
    const problems = problemsOf('unknown-skill', true);
    expect(problems).toMatchObject([{ code: 'unknown-skill', severity: 'error', line: 4, column: 3 }]);
    expect(problems[0]!.hint).toMatch(/did you mean "python"/i);
  });

  it('include an unknown interest, with a hint', () => {
    const { profile: draft, warnings } = parse('unknown-domain');
    expect(draft.interests).toEqual([]);
    expect(warnings).toMatchObject([{ code: 'unknown-domain', severity: 'warning', line: 3, column: 13, hint: 'did you mean "medical"?' }]);
  });
});

describe('currentRole', () => {
  const withRole = (role: string, strict = false) => parseProfile(`name: X\nriskAppetite: low\ncurrentRole: ${role}\n`, 'inline.yaml', catalog, { strict });

  it('resolves a role id, in any case and with spaces for hyphens', () => {
    for (const name of ['ai-data-annotator', 'AI-Data-Annotator', 'ai data annotator']) expect(withRole(name).profile.currentRole, name).toBe('ai-data-annotator');
  });

  it('resolves a role title, in any case, and the catalog\'s zh title', () => {
    expect(parse('current-role-title').profile.currentRole).toBe('ai-data-annotator');
    expect(withRole('senior machine learning engineer').profile.currentRole).toBe('senior-ml-engineer');
    expect(withRole('AI训练师 / 数据标注员').profile.currentRole).toBe('ai-data-annotator');
    expect(parse('current-role-title').warnings).toEqual([]);
  });

  it('is null when the profile names none', () => {
    expect(parse('preferred-etr').profile.currentRole).toBeNull();
  });

  it('an unknown role is a located warning with a "did you mean", and is ignored', () => {
    const { profile: draft, warnings } = parse('current-role-unknown');
    expect(draft.currentRole).toBeNull();
    expect(warnings).toMatchObject([
      { code: 'unknown-role', severity: 'warning', file: 'current-role-unknown.yaml', line: 5, column: 14, message: 'currentRole: unknown role "Data Anotator"; it is ignored' },
    ]);
    expect(warnings[0]!.hint).toBe('did you mean "ai-data-annotator" (AI Trainer / Data Annotator)?');
  });

  it('an unknown role is an error under strict', () => {
    expect(problemsOf('current-role-unknown', true)).toMatchObject([{ code: 'unknown-role', severity: 'error', line: 5, column: 14, message: 'currentRole: unknown role "Data Anotator"' }]);
  });

  it('a name far from every role gets the general hint', () => {
    expect(withRole('astronaut').warnings).toMatchObject([{ code: 'unknown-role', hint: 'give a role id or title; see `etr catalog roles`' }]);
  });

  it('a title that several roles share is ambiguous: a warning naming them, and ignored', () => {
    const twins: Catalog = { ...catalog, roles: catalog.roles.map((r) => (r.id === 'annotation-quality-lead' ? { ...r, title: 'AI Trainer / Data Annotator' } : r)) };
    const { profile: draft, warnings } = parseProfile('name: X\nriskAppetite: low\ncurrentRole: AI Trainer / Data Annotator\n', 'inline.yaml', twins, { strict: false });
    expect(draft.currentRole).toBeNull();
    expect(warnings).toMatchObject([{ code: 'ambiguous-role', severity: 'warning', line: 3, message: 'currentRole: "AI Trainer / Data Annotator" is the title of 2 roles (ai-data-annotator, annotation-quality-lead); it is ignored' }]);
    // An id still names one role.
    expect(parseProfile('name: X\nriskAppetite: low\ncurrentRole: annotation-quality-lead\n', 'inline.yaml', twins, { strict: false }).profile.currentRole).toBe('annotation-quality-lead');
  });

  it('must be a text that is not blank', () => {
    expect(() => withRole('""')).toThrow(InvalidInputError);
    expect(() => withRole('[a, b]')).toThrow(InvalidInputError);
  });
});

describe('invalid profiles', () => {
  // [fixture, code, line, column, message fragment]
  const cases: [string, string, number, number, string][] = [
    ['unknown-key', 'unknown-key', 3, 1, 'unknown key "favouriteColour"'],
    ['wrong-type', 'wrong-type', 3, 18, 'experienceYears should be a number'],
    ['level-7', 'invalid-level', 5, 15, 'skills.statistics: 7 is not a skill level'],
    ['level-negative', 'invalid-level', 4, 11, 'skills.python: -1 is not a skill level'],
    ['level-fraction', 'invalid-level', 4, 11, 'skills.python: 2.5 is not a skill level'],
    ['level-typo', 'invalid-level', 5, 8, 'skills.sql: "expart" is not a skill level'],
    ['preferred-etr-0', 'out-of-range', 2, 15, 'preferredEtr must be at least 0.000001'],
    ['preferred-etr-1', 'out-of-range', 2, 15, 'preferredEtr must be less than 1'],
    ['preferred-etr-1.5', 'out-of-range', 2, 15, 'preferredEtr must be less than 1'],
    ['both-risks', 'conflicting-risk', 3, 1, 'give riskAppetite or preferredEtr, not both'],
    ['weights-zero', 'weights-zero', 4, 3, 'the weights add up to 0'],
    ['weight-negative', 'out-of-range', 5, 9, 'weights.risk must be at least 0'],
  ];

  for (const [name, code, line, column, message] of cases) {
    it(`${name}: ${code} at ${line}:${column}`, () => {
      const problems = problemsOf(name);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ code, severity: 'error', file: `${name}.yaml`, line, column });
      expect(problems[0]!.message).toContain(message);
    });
  }

  it('suggests the level word a typo was meant to be', () => {
    expect(problemsOf('level-typo')[0]!.hint).toBe('did you mean "expert"?');
  });

  it('suggests the key an unknown key was meant to be, or lists the allowed ones', () => {
    expect(problemsOf('unknown-key')[0]!.hint).toContain('riskAppetite');
    const typo = parseProfileText('name: X\nriskApetite: low\n');
    expect(typo).toMatchObject([{ code: 'unknown-key', line: 2, column: 1, hint: 'did you mean "riskAppetite"?' }]);
  });

  it('reports every problem at once, in file order', () => {
    const problems = parseProfileText('name: X\nexperienceYears: -1\nriskAppetite: reckless\nskills:\n  python: 9\n');
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['out-of-range', 2],
      ['invalid-value', 3],
    ]);
  });

  it('reports a YAML syntax error with its position', () => {
    const problems = parseProfileText('name: X\nskills:\n  python: [2\n');
    expect(problems[0]).toMatchObject({ severity: 'error', line: expect.any(Number), column: expect.any(Number) });
    expect(problems[0]!.code).toMatch(/^yaml-/);
  });

  function parseProfileText(text: string): Problem[] {
    try {
      parseProfile(text, 'inline.yaml', catalog, { strict: false });
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      return (error as InvalidInputError).problems;
    }
    throw new Error('the profile was accepted');
  }
});

describe('defaults and the other fields', () => {
  it('reads preferredEtr, interests, exclude and partial weights', () => {
    const { profile: draft, warnings } = parse('preferred-etr');
    expect(draft).toEqual({
      name: 'Fraction appetite',
      riskAppetite: null,
      preferredEtr: 0.005,
      experienceYears: 1,
      hoursPerWeek: 5,
      skills: { python: 3 },
      currentRole: null,
      interests: ['medical'],
      exclude: ['content'],
      weights: { skill: 2, risk: 1, interest: 0.1 },
    });
    expect(warnings).toEqual([]);
  });

  it('assumes a medium appetite, with a warning, when none is given', () => {
    const { profile: draft, warnings } = parse('no-risk');
    expect(draft).toMatchObject({ riskAppetite: 'medium', preferredEtr: 0.03, experienceYears: 0, weights: { skill: 0.6, risk: 0.3, interest: 0.1 } });
    expect(warnings.map((w) => [w.code, w.severity])).toEqual([['no-risk-appetite', 'warning']]);
  });

  it('gives every draft weights of its own, though a profile without weights is checked with the shared defaults', () => {
    const first = parse('no-risk').profile;
    first.weights.skill = 0;
    expect(parse('no-risk').profile.weights).toEqual({ skill: 0.6, risk: 0.3, interest: 0.1 });
    expect(defaultWeights).toEqual({ skill: 0.6, risk: 0.3, interest: 0.1 });
  });
});

describe('prototype keys', () => {
  it('treats __proto__, constructor and prototype in skills as unknown skill names', () => {
    const { profile: draft, warnings } = parse('prototype-keys');
    expect(draft.skills).toEqual({ python: 2 });
    expect(Object.getPrototypeOf(draft.skills)).toBe(Object.prototype);
    expect(Object.keys(draft.skills)).toEqual(['python']);
    expect(warnings.map((w) => [w.code, w.message, w.line])).toEqual([
      ['unknown-skill', 'unknown skill "__proto__"; it is ignored', 5],
      ['unknown-skill', 'unknown skill "constructor"; it is ignored', 6],
      ['unknown-skill', 'unknown skill "prototype"; it is ignored', 7],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('makes them errors under strict', () => {
    expect(problemsOf('prototype-keys', true).map((p) => p.code)).toEqual(['unknown-skill', 'unknown-skill', 'unknown-skill']);
  });

  it('never lets a __proto__ mapping reach Object.prototype', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    expect(problemsOf('proto-pollution')).toMatchObject([{ code: 'unknown-key', line: 4, column: 1 }]);
    // In skills, a mapping is not a level: an error located at the value, and nothing assigned.
    expect(() => parseProfile('name: X\nriskAppetite: low\nskills:\n  __proto__:\n    polluted: yes\n  python: 2\n', 'inline.yaml', catalog, { strict: false })).toThrow(
      /skills.__proto__: a mapping is not a skill level/,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });
});

describe('loadProfile', () => {
  it('reads a file and names it in problems', async () => {
    const { profile: draft } = await loadProfile(join(profilesDir, 'level-words.yaml'), catalog, { strict: false });
    expect(draft.name).toBe('Words');
    await expect(loadProfile(join(profilesDir, 'level-7.yaml'), catalog, { strict: false })).rejects.toMatchObject({
      problems: [{ code: 'invalid-level', file: 'test/fixtures/profiles/level-7.yaml', line: 5, column: 15 }],
    });
  });

  it('makes a missing file a usage error', async () => {
    await expect(loadProfile(join(profilesDir, 'no-such-profile.yaml'), catalog, { strict: false })).rejects.toBeInstanceOf(UsageError);
  });

  it('loads every example profile without warnings', async () => {
    for (const name of ['clinician', 'copywriter', 'quant', 'teacher']) {
      const { warnings } = await loadProfile(join(repoRoot, 'data', 'examples', `${name}.yaml`), catalog, { strict: true });
      expect(warnings, name).toEqual([]);
    }
  });
});

describe('parseRisk', () => {
  it('reads an appetite word', () => {
    expect(parseRisk('high')).toEqual({ riskAppetite: 'high', preferredEtr: 0.1 });
    expect(parseRisk(' Very-Low ')).toEqual({ riskAppetite: 'very-low', preferredEtr: 0.001 });
  });

  it('reads a fraction or a percentage', () => {
    expect(parseRisk('0.05')).toEqual({ riskAppetite: null, preferredEtr: 0.05 });
    expect(parseRisk('5%')).toEqual({ riskAppetite: null, preferredEtr: 0.05 });
    expect(parseRisk('0.5%').preferredEtr).toBeCloseTo(0.005, 12);
  });

  it('refuses anything else with a hint', () => {
    for (const bad of ['hihg', '0', '1', '1.5', '100%', '-0.1', '', 'abc']) {
      let error: unknown;
      try {
        parseRisk(bad);
      } catch (caught) {
        error = caught;
      }
      expect(error, bad).toBeInstanceOf(UsageError);
      expect((error as UsageError).hint, bad).toBeTruthy();
    }
    expect(() => parseRisk('hgh')).toThrow(/--risk hgh: not a risk appetite/);
    try {
      parseRisk('hgh');
    } catch (error) {
      expect((error as UsageError).hint).toBe('did you mean "high"?');
    }
  });
});

describe('parseWeights', () => {
  it('reads some or all of the three weights', () => {
    expect(parseWeights('skill=1,risk=0,interest=0')).toEqual({ skill: 1, risk: 0, interest: 0 });
    expect(parseWeights(' risk = 0.5 ')).toEqual({ risk: 0.5 });
    expect(parseWeights('skill=.7,interest=2')).toEqual({ skill: 0.7, interest: 2 });
  });

  it('refuses unknown names, negative or missing numbers', () => {
    for (const bad of ['skil=1', 'skill=-1', 'skill=', 'skill', 'skill=1;risk=2', 'skill=1e2']) {
      expect(() => parseWeights(bad), bad).toThrow(UsageError);
    }
  });
});

describe('applyOverrides', () => {
  const draft = () => parse('names-and-aliases').profile;

  it('changes nothing without overrides, and normalises the weights', () => {
    const profile = applyOverrides(draft(), {}, catalog);
    expect(profile).toMatchObject({ name: 'Ada', riskAppetite: 'medium', preferredEtr: 0.03, experienceYears: 4, skills: { 'prompt-engineering': 2, python: 5, pytorch: 2 } });
    expect(profile.weights.skill + profile.weights.risk + profile.weights.interest).toBeCloseTo(1, 12);
  });

  it('overrides the risk appetite', () => {
    expect(applyOverrides(draft(), { risk: 'high' }, catalog)).toMatchObject({ riskAppetite: 'high', preferredEtr: 0.1 });
    expect(applyOverrides(draft(), { risk: '5%' }, catalog)).toMatchObject({ riskAppetite: null, preferredEtr: 0.05 });
  });

  it('overrides some weights and keeps the rest', () => {
    // skill=1 with the profile's risk 0.3 and interest 0.1 → 1/1.4, 0.3/1.4, 0.1/1.4
    const { weights } = applyOverrides(draft(), { weights: 'skill=1' }, catalog);
    expect(weights.skill).toBeCloseTo(1 / 1.4, 12);
    expect(weights.risk).toBeCloseTo(0.3 / 1.4, 12);
    expect(weights.interest).toBeCloseTo(0.1 / 1.4, 12);
    expect(applyOverrides(draft(), { weights: 'skill=1,risk=0,interest=0' }, catalog).weights).toEqual({ skill: 1, risk: 0, interest: 0 });
  });

  it('refuses weights that add up to 0', () => {
    expect(() => applyOverrides(draft(), { weights: 'skill=0,risk=0,interest=0' }, catalog)).toThrow(UsageError);
  });

  it('sets skill levels by id, name or alias, as numbers or words', () => {
    const profile = applyOverrides(draft(), { set: ['python=1', 'Statistics=proficient', 'torch=0', 'prompt engineering=advanced beginner'] }, catalog);
    expect(profile.skills).toEqual({ 'prompt-engineering': 2, python: 1, pytorch: 0, statistics: 4 });
    expect(Object.keys(profile.skills)).toEqual(['prompt-engineering', 'python', 'pytorch', 'statistics']);
  });

  it('refuses an unknown skill with a hint, a bad level and a malformed assignment', () => {
    expect(() => applyOverrides(draft(), { set: ['pyhton=3'] }, catalog)).toThrow(/unknown skill "pyhton"/);
    try {
      applyOverrides(draft(), { set: ['pyhton=3'] }, catalog);
    } catch (error) {
      expect((error as UsageError).hint).toMatch(/did you mean "python"/i);
    }
    for (const bad of ['python=6', 'python=expart', 'python=2.5', 'python', '=3']) {
      expect(() => applyOverrides(draft(), { set: [bad] }, catalog), bad).toThrow(UsageError);
    }
  });

  it('does not change the draft it was given', () => {
    const original = draft();
    const copy = structuredClone(original);
    applyOverrides(original, { risk: 'low', weights: 'skill=1', set: ['python=0'] }, catalog);
    expect(original).toEqual(copy);
  });
});
