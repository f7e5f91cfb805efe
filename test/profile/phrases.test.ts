import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidInputError, UsageError } from '../../src/core/errors.js';
import type { Catalog } from '../../src/model/catalog.js';
import { parseProfile } from '../../src/profile/load.js';
import { applyParsedOverrides, parseOverrides } from '../../src/profile/overrides.js';
import { builtinCatalog } from '../report/example-report.js';

/* A profile key, or a --set name, that is no skill's name but a phrase that holds some. */

let catalog: Catalog;
beforeAll(async () => {
  catalog = await builtinCatalog();
});

const profile = (skills: string, strict = false) => parseProfile(`name: P\nriskAppetite: low\nskills:\n${skills}`, 'p.yaml', catalog, { strict });

describe('a skill key that is a phrase', () => {
  it('credits each skill it names at its level, with a located warning that shows what matched', () => {
    const { profile: draft, warnings } = profile('  PyTorch/TensorFlow: 3\n  Portuguese-English translation: 2\n');
    expect(draft.skills).toEqual({ 'deep-learning': 3, pytorch: 3, translation: 2 });
    expect(warnings).toMatchObject([
      {
        code: 'skill-read-from-phrase',
        severity: 'warning',
        line: 4,
        column: 3,
        message: '"PyTorch/TensorFlow" read as PyTorch (matched "PyTorch") and Deep learning (matched "TensorFlow")',
        hint: 'to be sure, name each skill as `etr catalog skills` lists it: pytorch, deep-learning',
      },
      { code: 'skill-read-from-phrase', line: 5, message: '"Portuguese-English translation" read as Translation (matched "Translation")' },
    ]);
  });

  it('keeps the higher level where a skill is named twice, without a duplicate-skill warning', () => {
    const { profile: draft, warnings } = profile('  python: 2\n  Python/SQL: 4\n  SQL: 5\n  PyTorch: 1\n  PyTorch/TensorFlow: 0\n');
    expect(draft.skills).toEqual({ 'deep-learning': 0, python: 4, pytorch: 1, sql: 5 });
    expect(warnings.map((w) => w.code)).toEqual(['skill-read-from-phrase', 'skill-read-from-phrase']);
  });

  it('is read the same in Chinese', () => {
    const { profile: draft, warnings } = profile('  深度学习（PyTorch）: 4\n  葡萄牙语翻译: 3\n  熟练使用Excel: 2\n');
    expect(draft.skills).toEqual({ 'deep-learning': 4, pytorch: 4, spreadsheets: 2, translation: 3 });
    expect(warnings.map((w) => w.message)).toEqual([
      '"深度学习（PyTorch）" read as Deep learning (matched "深度学习") and PyTorch (matched "PyTorch")',
      '"葡萄牙语翻译" read as Translation (matched "翻译")',
      '"熟练使用Excel" read as Spreadsheets (matched "Excel")',
    ]);
  });

  it('is an error under --strict, as an unknown skill is', () => {
    try {
      profile('  PyTorch/TensorFlow: 3\n', true);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).problems).toMatchObject([
        { code: 'skill-read-from-phrase', severity: 'error', line: 4, message: '"PyTorch/TensorFlow" is not a skill name; it names PyTorch (matched "PyTorch") and Deep learning (matched "TensorFlow")' },
      ]);
    }
  });

  it('a key that names nothing stays unknown, with a suggestion only when one is plausible', () => {
    const { profile: draft, warnings } = profile('  concept artt: 3\n  AMLL: 2\n  underwater basket weaving: 1\n  Pyhton: 2\n');
    expect(draft.skills).toEqual({});
    expect(warnings.map((w) => [w.code, w.hint])).toEqual([
      ['unknown-skill', 'did you mean "Concept art"?'],
      // "AML", never "ML": a name of two letters is never suggested.
      ['unknown-skill', 'did you mean "AML"?'],
      ['unknown-skill', 'see `etr catalog skills` for the names etr knows'],
      ['unknown-skill', 'did you mean "Python"?'],
    ]);
  });
});

describe('--set with a phrase', () => {
  it('sets each skill it names, with a warning', () => {
    const parsed = parseOverrides({ set: ['Docker/Kubernetes=3', 'Python 3.12=4'] }, catalog);
    expect(parsed.set).toEqual([
      ['containers-orchestration', 3],
      ['python', 4],
    ]);
    expect(parsed.warnings).toEqual([
      {
        code: 'skill-read-from-phrase',
        severity: 'warning',
        message: '--set Docker/Kubernetes=3: "Docker/Kubernetes" read as Containers and orchestration (matched "Docker")',
        hint: 'to be sure, name each skill as `etr catalog skills` lists it: containers-orchestration',
        zh: {
          message: '--set Docker/Kubernetes=3：“Docker/Kubernetes”识别为容器化与编排（匹配“Docker”）',
          hint: '为稳妥起见，请按 `etr catalog skills` 列出的名称逐个写明技能：containers-orchestration',
        },
      },
    ]);
    const draft = profile('  python: 1\n').profile;
    expect(applyParsedOverrides(draft, parsed, catalog).skills).toEqual({ 'containers-orchestration': 3, python: 4 });
  });

  it('is a usage error under --strict, and an unknown one always is', () => {
    expect(() => parseOverrides({ set: ['PyTorch/TensorFlow=3'] }, catalog, { strict: true })).toThrow(UsageError);
    expect(() => parseOverrides({ set: ['PyTorch/TensorFlow=3'] }, catalog, { strict: true })).toThrow('--set PyTorch/TensorFlow=3: "PyTorch/TensorFlow" is not a skill name; it names PyTorch (matched "PyTorch") and Deep learning (matched "TensorFlow")');
    expect(() => parseOverrides({ set: ['concept artt=3'] }, catalog)).toThrow('--set: unknown skill "concept artt"');
    expect(() => parseOverrides({ set: ['PyTorch/TensorFlow=9'] }, catalog)).toThrow('"9" is not a skill level');
  });
});
