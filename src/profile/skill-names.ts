import type { Catalog } from '../model/catalog.js';
import { normalizeName } from '../catalog/names.js';
import { closestMatches } from '../core/suggest.js';

/** Looks up skills by id, name or alias, ignoring case and the choice of spaces or hyphens. */
export interface SkillNames {
  resolve(name: string): string | undefined;
  /** Up to three known names close to an unknown one, for "did you mean". */
  suggest(name: string): string[];
}

/** Built once per catalog: a batch checks thousands of profiles against the same names. */
const cache = new WeakMap<Catalog, SkillNames>();

export function skillNames(catalog: Catalog): SkillNames {
  let names = cache.get(catalog);
  if (!names) cache.set(catalog, (names = buildSkillNames(catalog)));
  return names;
}

function buildSkillNames(catalog: Catalog): SkillNames {
  const index = new Map<string, string>();
  const shown: string[] = [];
  for (const skill of catalog.skills) {
    for (const name of [skill.id, skill.name, ...skill.aliases, ...(skill.zh ? [skill.zh.name, ...skill.zh.aliases] : [])]) {
      const key = normalizeName(name);
      if (!index.has(key)) {
        index.set(key, skill.id);
        shown.push(name);
      }
    }
  }
  // A batch resolves the same few hundred spellings thousands of times; remember them (bounded).
  const resolved = new Map<string, string | undefined>();
  return {
    resolve: (name) => {
      // One lookup for a known name; the second only for a name remembered as unknown.
      const known = resolved.get(name);
      if (known !== undefined || resolved.has(name)) return known;
      const id = index.get(normalizeName(name));
      if (resolved.size >= 10_000) resolved.clear();
      resolved.set(name, id);
      return id;
    },
    suggest: (name) => closestMatches(normalizeName(name), shown.map(normalizeName)).map((match) => shown.find((s) => normalizeName(s) === match)!),
  };
}
