import type { Catalog } from '../model/catalog.js';
import type { Lang } from '../model/lang.js';
import { normalizeName } from '../catalog/names.js';
import { closestMatches } from '../core/suggest.js';
import type { Text } from '../core/text.js';

/**
 * Looks up roles by id, by title or by the catalog's zh title, ignoring case and the choice of
 * spaces, hyphens or underscores ("Senior Machine Learning Engineer", "senior-ml-engineer",
 * "高级机器学习工程师"), for a profile's `currentRole`.
 */
export interface RoleNames {
  /** The role's id; `ambiguous` when a title names several roles (an id never does). */
  resolve(name: string): { id: string } | { ambiguous: string[] } | undefined;
  /** Up to three roles whose id or titles are close to an unknown name, as "id (Title)", the title in `lang` where the catalog has it. */
  suggest(name: string, lang?: Lang): string[];
  /** The same, in every language: “id”（中文名称） in Chinese, with the catalog's zh title where it has one. */
  suggestWords(name: string): Text[];
}

const cache = new WeakMap<Catalog, RoleNames>();

export function roleNames(catalog: Catalog): RoleNames {
  let names = cache.get(catalog);
  if (!names) cache.set(catalog, (names = buildRoleNames(catalog)));
  return names;
}

function buildRoleNames(catalog: Catalog): RoleNames {
  const byId = new Map<string, string>();
  const byTitle = new Map<string, string[]>();
  /** Every name a role goes by, normalised, with the role it names: the candidates of a suggestion. */
  const shown: { name: string; id: string }[] = [];
  for (const role of catalog.roles) {
    byId.set(normalizeName(role.id), role.id);
    for (const title of role.zh ? [role.title, role.zh.title] : [role.title]) {
      const key = normalizeName(title);
      const ids = byTitle.get(key) ?? [];
      if (!ids.includes(role.id)) ids.push(role.id);
      byTitle.set(key, ids);
    }
    for (const name of [role.id, role.title, ...(role.zh ? [role.zh.title] : [])]) shown.push({ name: normalizeName(name), id: role.id });
  }
  const titles = new Map(catalog.roles.map((r) => [r.id, r.title]));
  const zhTitles = new Map(catalog.roles.map((r) => [r.id, r.zh?.title ?? r.title]));
  const suggestWords = (name: string): Text[] => {
    const matches = closestMatches(normalizeName(name), shown.map((s) => s.name), 12);
    const ids: string[] = [];
    for (const match of matches) {
      const id = shown.find((s) => s.name === match)!.id;
      if (!ids.includes(id)) ids.push(id);
    }
    return ids.slice(0, 3).map((id) => ({ en: `"${id}" (${titles.get(id)})`, zh: `“${id}”（${zhTitles.get(id)}）` }));
  };
  return {
    resolve: (name) => {
      const key = normalizeName(name);
      const id = byId.get(key);
      if (id !== undefined) return { id };
      const ids = byTitle.get(key);
      if (ids === undefined) return undefined;
      return ids.length === 1 ? { id: ids[0]! } : { ambiguous: [...ids] };
    },
    suggest: (name, lang = 'en') => suggestWords(name).map((words) => words[lang]),
    suggestWords,
  };
}
