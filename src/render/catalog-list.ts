import type { Catalog } from '../model/catalog.js';
import { formatPercent } from '../model/etr.js';
import type { Lang } from '../model/lang.js';
import { terminalSafeJson } from '../core/terminal-text.js';
import type { Palette } from '../core/palette.js';
import { messages } from '../report/i18n.js';
import { catalogListMessages } from '../report/i18n/catalog.js';
import { catalogWords } from '../report/i18n/catalog-words.js';
import { renderTable } from './table.js';

export type CatalogListKind = 'domains' | 'roles' | 'skills';

/**
 * The JSON contract of `etr catalog`: a plain array per kind. For a language other than en, each
 * item also carries the catalog's translation of its name (and a skill its aliases) in
 * `localized`, beside the catalog's own text; ids and enums stay as they are.
 */
export function catalogListJson(catalog: Catalog, kind: CatalogListKind, lang: Lang = 'en') {
  const zh = lang !== 'en';
  switch (kind) {
    case 'domains':
      return catalog.domains.map((d) => ({ id: d.id, name: d.name, etr: d.etr, tier: d.tier, euAiAct: d.euAiAct, ...(zh && d.zh && { localized: { name: d.zh.name } }) }));
    case 'roles':
      return catalog.roles.map((r) => ({ id: r.id, title: r.title, domain: r.domain, seniority: r.seniority, ...(zh && r.zh && { localized: { title: r.zh.title } }) }));
    case 'skills':
      return catalog.skills.map((s) => ({ id: s.id, name: s.name, category: s.category, aliases: s.aliases, ...(zh && s.zh && { localized: { name: s.zh.name, aliases: s.zh.aliases } }) }));
  }
}

export function renderCatalogList(catalog: Catalog, kind: CatalogListKind, format: 'text' | 'json', palette: Palette, width: number, lang: Lang = 'en'): string {
  if (format === 'json') return terminalSafeJson(catalogListJson(catalog, kind, lang), 2);
  const headers = catalogListMessages(lang);
  const m = messages(lang);
  const c = catalogWords(lang);
  // The catalog's own text in English; its zh translations otherwise, where it has them.
  const english = lang === 'en';
  switch (kind) {
    case 'domains': {
      const h = headers.domains;
      // Strictest first: the order in which the ETR model thinks about domains.
      const domains = [...catalog.domains].sort((a, b) => a.etr - b.etr || a.id.localeCompare(b.id));
      return renderTable(
        [{ header: h.id }, { header: h.etr, align: 'right' }, { header: h.tier }, { header: h.euAiAct }, { header: h.name }],
        domains.map((d) => [d.id, formatPercent(d.etr), m.tier[d.tier], c.euAiAct[d.euAiAct], (!english && d.zh?.name) || d.name]),
        palette,
        width,
      );
    }
    case 'roles': {
      const h = headers.roles;
      return renderTable(
        [{ header: h.id }, { header: h.domain }, { header: h.seniority }, { header: h.title }],
        catalog.roles.map((r) => [r.id, r.domain, m.seniority[r.seniority], (!english && r.zh?.title) || r.title]),
        palette,
        width,
      );
    }
    case 'skills': {
      const h = headers.skills;
      return renderTable(
        [{ header: h.id }, { header: h.category }, { header: h.name }, { header: h.aliases }],
        catalog.skills.map((s) => [s.id, c.category[s.category], (!english && s.zh?.name) || s.name, (english || !s.zh ? s.aliases : s.zh.aliases).join(c.listJoin)]),
        palette,
        width,
      );
    }
  }
}
