import { describe, expect, it } from 'vitest';
import { builtinCatalogDir } from '../../src/catalog/builtin.js';
import { loadCatalog } from '../../src/catalog/load.js';
import type { LocatedCatalog } from '../../src/catalog/located.js';
import { checkCatalog } from '../../src/catalog/rules.js';
import type { Role, Skill } from '../../src/model/catalog.js';
import { fixture } from '../helpers/run-etr.js';

/** A catalog with every name translated into zh, as the loader hands it to checkCatalog. */
function translated(): LocatedCatalog {
  const skill = (id: string, name: string, zh: string): Skill => ({ id, name, category: 'foundations', aliases: [], description: 'd', zh: { name: zh, aliases: [] } });
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
  const domain = { id: 'content', name: 'Content', etr: 0.25, euAiAct: 'limited' as const, rationale: 'r', strategies: ['s'], references: [{ title: 't', url: 'https://example.org', asOf: '2026-12' }], zh: { name: '内容创作' } };
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
    c.skills[1]!.value.zh = { name: 'python', aliases: [] };
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

/** translated(), with the long texts translated too. */
function translatedLong(): LocatedCatalog {
  const c = translated();
  c.domains[0]!.value.zh = { name: '内容创作', rationale: '理由', strategies: ['策略'] };
  c.roles[0]!.value.zh = { title: '提示工程师', summary: '编写提示词。', portfolioProject: '项目', outlookReason: '前景' };
  return c;
}

describe('missing-translation and translation-mismatch on the long texts', () => {
  it('is silent for a catalog that translates every long text, and for one that translates only names', () => {
    expect(codes(translatedLong())).toEqual([]);
    expect(codes(translated())).toEqual([]);
  });

  it('warns, at the zh block, on a domain or role that leaves some long text untranslated while others are translated', () => {
    const c = translatedLong();
    delete c.domains[0]!.value.zh!.strategies;
    c.roles[0]!.value.etr = 0.1;
    c.roles[0]!.value.etrReason = 'Published copy is checked by an editor.';
    delete c.roles[0]!.value.zh!.outlookReason;
    expect(codes(c)).toEqual(['warning missing-translation domains.yaml domains.0.zh', 'warning missing-translation roles/content.yaml roles.0.zh']);
    const [domain, role] = checkCatalog(c);
    expect(domain!.message).toBe('domain "content" has no zh translation of its strategies, while the catalog translates others');
    expect(domain!.hint).toBe('add zh.strategies');
    expect(role!.message).toBe('role "prompt-engineer" has no zh translation of its outlookReason and etrReason, while the catalog translates others');
    expect(role!.hint).toBe('add zh.outlookReason, zh.etrReason');
  });

  it('asks for an etrReason translation only where the role has an etrReason', () => {
    const c = translatedLong();
    c.roles[0]!.value.zh!.etrReason = '由编辑把关。';
    expect(codes(c)).toEqual(['warning translation-mismatch roles/content.yaml roles.0.zh.etrReason']);
    c.roles[0]!.value.etr = 0.1;
    c.roles[0]!.value.etrReason = 'Published copy is checked by an editor.';
    expect(codes(c)).toEqual([]);
  });

  it('warns when the zh strategies do not line up one for one with the English ones', () => {
    const c = translatedLong();
    c.domains[0]!.value.zh!.strategies = ['策略一', '策略二'];
    expect(codes(c)).toEqual(['warning translation-mismatch domains.yaml domains.0.zh.strategies']);
    expect(checkCatalog(c)[0]!.message).toBe('domain "content" lists 2 strategies in zh for its 1 strategy');
  });

  it('is reported with line and column in the fixture catalog', async () => {
    const { catalog, problems } = await loadCatalog(fixture('translation-mismatch'));
    expect(catalog).toBeDefined();
    expect(problems.map((p) => ({ code: p.code, severity: p.severity, line: p.line, column: p.column, file: p.file!.replaceAll('\\', '/').split('/').slice(-2).join('/') }))).toEqual([
      { code: 'translation-mismatch', severity: 'warning', line: 19, column: 9, file: 'translation-mismatch/domains.yaml' },
      { code: 'missing-translation', severity: 'warning', line: 54, column: 7, file: 'roles/medical.yaml' },
    ]);
  });
});

describe('the built-in catalog\'s translations', () => {
  it('translate every domain name, role title and summary, and skill name into Chinese', async () => {
    const { catalog } = await loadCatalog(builtinCatalogDir());
    const hasHan = (text: string | undefined) => text !== undefined && /[\u4e00-\u9fff]/.test(text);
    const latinOnly = new Set(['python', 'sql', 'pytorch', 'mlops', 'java', 'javascript-typescript', 'c-cpp']); // names Chinese writes in Latin letters too
    for (const skill of catalog!.skills) expect(latinOnly.has(skill.id) || hasHan(skill.zh?.name), skill.id).toBe(true);
    for (const domain of catalog!.domains) expect(hasHan(domain.zh?.name), domain.id).toBe(true);
    for (const role of catalog!.roles) {
      expect(hasHan(role.zh?.title), role.id).toBe(true);
      expect(hasHan(role.zh?.summary), role.id).toBe(true);
    }
  });

  it('translate every domain\'s rationale and strategies, and every role\'s portfolio project, outlook and ETR reason', async () => {
    const { catalog } = await loadCatalog(builtinCatalogDir());
    const hasHan = (text: string | undefined) => text !== undefined && /[\u4e00-\u9fff]/.test(text);
    for (const domain of catalog!.domains) {
      expect(hasHan(domain.zh?.rationale), domain.id).toBe(true);
      expect(domain.zh?.strategies, domain.id).toHaveLength(domain.strategies.length);
      for (const strategy of domain.zh!.strategies!) expect(hasHan(strategy), domain.id).toBe(true);
    }
    for (const role of catalog!.roles) {
      expect(hasHan(role.zh?.portfolioProject), role.id).toBe(true);
      expect(hasHan(role.zh?.outlookReason), role.id).toBe(true);
      expect(role.zh?.etrReason === undefined, role.id).toBe(role.etrReason === undefined);
      if (role.etrReason !== undefined) expect(hasHan(role.zh?.etrReason), role.id).toBe(true);
    }
  });

  it('keep every number of the English text (months aside, which Chinese writes in digits)', async () => {
    const { catalog } = await loadCatalog(builtinCatalogDir());
    // "7.1 million" is "710万" in Chinese: both are compared as plain numbers.
    const scaled = (text: string, unit: RegExp, factor: number) => text.replace(unit, (_, n: string) => String(Number(n) * factor));
    const numbers = (text: string) => (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/,(?=\d{3})/g, ''));
    const englishNumbers = (text: string) => numbers(scaled(text, /(\d+(?:\.\d+)?) million/g, 1e6));
    const chineseNumbers = (text: string) => numbers(scaled(scaled(text.replace(/\d+\s*月/g, ''), /(\d+(?:\.\d+)?)万/g, 1e4), /(\d+(?:\.\d+)?)亿/g, 1e8));
    const pairs: [string, string, string | undefined][] = [];
    for (const d of catalog!.domains) {
      pairs.push([`${d.id} rationale`, d.rationale, d.zh?.rationale]);
      d.strategies.forEach((s, i) => pairs.push([`${d.id} strategy ${i}`, s, d.zh?.strategies?.[i]]));
    }
    for (const r of catalog!.roles) {
      pairs.push([`${r.id} portfolioProject`, r.portfolioProject, r.zh?.portfolioProject]);
      pairs.push([`${r.id} outlook`, r.outlook.reason, r.zh?.outlookReason]);
      if (r.etrReason !== undefined) pairs.push([`${r.id} etrReason`, r.etrReason, r.zh?.etrReason]);
    }
    // Every figure of the English is in the Chinese; the Chinese may add digits for numbers the
    // English spells out ("twelve models", 12个模型).
    for (const [where, english, chinese] of pairs) {
      const left = chineseNumbers(chinese ?? '');
      for (const n of englishNumbers(english)) {
        const at = left.indexOf(n);
        expect(at, `${where}: ${n} is missing from the Chinese`).toBeGreaterThanOrEqual(0);
        left.splice(at, 1);
      }
    }
  });
});
