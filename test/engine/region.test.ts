import { describe, expect, it } from 'vitest';
import { catalogForRegion, holdsIn, reportRegion } from '../../src/engine/region.js';
import { rankRoles } from '../../src/engine/rank.js';
import type { Catalog } from '../../src/model/catalog.js';
import { domain, profile, req, role, skill, tinyCatalog } from '../helpers/tiny-catalog.js';

/** A medical role that needs the EU AI Act in the EU and the PRC rules in China, with a project for China. */
function regionalCatalog(): Catalog {
  const medical = domain('medical', 0.005, 'Medical diagnosis');
  return {
    skills: [skill('clinical-knowledge'), skill('eu-ai-act'), skill('prc-ai-regulation'), skill('python')],
    domains: [
      {
        ...medical,
        strategies: ['Clinician review'],
        references: [
          { title: 'EU MDR', url: 'https://example.org/eu', region: ['eu'] },
          { title: 'NMPA guideline', url: 'https://example.org/cn', region: ['cn'] },
          { title: 'A study', url: 'https://example.org/study' },
        ],
        regionalStrategies: [{ region: ['cn'], text: 'Label AI-generated content', zh: '标识AI生成内容' }],
        zh: { name: '医疗诊断', strategies: ['医生审核'] },
      },
    ],
    roles: [
      role('clinical-pm', 'medical', 'mid', [req('clinical-knowledge', 3, 5, true), { ...req('eu-ai-act', 3, 3, false), region: ['eu'] }, { ...req('prc-ai-regulation', 3, 3, false), region: ['cn'] }, req('python', 2, 2, false)], {
        portfolioProject: 'Classify it under EU MDR Rule 11.',
        regional: [{ region: ['cn'], portfolioProject: 'Classify it for NMPA registration.', zh: { portfolioProject: '按国家药监局注册要求分类。' } }],
        zh: { title: '临床AI产品经理', summary: '摘要', portfolioProject: '按欧盟MDR规则11分类。' },
      }),
    ],
  };
}

const skillsOf = (catalog: Catalog) => catalog.roles[0]!.skills.map((s) => s.skill);

describe('catalogForRegion', () => {
  it('keeps the unmarked and EU requirements, the own project and every reference when no region is given', () => {
    const catalog = regionalCatalog();
    const projected = catalogForRegion(catalog, null);
    expect(skillsOf(projected)).toEqual(['clinical-knowledge', 'eu-ai-act', 'python']);
    expect(projected.roles[0]!.portfolioProject).toBe('Classify it under EU MDR Rule 11.');
    expect(projected.domains[0]!.references).toHaveLength(3);
    expect(projected.domains[0]!.strategies).toEqual(['Clinician review']);
  });

  it('uses the PRC requirement, project, strategy and references for cn', () => {
    const projected = catalogForRegion(regionalCatalog(), 'cn');
    expect(skillsOf(projected)).toEqual(['clinical-knowledge', 'prc-ai-regulation', 'python']);
    expect(projected.roles[0]!.portfolioProject).toBe('Classify it for NMPA registration.');
    expect(projected.roles[0]!.zh?.portfolioProject).toBe('按国家药监局注册要求分类。');
    expect(projected.domains[0]!.references.map((r) => r.title)).toEqual(['NMPA guideline', 'A study']);
    expect(projected.domains[0]!.strategies).toEqual(['Clinician review', 'Label AI-generated content']);
    // The translations stay one for one with the English strategies.
    expect(projected.domains[0]!.zh?.strategies).toEqual(['医生审核', '标识AI生成内容']);
  });

  it('drops both regional requirements for us, where the catalog gives neither, and keeps the own project', () => {
    const projected = catalogForRegion(regionalCatalog(), 'us');
    expect(skillsOf(projected)).toEqual(['clinical-knowledge', 'python']);
    expect(projected.roles[0]!.portfolioProject).toBe('Classify it under EU MDR Rule 11.');
    expect(projected.domains[0]!.references.map((r) => r.title)).toEqual(['A study']);
  });

  it('never shows a variant without its own translation as the other region\'s project in Chinese', () => {
    const catalog = regionalCatalog();
    catalog.roles[0] = { ...catalog.roles[0]!, regional: [{ region: ['cn'], portfolioProject: 'For China.' }] };
    expect(catalogForRegion(catalog, 'cn').roles[0]!.zh?.portfolioProject).toBeUndefined();
  });

  it('returns the catalog itself, for every region, when it marks nothing as regional', () => {
    const catalog = tinyCatalog();
    for (const region of [null, 'eu', 'us', 'cn'] as const) expect(catalogForRegion(catalog, region)).toBe(catalog);
  });

  it('projects once per catalog and region', () => {
    const catalog = regionalCatalog();
    expect(catalogForRegion(catalog, 'cn')).toBe(catalogForRegion(catalog, 'cn'));
    expect(catalogForRegion(catalog, 'cn')).not.toBe(catalogForRegion(catalog, 'eu'));
  });

  it('changes the gap the engine ranks by, never the ETR', () => {
    const catalog = regionalCatalog();
    const me = profile({ skills: { 'clinical-knowledge': 3, 'eu-ai-act': 3, python: 2 } });
    const [eu] = rankRoles(catalogForRegion(catalog, 'eu'), me);
    const [cn] = rankRoles(catalogForRegion(catalog, 'cn'), me);
    expect(eu!.etr).toBe(cn!.etr);
    expect(eu!.components.skill).toBe(1);
    // In China the EU AI Act counts for nothing, and the PRC rules are a gap.
    expect(cn!.components.skill).toBeLessThan(1);
  });
});

describe('holdsIn and reportRegion', () => {
  it('an unmarked item holds everywhere; a marked one only in its regions', () => {
    expect(holdsIn(undefined, 'cn')).toBe(true);
    expect(holdsIn(['eu'], 'cn')).toBe(false);
    expect(holdsIn(['eu', 'cn'], 'cn')).toBe(true);
  });

  it('takes the command line over the profile, and null when neither names a region', () => {
    expect(reportRegion('us', { region: 'cn' })).toBe('us');
    expect(reportRegion(undefined, { region: 'cn' })).toBe('cn');
    expect(reportRegion(undefined, {})).toBeNull();
    expect(reportRegion(undefined, undefined)).toBeNull();
  });
});
