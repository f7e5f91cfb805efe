import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/model/catalog.js';
import { catalogListJson, renderCatalogList } from '../../src/render/catalog-list.js';
import { plainPalette } from '../../src/core/palette.js';

const catalog: Catalog = {
  skills: [{ id: 'python', name: 'Python', category: 'foundations', aliases: ['py'], description: 'd' }],
  domains: [
    { id: 'content', name: 'Content', etr: 0.25, tier: 'open', euAiAct: 'limited', rationale: 'r', strategies: ['s'], references: [] },
    { id: 'medical', name: 'Medical', etr: 0.005, tier: 'strict', euAiAct: 'high', rationale: 'r', strategies: ['s'], references: [] },
  ],
  roles: [{ id: 'prompt-engineer', title: 'Prompt Engineer', domain: 'content', seniority: 'entry', summary: 's', skills: [], related: [], portfolioProject: 'p', outlook: { trend: 'stable', reason: 'r' } }],
};

describe('catalogListJson', () => {
  it('gives exactly the documented fields per kind', () => {
    expect(catalogListJson(catalog, 'domains')).toEqual([
      { id: 'content', name: 'Content', etr: 0.25, tier: 'open', euAiAct: 'limited' },
      { id: 'medical', name: 'Medical', etr: 0.005, tier: 'strict', euAiAct: 'high' },
    ]);
    expect(catalogListJson(catalog, 'roles')).toEqual([{ id: 'prompt-engineer', title: 'Prompt Engineer', domain: 'content', seniority: 'entry' }]);
    expect(catalogListJson(catalog, 'skills')).toEqual([{ id: 'python', name: 'Python', category: 'foundations', aliases: ['py'] }]);
  });
});

describe('renderCatalogList', () => {
  it('lists domains strictest first, with the ETR as a percentage', () => {
    const lines = renderCatalogList(catalog, 'domains', 'text', plainPalette, 100).split('\n');
    expect(lines[0]).toMatch(/^ID\s+ETR\s+TIER\s+EU AI ACT\s+NAME$/);
    expect(lines[1]).toMatch(/^medical\s+0\.5%\s+strict\s+high\s+Medical$/);
    expect(lines[2]).toMatch(/^content\s+25%\s+open\s+limited\s+Content$/);
  });

  it('renders JSON as the same array as catalogListJson', () => {
    expect(JSON.parse(renderCatalogList(catalog, 'roles', 'json', plainPalette, 100))).toEqual(catalogListJson(catalog, 'roles'));
  });
});
