import { basename } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinCatalogDir } from '../../src/catalog/builtin.js';
import { loadCatalog, type CatalogLoadResult } from '../../src/catalog/load.js';
import { skillCategories } from '../../src/catalog/schema.js';
import type { Catalog } from '../../src/catalog/types.js';

let result: CatalogLoadResult;
let catalog: Catalog;
beforeAll(async () => {
  result = await loadCatalog(builtinCatalogDir());
  catalog = result.catalog!;
});

describe('the built-in catalog', () => {
  it('loads with no problems at all, warnings included', () => {
    expect(result.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code} ${p.message}`)).toEqual([]);
    expect(catalog).toBeDefined();
  });

  describe('domains', () => {
    it('has at least 12, including every domain the issue names', () => {
      expect(catalog.domains.length).toBeGreaterThanOrEqual(12);
      const ids = catalog.domains.map((d) => d.id);
      for (const id of ['medical', 'finance', 'content', 'education', 'customer-service', 'financial-sentiment', 'recommendation', 'entertainment', 'news-media', 'manufacturing', 'smart-home', 'legal', 'recruitment']) {
        expect(ids).toContain(id);
      }
    });

    it('each has an ETR with its tier, an EU AI Act class, a rationale, strategies and an https reference', () => {
      for (const domain of catalog.domains) {
        const where = `domain ${domain.id}`;
        expect(domain.etr, where).toBeGreaterThan(0);
        expect(domain.etr, where).toBeLessThan(1);
        expect(domain.tier, where).toBeDefined();
        expect(domain.euAiAct, where).toBeDefined();
        expect(domain.rationale.length, where).toBeGreaterThan(40);
        expect(domain.strategies.length, where).toBeGreaterThanOrEqual(3);
        expect(domain.references.length, where).toBeGreaterThanOrEqual(1);
        for (const reference of domain.references) expect(new URL(reference.url).protocol, `${where}: ${reference.url}`).toBe('https:');
      }
    });

    it('puts the strictest domains in the strict tiers and the open ones above 0.15', () => {
      const tier = (id: string) => catalog.domains.find((d) => d.id === id)!.tier;
      expect(['critical', 'strict']).toContain(tier('medical'));
      expect(['critical', 'strict']).toContain(tier('legal'));
      expect(tier('recommendation')).toBe('open');
      expect(tier('entertainment')).toBe('open');
    });
  });

  describe('roles', () => {
    it('has at least 45', () => {
      expect(catalog.roles.length).toBeGreaterThanOrEqual(45);
    });

    it('each has 4-10 requirements with an essential one, a summary, a portfolio project, an outlook and related roles', () => {
      for (const role of catalog.roles) {
        const where = `role ${role.id}`;
        expect(role.skills.length, where).toBeGreaterThanOrEqual(4);
        expect(role.skills.length, where).toBeLessThanOrEqual(10);
        expect(role.skills.some((s) => s.essential), where).toBe(true);
        expect(role.summary.length, where).toBeGreaterThan(20);
        expect(role.portfolioProject.length, where).toBeGreaterThan(40);
        expect(role.outlook.reason.length, where).toBeGreaterThan(10);
        expect(role.related.length, where).toBeGreaterThanOrEqual(1);
        if (role.onet !== undefined) expect(role.onet, where).toMatch(/^\d{2}-\d{4}\.\d{2}$/);
        if (role.etr !== undefined) expect(role.etrReason, where).toBeDefined();
      }
    });

    it('covers every domain, and each roles file is named after the domain of its roles', () => {
      const domainsWithRoles = new Set(catalog.roles.map((r) => r.domain));
      for (const domain of catalog.domains) expect(domainsWithRoles.has(domain.id), domain.id).toBe(true);
      const roleFiles = result.files.filter((f) => f.replaceAll('\\', '/').includes('/roles/')).map((f) => basename(f, '.yaml'));
      for (const file of roleFiles) expect(catalog.domains.map((d) => d.id), `roles/${file}.yaml`).toContain(file);
    });
  });

  describe('skills', () => {
    it('has at least 45, each used by some role, each in a known category', () => {
      expect(catalog.skills.length).toBeGreaterThanOrEqual(45);
      const used = new Set(catalog.roles.flatMap((r) => r.skills.map((s) => s.skill)));
      for (const skill of catalog.skills) {
        expect(used.has(skill.id), `skill ${skill.id} is unused`).toBe(true);
        expect(skillCategories, skill.id).toContain(skill.category);
      }
    });

    it('carries the aliases people write', () => {
      const aliases = (id: string) => catalog.skills.find((s) => s.id === id)?.aliases.map((a) => a.toLowerCase()) ?? [];
      expect(aliases('pytorch')).toContain('torch');
      expect(catalog.skills.filter((s) => s.aliases.length > 0).length).toBeGreaterThanOrEqual(30);
    });
  });
});
