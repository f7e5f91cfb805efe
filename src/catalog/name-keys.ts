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

/**
 * Each skill's keys, with the names they were worked out from: kept per skill, so a catalog made
 * from another (a region's view of it) shares them, and checked against the skill's names as
 * they are now, so a skill a program changed after loading is worked out anew.
 */
const known = new WeakMap<Skill, { names: readonly string[]; keys: readonly string[] }>();

/**
 * The normalized names of every skill, each skill's worked out once. Normalizing the 70,000
 * names of a catalog the size of ESCO costs a run a fifth of its time, so the catalog cache keeps
 * them with the catalog (cache.ts), and the compiled built-in catalog carries its own
 * (compiled.ts); both hand them over with rememberSkillNameKeys.
 */
export function skillNameKeys(catalog: Catalog): SkillNameKeys {
  return catalog.skills.map((skill) => {
    const names = skillNameList(skill);
    const kept = known.get(skill);
    if (kept && sameList(kept.names, names)) return kept.keys;
    const keys = names.map(normalizeName);
    known.set(skill, { names, keys });
    return keys;
  });
}

/** Keys worked out before for the very same catalog (same files, same etr version), in its skills' order. */
export function rememberSkillNameKeys(catalog: Catalog, keys: SkillNameKeys): void {
  catalog.skills.forEach((skill, i) => {
    const names = skillNameList(skill);
    const own = keys[i];
    if (own?.length === names.length) known.set(skill, { names, keys: own });
  });
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
