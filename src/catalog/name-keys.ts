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
 * The keys, kept per list of skills rather than per catalog, so that a catalog made from another
 * with the same skills (a region's view of it) shares them.
 */
const known = new WeakMap<Catalog['skills'], SkillNameKeys>();

/**
 * The normalized names of every skill, worked out once per list of skills. Normalizing the 70,000
 * names of a catalog the size of ESCO costs a run a fifth of its time, so the catalog cache keeps
 * them with the catalog (cache.ts), and the compiled built-in catalog carries its own
 * (compiled.ts); both hand them over with rememberSkillNameKeys. Kept keys that no longer fit the
 * skills (a program added a skill or a name after loading) are worked out anew; a name changed in
 * place is not noticed: change a copy of a loaded catalog (structuredClone) instead.
 */
export function skillNameKeys(catalog: Catalog): SkillNameKeys {
  const kept = known.get(catalog.skills);
  if (kept && fits(kept, catalog.skills)) return kept;
  const keys = catalog.skills.map((skill) => skillNameList(skill).map(normalizeName));
  known.set(catalog.skills, keys);
  return keys;
}

/** Keys worked out before for the very same catalog (same files, same etr version). */
export function rememberSkillNameKeys(catalog: Catalog, keys: SkillNameKeys): void {
  known.set(catalog.skills, keys);
}

/** Whether there are keys for every skill and every name of it, counted without making lists. */
function fits(keys: SkillNameKeys, skills: Catalog['skills']): boolean {
  return keys.length === skills.length && skills.every((skill, i) => keys[i]!.length === 2 + skill.aliases.length + (skill.zh ? 1 + skill.zh.aliases.length : 0));
}
