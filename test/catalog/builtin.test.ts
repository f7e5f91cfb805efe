import { basename } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinCatalogDir } from '../../src/catalog/builtin.js';
import { loadCatalog, type CatalogLoadResult } from '../../src/catalog/load.js';
import { skillCategories } from '../../src/model/catalog.js';
import { tiers } from '../../src/model/etr.js';
import { skillNames } from '../../src/profile/skill-names.js';
import type { Catalog } from '../../src/model/catalog.js';

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
    it('has at least 24, including the seed\'s scenarios and the domains people move into', () => {
      expect(catalog.domains.length).toBeGreaterThanOrEqual(24);
      const ids = catalog.domains.map((d) => d.id);
      const seed = ['medical', 'finance', 'content', 'education', 'customer-service', 'financial-sentiment', 'recommendation', 'entertainment', 'news-media', 'manufacturing', 'smart-home', 'legal', 'recruitment'];
      const v2 = ['automotive', 'active-medical-devices', 'insurance', 'pharma', 'cybersecurity', 'public-sector', 'critical-infrastructure', 'ecommerce', 'translation', 'trust-safety', 'ai-safety-evaluation', 'enterprise-agents'];
      for (const id of [...seed, ...v2]) expect(ids).toContain(id);
    });

    it('fills every tier with at least two domains, the critical ones at ETR ≤ 0.001', () => {
      for (const tier of tiers) expect(catalog.domains.filter((d) => d.tier === tier).length, tier).toBeGreaterThanOrEqual(2);
      expect(catalog.domains.find((d) => d.id === 'automotive')!.tier).toBe('critical');
      expect(catalog.domains.find((d) => d.id === 'active-medical-devices')!.tier).toBe('critical');
    });

    it('dates every reference, and cites PRC rules where Chinese readers work', () => {
      for (const domain of catalog.domains) for (const r of domain.references) expect(r.asOf, `${domain.id}: ${r.title}`).toMatch(/^\d{4}-\d{2}$/);
      const cn = catalog.domains.flatMap((d) => d.references.filter((r) => r.region?.includes('cn')));
      expect(cn.length).toBeGreaterThanOrEqual(5);
      // Official publishers only: government sites, and NMPA's Center for Medical Device Evaluation.
      for (const r of cn) expect(new URL(r.url).hostname, r.title).toMatch(/(^|\.)(gov\.cn|cmde\.org\.cn)$/);
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
        for (const reference of domain.references) {
          // The NPC publishes its laws over plain http, and every citation found uses that address.
          const plainHttpPublishers = ['www.npc.gov.cn'];
          const url = new URL(reference.url);
          if (!plainHttpPublishers.includes(url.hostname)) expect(url.protocol, `${where}: ${reference.url}`).toBe('https:');
        }
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
    it('has at least 150, at least 30 of them entry-level and 25 senior or lead', () => {
      expect(catalog.roles.length).toBeGreaterThanOrEqual(150);
      expect(catalog.roles.filter((r) => r.seniority === 'entry').length).toBeGreaterThanOrEqual(30);
      expect(catalog.roles.filter((r) => r.seniority === 'senior' || r.seniority === 'lead').length).toBeGreaterThanOrEqual(25);
    });

    it('each names its closest O*NET-SOC occupation and ISCO-08 unit group', () => {
      for (const role of catalog.roles) {
        expect(role.onet, role.id).toMatch(/^\d{2}-\d{4}\.\d{2}$/);
        expect(role.isco, role.id).toMatch(/^\d{4}$/);
      }
    });

    it('gives every domain an entry path: an entry role whose level-4+ requirements are only the practice a career changer brings', () => {
      const category = new Map(catalog.skills.map((s) => [s.id, s.category]));
      const practice = new Set(['domain-knowledge', 'business', 'creative']);
      for (const domain of catalog.domains) {
        const entries = catalog.roles.filter((r) => r.domain === domain.id && r.seniority === 'entry');
        const open = entries.filter((r) => r.skills.every((s) => s.level <= 3 || practice.has(category.get(s.skill)!)));
        expect(open.map((r) => r.id), domain.id).not.toEqual([]);
      }
    });

    it('each has 4-12 requirements with an essential one, a summary, a portfolio project, an outlook and related roles', () => {
      for (const role of catalog.roles) {
        const where = `role ${role.id}`;
        expect(role.skills.length, where).toBeGreaterThanOrEqual(4);
        expect(role.skills.length, where).toBeLessThanOrEqual(12);
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
    it('has at least 150, each used by some role, each in a known category, each named in Chinese', () => {
      expect(catalog.skills.length).toBeGreaterThanOrEqual(150);
      for (const skill of catalog.skills) expect(skill.zh?.name, skill.id).toBeTruthy();
      const used = new Set(catalog.roles.flatMap((r) => r.skills.map((s) => s.skill)));
      for (const skill of catalog.skills) {
        expect(used.has(skill.id), `skill ${skill.id} is unused`).toBe(true);
        expect(skillCategories, skill.id).toContain(skill.category);
      }
    });

    it('says where to learn each one: 1–3 dated https resources, Chinese ones among them, and hours per level that never shrink', () => {
      for (const skill of catalog.skills) {
        expect(skill.learn, skill.id).toBeDefined();
        expect(skill.learn!.resources.length, skill.id).toBeGreaterThanOrEqual(1);
        for (const r of skill.learn!.resources) expect(r.url, skill.id).toMatch(/^https:\/\//);
        const hours = skill.learn!.hoursPerLevel;
        expect(hours.every((h, i) => i === 0 || h >= hours[i - 1]!), `${skill.id}: ${hours.join(', ')}`).toBe(true);
      }
      expect(catalog.skills.flatMap((s) => s.learn!.resources).filter((r) => r.lang === 'zh').length).toBeGreaterThanOrEqual(15);
    });

    it('carries the aliases people write', () => {
      const aliases = (id: string) => catalog.skills.find((s) => s.id === id)?.aliases.map((a) => a.toLowerCase()) ?? [];
      expect(aliases('pytorch')).toContain('torch');
      expect(catalog.skills.filter((s) => s.aliases.length > 0).length).toBeGreaterThanOrEqual(100);
    });

    it('resolves the words of CVs and job ads to the skill they mean, and the false friends to nothing', () => {
      const names = skillNames(catalog);
      const right: Record<string, string> = {
        Excel: 'spreadsheets', 'Power BI': 'business-intelligence', Tableau: 'business-intelligence', 'Label Studio': 'data-annotation',
        Midjourney: 'image-generation-tools', ComfyUI: 'image-generation-tools', Dify: 'low-code-ai-platforms', n8n: 'workflow-automation',
        Epic: 'ehr-systems', RAG: 'rag', AML: 'aml-kyc', KYC: 'aml-kyc', SEO: 'seo', OCR: 'ocr', FMEA: 'fmea', RLHF: 'preference-optimization',
        CAD: 'cad', FHIR: 'health-data-standards', Kubernetes: 'containers-orchestration', eDiscovery: 'ediscovery',
        大模型: 'llm-fundamentals', 提示词: 'prompt-engineering', 剪辑: 'video-production', 文案: 'copywriting', 电商运营: 'ecommerce-operations',
      };
      for (const [word, id] of Object.entries(right)) expect(names.resolve(word), word).toBe(id);
      // Aliases that once credited a neighbour: each now names its own skill or nothing.
      const wrong: Record<string, string> = { FMEA: 'functional-safety', RLHF: 'llm-fine-tuning', CAD: '3d-modeling', FHIR: 'clinical-knowledge', underwriting: 'credit-risk', eDiscovery: 'legal-research', Kubernetes: 'mlops' };
      for (const [word, id] of Object.entries(wrong)) expect(names.resolve(word), word).not.toBe(id);
      expect(names.resolve('PM')).toBeUndefined();
      expect(names.resolve('R')).toBeUndefined();
    });
  });
});
