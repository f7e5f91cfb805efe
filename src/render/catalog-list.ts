import type { Catalog } from '../model/catalog.js';
import { formatPercent } from '../model/etr.js';
import { terminalSafeJson } from '../core/terminal-text.js';
import type { Palette } from '../core/palette.js';
import { renderTable } from './table.js';

export type CatalogListKind = 'domains' | 'roles' | 'skills';

/** The JSON contract of `etr catalog`: a plain array per kind. */
export function catalogListJson(catalog: Catalog, kind: CatalogListKind) {
  switch (kind) {
    case 'domains':
      return catalog.domains.map((d) => ({ id: d.id, name: d.name, etr: d.etr, tier: d.tier, euAiAct: d.euAiAct }));
    case 'roles':
      return catalog.roles.map((r) => ({ id: r.id, title: r.title, domain: r.domain, seniority: r.seniority }));
    case 'skills':
      return catalog.skills.map((s) => ({ id: s.id, name: s.name, category: s.category, aliases: s.aliases }));
  }
}

export function renderCatalogList(catalog: Catalog, kind: CatalogListKind, format: 'text' | 'json', palette: Palette, width: number): string {
  if (format === 'json') return terminalSafeJson(catalogListJson(catalog, kind), 2);
  switch (kind) {
    case 'domains': {
      // Strictest first: the order in which the ETR model thinks about domains.
      const domains = [...catalog.domains].sort((a, b) => a.etr - b.etr || a.id.localeCompare(b.id));
      return renderTable(
        [{ header: 'ID' }, { header: 'ETR', align: 'right' }, { header: 'TIER' }, { header: 'EU AI ACT' }, { header: 'NAME' }],
        domains.map((d) => [d.id, formatPercent(d.etr), d.tier, d.euAiAct, d.name]),
        palette,
        width,
      );
    }
    case 'roles':
      return renderTable(
        [{ header: 'ID' }, { header: 'DOMAIN' }, { header: 'SENIORITY' }, { header: 'TITLE' }],
        catalog.roles.map((r) => [r.id, r.domain, r.seniority, r.title]),
        palette,
        width,
      );
    case 'skills':
      return renderTable(
        [{ header: 'ID' }, { header: 'CATEGORY' }, { header: 'NAME' }, { header: 'ALIASES' }],
        catalog.skills.map((s) => [s.id, s.category, s.name, s.aliases.join(', ')]),
        palette,
        width,
      );
  }
}
