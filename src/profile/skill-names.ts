import type { Catalog } from '../catalog/types.js';
import { normalizeName } from '../catalog/names.js';
import { closestMatches } from '../core/suggest.js';

/** Looks up skills by id, name or alias, ignoring case and the choice of spaces or hyphens. */
export interface SkillNames {
  resolve(name: string): string | undefined;
  /** Up to three known names close to an unknown one, for "did you mean". */
  suggest(name: string): string[];
}

export function skillNames(catalog: Catalog): SkillNames {
  const index = new Map<string, string>();
  const shown: string[] = [];
  for (const skill of catalog.skills) {
    for (const name of [skill.id, skill.name, ...skill.aliases, ...(skill.zh ? [skill.zh.name] : [])]) {
      const key = normalizeName(name);
      if (!index.has(key)) {
        index.set(key, skill.id);
        shown.push(name);
      }
    }
  }
  return {
    resolve: (name) => index.get(normalizeName(name)),
    suggest: (name) => closestMatches(normalizeName(name), shown.map(normalizeName)).map((match) => shown.find((s) => normalizeName(s) === match)!),
  };
}
