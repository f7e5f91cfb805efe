import type { Lang } from '../../model/lang.js';

/** The column headers of `etr catalog domains|roles|skills`, per language (see i18n.ts for the idea). */
export interface CatalogListMessages {
  domains: { id: string; etr: string; tier: string; euAiAct: string; name: string };
  roles: { id: string; domain: string; seniority: string; title: string };
  skills: { id: string; category: string; name: string; aliases: string };
}

const en: CatalogListMessages = {
  domains: { id: 'ID', etr: 'ETR', tier: 'TIER', euAiAct: 'EU AI ACT', name: 'NAME' },
  roles: { id: 'ID', domain: 'DOMAIN', seniority: 'SENIORITY', title: 'TITLE' },
  skills: { id: 'ID', category: 'CATEGORY', name: 'NAME', aliases: 'ALIASES' },
};

const zh: CatalogListMessages = {
  domains: { id: 'ID', etr: 'ETR', tier: '等级', euAiAct: '欧盟《人工智能法》', name: '名称' },
  roles: { id: 'ID', domain: '领域', seniority: '职级', title: '职位名称' },
  skills: { id: 'ID', category: '类别', name: '名称', aliases: '别名' },
};

const tables: Record<Lang, CatalogListMessages> = { en, zh };

export function catalogListMessages(lang: Lang): CatalogListMessages {
  return tables[lang];
}
