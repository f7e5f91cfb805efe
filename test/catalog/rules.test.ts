import { describe, expect, it } from 'vitest';
import type { LocatedCatalog } from '../../src/catalog/located.js';
import { checkCatalog } from '../../src/catalog/rules.js';
import type { Role, Skill } from '../../src/model/catalog.js';

/** A small catalog that breaks no rule, as the loader would hand it to checkCatalog. */
function catalog(): LocatedCatalog {
  const skill = (id: string, name: string, aliases: string[] = []): Skill => ({ id, name, category: 'foundations', aliases, description: 'd' });
  const role = (id: string, domain: string, skills: string[], related: string[]): Role => ({
    id,
    title: id,
    domain,
    seniority: 'mid',
    summary: 's',
    skills: skills.map((s, i) => ({ skill: s, level: 3, importance: 3, essential: i === 0 })),
    related,
    portfolioProject: 'p',
    outlook: { trend: 'growing', reason: 'r' },
  });
  const domain = (id: string, etr: number, tier?: 'strict' | 'open') => ({
    id,
    name: id,
    etr,
    ...(tier ? { tier } : {}),
    euAiAct: 'high' as const,
    rationale: 'r',
    strategies: ['s'],
    references: [{ title: 't', url: 'https://example.org', asOf: '2026-12' }],
  });
  const skills = [skill('python', 'Python', ['Python3', 'Python 3']), skill('prompt-engineering', 'Prompt engineering', ['prompting']), skill('clinical-knowledge', 'Clinical knowledge')];
  const domains = [domain('medical', 0.005, 'strict'), domain('content', 0.25)];
  const roles: [string, Role][] = [
    ['roles/medical.yaml', role('clinical-nlp-engineer', 'medical', ['python', 'clinical-knowledge'], ['validator'])],
    ['roles/medical.yaml', role('validator', 'medical', ['clinical-knowledge'], ['clinical-nlp-engineer'])],
    ['roles/content.yaml', role('prompt-engineer', 'content', ['prompt-engineering', 'python'], [])],
  ];
  const indexIn = (list: [string, Role][], i: number) => list.slice(0, i).filter(([f]) => f === list[i]![0]).length;
  return {
    skills: skills.map((value, i) => ({ value, file: 'skills.yaml', path: ['skills', i] })),
    domains: domains.map((value, i) => ({ value, file: 'domains.yaml', path: ['domains', i] })),
    roles: roles.map(([file, value], i) => ({ value, file, path: ['roles', indexIn(roles, i)] })),
    invalidIds: { skills: new Set(), domains: new Set(), roles: new Set() },
  };
}

const roleNamed = (c: LocatedCatalog, id: string) => c.roles.find((r) => r.value.id === id)!;
const codes = (c: LocatedCatalog) => checkCatalog(c).map((f) => f.code);

describe('checkCatalog', () => {
  it('finds nothing in a valid catalog', () => {
    expect(checkCatalog(catalog())).toEqual([]);
  });

  describe('ids', () => {
    it('duplicate-id: the same id twice within a kind, pointing at the second', () => {
      const c = catalog();
      c.roles[2]!.value.id = 'validator';
      expect(checkCatalog(c)).toEqual([
        expect.objectContaining({ code: 'duplicate-id', severity: 'error', file: 'roles/content.yaml', path: ['roles', 0, 'id'], message: expect.stringContaining('roles/medical.yaml') }),
      ]);
    });

    it('duplicate-id: the same id in two kinds is fine', () => {
      const c = catalog();
      c.roles[2]!.value.id = 'python';
      expect(codes(c)).toEqual([]);
    });

    it('id-format: ids must be kebab-case, with a suggestion', () => {
      const c = catalog();
      c.skills[2]!.value.id = 'clinicalKnowledge';
      for (const r of c.roles) r.value.skills.forEach((s) => s.skill === 'clinical-knowledge' && (s.skill = 'clinicalKnowledge'));
      expect(checkCatalog(c)).toEqual([expect.objectContaining({ code: 'id-format', path: ['skills', 2, 'id'], hint: 'use "clinical-knowledge"' })]);
    });

    it('id-format: accepts digits and single hyphens, rejects the rest', () => {
      for (const good of ['a', 'gpt-4', 'iso-26262-asil-d']) {
        const c = catalog();
        c.roles[2]!.value.id = good;
        expect(codes(c)).toEqual([]);
      }
      for (const bad of ['a--b', '-a', 'a-', 'A', 'a_b', 'a b', 'é']) {
        const c = catalog();
        c.roles[2]!.value.id = bad;
        expect(codes(c)).toEqual(['id-format']);
      }
    });
  });

  describe('skill names', () => {
    it('alias-conflict: an alias that names another skill', () => {
      const c = catalog();
      c.skills[1]!.value.aliases.push('python-3');
      expect(checkCatalog(c)).toEqual([expect.objectContaining({ code: 'alias-conflict', file: 'skills.yaml', path: ['skills', 1, 'aliases', 1], message: expect.stringContaining('"python"') })]);
    });

    it('alias-conflict: a name equal to another skill\'s id, ignoring case, hyphens and spaces', () => {
      const c = catalog();
      c.skills[2]!.value.name = 'Prompt_Engineering';
      expect(checkCatalog(c)).toEqual([expect.objectContaining({ code: 'alias-conflict', path: ['skills', 2, 'name'] })]);
    });

    it('alias-conflict: names that differ only in width or in Chinese or Western punctuation are one name', () => {
      for (const alias of ['ＰＹＴＨＯＮ', 'Prompt（engineering）', 'prompt、engineering', 'Prompt / Engineering']) {
        const c = catalog();
        c.skills[2]!.value.aliases.push(alias);
        expect(checkCatalog(c), alias).toEqual([expect.objectContaining({ code: 'alias-conflict', path: ['skills', 2, 'aliases', 0] })]);
      }
    });

    it('alias-conflict: marks that are part of a name keep names apart (C++, C#)', () => {
      const c = catalog();
      c.skills[0]!.value.aliases.push('C++');
      c.skills[2]!.value.aliases.push('C#', 'C');
      expect(codes(c)).toEqual(['alias-too-short']);
    });

    it('alias-conflict: a skill may repeat its own name as an alias', () => {
      const c = catalog();
      c.skills[0]!.value.aliases.push('python', 'PYTHON');
      expect(codes(c)).toEqual([]);
    });
  });

  describe('short aliases', () => {
    it('alias-too-short: one character, or two Latin letters that are not an upper-case abbreviation', () => {
      for (const alias of ['R', 'C', 'py', 'Ml', '画', 'Ｒ', 'ｐｙ']) {
        const c = catalog();
        c.skills[0]!.value.aliases.push(alias);
        expect(checkCatalog(c), alias).toEqual([expect.objectContaining({ code: 'alias-too-short', severity: 'warning', path: ['skills', 0, 'aliases', 2] })]);
      }
    });

    it('alias-too-short: accepts upper-case abbreviations, two-character Chinese words and longer aliases', () => {
      for (const alias of ['ML', 'RN', 'C1', '剪辑', 'C++', 'PyTorch']) {
        const c = catalog();
        c.skills[0]!.value.aliases.push(alias);
        expect(codes(c), alias).toEqual([]);
      }
    });

    it('alias-too-short: judges Chinese aliases too, but never a name', () => {
      const c = catalog();
      c.skills[0]!.value.zh = { name: 'P', aliases: ['x'] };
      expect(checkCatalog(c).filter((f) => f.code !== 'missing-translation')).toEqual([expect.objectContaining({ code: 'alias-too-short', path: ['skills', 0, 'zh', 'aliases', 0] })]);
    });
  });

  describe('implied skills', () => {
    it('accepts implications of other known skills, a cycle included (they do not chain)', () => {
      const c = catalog();
      c.skills[1]!.value.implies = [{ skill: 'python', level: 2 }];
      c.skills[0]!.value.implies = [{ skill: 'prompt-engineering', level: 1 }];
      expect(codes(c)).toEqual([]);
    });

    it('implies-itself, unknown-implied-skill and implied-skill-repeated point at the implication', () => {
      const c = catalog();
      c.skills[1]!.value.implies = [{ skill: 'prompt-engineering', level: 2 }, { skill: 'pyton', level: 2 }, { skill: 'clinical-knowledge', level: 1 }, { skill: 'clinical-knowledge', level: 2 }];
      expect(checkCatalog(c)).toEqual([
        expect.objectContaining({ code: 'implies-itself', path: ['skills', 1, 'implies', 0, 'skill'] }),
        expect.objectContaining({ code: 'unknown-implied-skill', path: ['skills', 1, 'implies', 1, 'skill'], hint: 'did you mean "python"?' }),
        expect.objectContaining({ code: 'implied-skill-repeated', path: ['skills', 1, 'implies', 3, 'skill'] }),
      ]);
    });
  });

  describe('references', () => {
    const ages = { today: '2026-12', maxAgeMonths: 24 };

    it('reference-undated: a reference without asOf, with or without today', () => {
      const c = catalog();
      delete c.domains[1]!.value.references[0]!.asOf;
      for (const found of [checkCatalog(c), checkCatalog(c, ages)]) {
        expect(found).toEqual([expect.objectContaining({ code: 'reference-undated', severity: 'warning', path: ['domains', 1, 'references', 0] })]);
      }
    });

    it('reference-stale: older than the maximum age, measured in whole months', () => {
      const c = catalog();
      c.domains[0]!.value.references[0]!.asOf = '2024-12';
      expect(codes(c)).toEqual([]);
      expect(checkCatalog(c, ages)).toEqual([]);
      c.domains[0]!.value.references[0]!.asOf = '2024-11';
      expect(checkCatalog(c, ages)).toEqual([expect.objectContaining({ code: 'reference-stale', severity: 'warning', path: ['domains', 0, 'references', 0, 'asOf'], message: expect.stringContaining('25 months ago') })]);
      expect(checkCatalog(c, { today: '2026-12', maxAgeMonths: 25 })).toEqual([]);
      expect(codes(c)).toEqual([]);
    });

    it('reference-from-future: checked after today', () => {
      const c = catalog();
      c.domains[0]!.value.references[0]!.asOf = '2027-01';
      expect(checkCatalog(c, ages).map((f) => f.code)).toEqual(['reference-from-future']);
    });
  });

  describe('where to learn', () => {
    const resource = (url: string, asOf = '2026-12') => ({ title: 't', url, kind: 'docs' as const, lang: 'en' as const, free: true, asOf });
    const learn = (...urls: string[]) => ({ hoursPerLevel: [5, 10, 20, 40, 80], basis: 'estimate', resources: urls.map((u) => resource(u)) });
    const teachAll = (c: LocatedCatalog) => {
      c.skills.forEach((s, i) => (s.value.learn = learn(`https://example.org/${i}`)));
      return c;
    };

    it('is optional: a catalog that teaches nothing is not warned', () => {
      expect(codes(catalog())).toEqual([]);
      expect(codes(teachAll(catalog()))).toEqual([]);
    });

    it('skill-without-resources: once some skills say where to learn them, every skill should', () => {
      const c = teachAll(catalog());
      delete c.skills[2]!.value.learn;
      expect(checkCatalog(c)).toEqual([expect.objectContaining({ code: 'skill-without-resources', severity: 'warning', path: ['skills', 2, 'id'] })]);
    });

    it('duplicate-resource: a link listed twice for one skill; the same link may serve two skills', () => {
      const c = teachAll(catalog());
      c.skills[0]!.value.learn = learn('https://example.org/a', 'https://example.org/a');
      expect(checkCatalog(c)).toEqual([expect.objectContaining({ code: 'duplicate-resource', severity: 'error', path: ['skills', 0, 'learn', 'resources', 1, 'url'] })]);
      c.skills[0]!.value.learn = learn('https://example.org/1');
      expect(codes(c)).toEqual([]);
    });

    it('reference-stale: a resource checked too long ago, like a reference', () => {
      const c = teachAll(catalog());
      c.skills[1]!.value.learn!.resources[0]!.asOf = '2020-01';
      expect(codes(c)).toEqual([]);
      expect(checkCatalog(c, { today: '2026-12', maxAgeMonths: 24 })).toEqual([expect.objectContaining({ code: 'reference-stale', path: ['skills', 1, 'learn', 'resources', 0, 'asOf'], message: expect.stringContaining('resource "t" of skill') })]);
    });
  });

  describe('AI Act override and codes', () => {
    it('euaiact-reason-missing: a role that overrides its domain\'s class must say why', () => {
      const c = catalog();
      c.roles[2]!.value.euAiAct = 'minimal';
      expect(checkCatalog(c)).toEqual([expect.objectContaining({ code: 'euaiact-reason-missing', severity: 'error', path: ['roles', 0, 'euAiAct'] })]);
      c.roles[2]!.value.euAiActReason = 'Marketing drafts are not an Annex III use.';
      expect(codes(c)).toEqual([]);
    });

    it('euaiact-reason-unused and euaiact-same-as-domain are warnings', () => {
      const c = catalog();
      c.roles[0]!.value.euAiActReason = 'why';
      expect(codes(c)).toEqual(['euaiact-reason-unused']);
      c.roles[0]!.value.euAiAct = 'high';
      expect(codes(c)).toEqual(['euaiact-same-as-domain']);
    });

    it('code-note-unused: a note about codes the role does not give', () => {
      const c = catalog();
      c.roles[0]!.value.codeNote = 'nearest occupation';
      expect(codes(c)).toEqual(['code-note-unused']);
      c.roles[0]!.value.isco = '2511';
      expect(codes(c)).toEqual([]);
    });
  });

  describe('domains', () => {
    it('tier-mismatch: a tier that the ETR does not lie in', () => {
      const c = catalog();
      c.domains[0]!.value.tier = 'guarded';
      expect(checkCatalog(c)).toEqual([expect.objectContaining({ code: 'tier-mismatch', severity: 'error', path: ['domains', 0, 'tier'], hint: expect.stringContaining('0.001 < ETR ≤ 0.01') })]);
    });

    it('tier-mismatch: a boundary ETR belongs to the lower tier; an omitted tier is never a mismatch', () => {
      const c = catalog();
      c.domains[0]!.value.etr = 0.01;
      expect(codes(c)).toEqual([]);
      c.domains[0]!.value.etr = 0.0100001;
      expect(codes(c)).toEqual(['tier-mismatch']);
      delete c.domains[0]!.value.tier;
      expect(codes(c)).toEqual([]);
    });

    it('domain-without-references: a warning', () => {
      const c = catalog();
      c.domains[1]!.value.references = [];
      expect(checkCatalog(c)).toEqual([expect.objectContaining({ code: 'domain-without-references', severity: 'warning', path: ['domains', 1] })]);
    });

    it('domain-without-roles: a warning, unless some role failed its schema', () => {
      const c = catalog();
      c.roles.pop();
      c.roles[0]!.value.skills.push({ skill: 'prompt-engineering', level: 2, importance: 2, essential: false });
      expect(checkCatalog(c)).toEqual([expect.objectContaining({ code: 'domain-without-roles', severity: 'warning', path: ['domains', 1], hint: expect.stringContaining('roles/content.yaml') })]);
      c.invalidIds.roles.add('prompt-engineer');
      expect(codes(c)).toEqual([]);
    });
  });

  describe('roles', () => {
    it('unknown-domain: with a "did you mean" hint', () => {
      const c = catalog();
      roleNamed(c, 'validator').value.domain = 'medicl';
      expect(checkCatalog(c)).toEqual([expect.objectContaining({ code: 'unknown-domain', file: 'roles/medical.yaml', path: ['roles', 1, 'domain'], hint: 'did you mean "medical"?' })]);
    });

    it('unknown-domain: not for a domain that exists but failed its schema', () => {
      const c = catalog();
      c.domains.pop();
      c.invalidIds.domains.add('content');
      expect(codes(c)).toEqual([]);
    });

    it('unknown-skill: points at the requirement\'s skill', () => {
      const c = catalog();
      roleNamed(c, 'prompt-engineer').value.skills[1]!.skill = 'pyton';
      expect(checkCatalog(c)).toEqual([expect.objectContaining({ code: 'unknown-skill', path: ['roles', 0, 'skills', 1, 'skill'], hint: 'did you mean "python"?' })]);
    });

    it('unknown-skill: without a close match the hint points at the skill list', () => {
      const c = catalog();
      roleNamed(c, 'prompt-engineer').value.skills[1]!.skill = 'quantum-computing';
      expect(checkCatalog(c)[0]).toMatchObject({ code: 'unknown-skill', hint: 'see `etr catalog skills` for the known ids' });
    });

    it('unknown-related: a related id that is no role', () => {
      const c = catalog();
      roleNamed(c, 'prompt-engineer').value.related.push('validater');
      expect(checkCatalog(c)).toEqual([expect.objectContaining({ code: 'unknown-related', path: ['roles', 0, 'related', 0], hint: 'did you mean "validator"?' })]);
    });

    it('related-self: a role related to itself', () => {
      const c = catalog();
      roleNamed(c, 'validator').value.related.push('validator');
      expect(checkCatalog(c)).toEqual([expect.objectContaining({ code: 'related-self', path: ['roles', 1, 'related', 1] })]);
    });

    it('duplicate-requirement: the same skill twice in one role, pointing at the second', () => {
      const c = catalog();
      roleNamed(c, 'validator').value.skills.push({ skill: 'clinical-knowledge', level: 2, importance: 2, essential: false });
      expect(checkCatalog(c)).toEqual([expect.objectContaining({ code: 'duplicate-requirement', path: ['roles', 1, 'skills', 1] })]);
    });

    it('no-essential-skill: a role needs at least one essential skill', () => {
      const c = catalog();
      for (const s of roleNamed(c, 'prompt-engineer').value.skills) s.essential = false;
      expect(checkCatalog(c)).toEqual([expect.objectContaining({ code: 'no-essential-skill', severity: 'error', path: ['roles', 0, 'skills'] })]);
    });

    it('etr-reason-missing: an ETR override needs a reason', () => {
      const c = catalog();
      roleNamed(c, 'validator').value.etr = 0.001;
      expect(checkCatalog(c)).toEqual([expect.objectContaining({ code: 'etr-reason-missing', severity: 'error', path: ['roles', 1, 'etr'] })]);
      roleNamed(c, 'validator').value.etrReason = 'stricter because its evidence goes to regulators';
      expect(codes(c)).toEqual([]);
    });

    it('etr-reason-unused: a reason without an override is a warning', () => {
      const c = catalog();
      roleNamed(c, 'validator').value.etrReason = 'why';
      expect(checkCatalog(c)).toEqual([expect.objectContaining({ code: 'etr-reason-unused', severity: 'warning', path: ['roles', 1, 'etrReason'] })]);
    });

    it('role-file-mismatch: a role in the file of another domain is a warning', () => {
      const c = catalog();
      roleNamed(c, 'validator').value.domain = 'content';
      expect(checkCatalog(c)).toEqual([expect.objectContaining({ code: 'role-file-mismatch', severity: 'warning', file: 'roles/medical.yaml', path: ['roles', 1, 'domain'], hint: 'move it to roles/content.yaml' })]);
    });

    it('role-file-mismatch: files not named after a domain may hold any roles', () => {
      const c = catalog();
      for (const r of c.roles) r.file = 'roles/all.yml';
      expect(codes(c)).toEqual([]);
      for (const r of c.roles) r.file = 'C:\\catalog\\roles\\content.yaml';
      expect(codes(c)).toEqual(['role-file-mismatch', 'role-file-mismatch']);
    });
  });

  describe('unused skills', () => {
    it('unused-skill: a skill no role requires is a warning', () => {
      const c = catalog();
      c.skills.push({ value: { id: 'tts', name: 'Speech synthesis', category: 'audio', aliases: [], description: 'd' }, file: 'skills.yaml', path: ['skills', 3] });
      expect(checkCatalog(c)).toEqual([expect.objectContaining({ code: 'unused-skill', severity: 'warning', path: ['skills', 3, 'id'] })]);
    });

    it('unused-skill: not said while some role failed its schema, since its requirements are unknown', () => {
      const c = catalog();
      c.skills.push({ value: { id: 'tts', name: 'Speech synthesis', category: 'audio', aliases: [], description: 'd' }, file: 'skills.yaml', path: ['skills', 3] });
      c.invalidIds.roles.add('broken-role');
      expect(codes(c)).toEqual([]);
    });
  });

  describe('a kind whose file could not be read', () => {
    it('does not turn every reference to it into an error', () => {
      const noDomains = catalog();
      noDomains.domains = [];
      expect(codes({ ...noDomains, unreadable: new Set(['domains']) })).toEqual([]);

      const noSkills = catalog();
      noSkills.skills = [];
      expect(codes({ ...noSkills, unreadable: new Set(['skills']) })).toEqual([]);
      expect(codes(noSkills)).toEqual(Array(5).fill('unknown-skill'));
    });

    it('does not guess about unused skills, domains without roles or related roles', () => {
      const c = catalog();
      c.roles = c.roles.filter((r) => r.file !== 'roles/medical.yaml');
      roleNamed(c, 'prompt-engineer').value.related.push('validator');
      expect(codes(c).sort()).toEqual(['domain-without-roles', 'unknown-related', 'unused-skill']);
      expect(codes({ ...c, unreadable: new Set(['roles']) })).toEqual([]);
    });
  });

  it('reports every broken rule at once', () => {
    const c = catalog();
    c.domains[0]!.value.tier = 'open';
    roleNamed(c, 'validator').value.domain = 'nowhere';
    roleNamed(c, 'prompt-engineer').value.related.push('prompt-engineer');
    expect(codes(c).sort()).toEqual(['related-self', 'tier-mismatch', 'unknown-domain']);
  });
});
