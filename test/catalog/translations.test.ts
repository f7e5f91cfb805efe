import { describe, expect, it } from 'vitest';
import { builtinCatalogDir } from '../../src/catalog/builtin.js';
import { loadCatalog } from '../../src/catalog/load.js';
import { checkCatalog, type LocatedCatalog } from '../../src/catalog/rules.js';
import type { Role, Skill } from '../../src/catalog/types.js';
import { fixture } from '../helpers/run-etr.js';

/** A catalog with every name translated into zh, as the loader hands it to checkCatalog. */
function translated(): LocatedCatalog {
  const skill = (id: string, name: string, zh: string): Skill => ({ id, name, category: 'foundations', aliases: [], description: 'd', zh: { name: zh } });
  const role: Role = {
    id: 'prompt-engineer',
    title: 'Prompt Engineer',
    domain: 'content',
    seniority: 'entry',
    summary: 's',
    skills: [{ skill: 'prompt-engineering', level: 3, importance: 3, essential: true }, { skill: 'python', level: 2, importance: 2, essential: false }],
    related: [],
    portfolioProject: 'p',
    outlook: { trend: 'stable', reason: 'r' },
    zh: { title: '提示工程师', summary: '编写提示词。' },
  };
  const domain = { id: 'content', name: 'Content', etr: 0.25, euAiAct: 'limited' as const, rationale: 'r', strategies: ['s'], references: [{ title: 't', url: 'https://example.org' }], zh: { name: '内容创作' } };
  return {
    skills: [skill('python', 'Python', 'Python'), skill('prompt-engineering', 'Prompt engineering', '提示工程')].map((value, i) => ({ value, file: 'skills.yaml', path: ['skills', i] })),
    domains: [{ value: domain, file: 'domains.yaml', path: ['domains', 0] }],
    roles: [{ value: role, file: 'roles/content.yaml', path: ['roles', 0] }],
    invalidIds: { skills: new Set(), domains: new Set(), roles: new Set() },
  };
}

const codes = (c: LocatedCatalog) => checkCatalog(c).map((f) => `${f.severity} ${f.code} ${f.file} ${f.path?.join('.')}`);

describe('missing-translation', () => {
  it('is silent for a fully translated catalog and for one with no translation at all', () => {
    expect(codes(translated())).toEqual([]);
    const untranslated = translated();
    for (const list of [untranslated.skills, untranslated.domains, untranslated.roles]) for (const entity of list) delete (entity.value as { zh?: unknown }).zh;
    expect(codes(untranslated)).toEqual([]);
  });

  it('warns on each skill, domain or role left untranslated, at the entity', () => {
    const c = translated();
    delete c.skills[1]!.value.zh;
    delete c.domains[0]!.value.zh;
    delete c.roles[0]!.value.zh;
    expect(codes(c)).toEqual([
      'warning missing-translation skills.yaml skills.1',
      'warning missing-translation domains.yaml domains.0',
      'warning missing-translation roles/content.yaml roles.0',
    ]);
    const [skill, , role] = checkCatalog(c);
    expect(skill!.message).toBe('skill "prompt-engineering" has no zh translation of its name, while the catalog translates others');
    expect(role!.hint).toBe('add zh: { title: …, summary: … }');
  });

  it('counts a translated name as a name: two skills may not share one', () => {
    const c = translated();
    c.skills[1]!.value.zh = { name: 'python' };
    expect(codes(c)).toEqual(['error alias-conflict skills.yaml skills.1.zh.name']);
  });

  it('is reported with line and column in the fixture catalog', async () => {
    const { catalog, problems } = await loadCatalog(fixture('missing-translation'));
    expect(catalog).toBeDefined();
    expect(problems.map((p) => ({ code: p.code, severity: p.severity, line: p.line, column: p.column, file: p.file!.replaceAll('\\', '/').split('/').slice(-2).join('/') }))).toEqual([
      { code: 'missing-translation', severity: 'warning', line: 27, column: 5, file: 'roles/medical.yaml' },
    ]);
  });
});

describe('the built-in catalog\'s translations', () => {
  it('translate every domain name, role title and summary, and skill name into Chinese', async () => {
    const { catalog } = await loadCatalog(builtinCatalogDir());
    const hasHan = (text: string | undefined) => text !== undefined && /[\u4e00-\u9fff]/.test(text);
    const latinOnly = new Set(['python', 'sql', 'pytorch', 'mlops']); // names Chinese writes in Latin letters too
    for (const skill of catalog!.skills) expect(latinOnly.has(skill.id) || hasHan(skill.zh?.name), skill.id).toBe(true);
    for (const domain of catalog!.domains) expect(hasHan(domain.zh?.name), domain.id).toBe(true);
    for (const role of catalog!.roles) {
      expect(hasHan(role.zh?.title), role.id).toBe(true);
      expect(hasHan(role.zh?.summary), role.id).toBe(true);
    }
  });
});
