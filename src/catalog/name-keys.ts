import type { Catalog, Skill } from '../model/catalog.js';
import { normalizeName } from './names.js';

/**
 * The names a profile may call a skill by, in the order a lookup takes them: its name, its id,
 * its aliases, then its Chinese name and aliases.
 */
export function skillNameList(skill: Skill): string[] {
  return [skill.name, skill.id, ...skill.aliases, ...(skill.zh ? [skill.zh.name, ...skill.zh.aliases] : [])];
}

/** Per skill of a catalog, in its order: each name of skillNameList, normalized (normalizeName). */
export type SkillNameKeys = readonly (readonly string[])[];

const known = new WeakMap<Catalog, SkillNameKeys>();

/**
 * The normalized names of every skill, worked out once per catalog. Normalizing the 70,000
 * names of a catalog the size of ESCO costs a run a fifth of its time, so the catalog cache keeps
 * them with the catalog (cache.ts) and hands them over with rememberSkillNameKeys.
 */
export function skillNameKeys(catalog: Catalog): SkillNameKeys {
  let keys = known.get(catalog);
  if (!keys) known.set(catalog, (keys = catalog.skills.map((skill) => skillNameList(skill).map(normalizeName))));
  return keys;
}

/** Keys kept from an earlier run over the very same catalog (same files, same etr version). */
export function rememberSkillNameKeys(catalog: Catalog, keys: SkillNameKeys): void {
  known.set(catalog, keys);
}
