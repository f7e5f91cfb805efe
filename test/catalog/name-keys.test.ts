import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCompiledCatalog } from '../../src/catalog/compiled.js';
import { rememberSkillNameKeys, skillNameKeys, skillNameList } from '../../src/catalog/name-keys.js';
import { normalizeName } from '../../src/catalog/names.js';
import { catalogForRegion } from '../../src/engine/region.js';
import { skillNames } from '../../src/profile/skill-names.js';
import { repoRoot } from '../helpers/run-etr.js';

/** A fresh copy of the compiled built-in catalog, its keys remembered as a run reads them. */
const compiled = () => readCompiledCatalog(join(repoRoot, 'dist', 'catalog.json'))!.catalog;

describe('the kept keys of skill names', () => {
  it('are the keys of the names, however they were handed over', () => {
    const catalog = compiled();
    expect(skillNameKeys(catalog)).toEqual(catalog.skills.map((skill) => skillNameList(skill).map(normalizeName)));
  });

  it('are worked out anew for a skill a program changed or added after loading', () => {
    const catalog = compiled();
    catalog.skills.find((s) => s.id === 'python')!.aliases.push('snake lang');
    catalog.skills.push({ ...catalog.skills.find((s) => s.id === 'sql')!, id: 'cobol', name: 'COBOL', aliases: ['Common Business-Oriented Language'] });
    const names = skillNames(catalog);
    expect(names.resolve('Snake-Lang')).toBe('python');
    expect(names.resolve('common business oriented language')).toBe('cobol');
    expect(names.resolve('Python')).toBe('python');
  });

  it('are not taken from keys that do not fit the skill', () => {
    const catalog = compiled();
    const keys = skillNameKeys(catalog).map((own) => own.slice(1));
    const fresh = compiled();
    rememberSkillNameKeys(fresh, keys);
    expect(skillNameKeys(fresh)).toEqual(fresh.skills.map((skill) => skillNameList(skill).map(normalizeName)));
  });

  it('are shared by the view of a region, which holds the same skills', () => {
    const catalog = compiled();
    const view = catalogForRegion(catalog, 'cn');
    expect(view.skills[0]).toBe(catalog.skills[0]);
    expect(skillNameKeys(view)[0]).toBe(skillNameKeys(catalog)[0]);
  });
});
