import type { Catalog } from '../model/catalog.js';
import type { SkillLevels } from '../model/levels.js';

/** skill id → the skill the person rated that implies its level. */
export type ImpliedSkills = Readonly<Record<string, string>>;

type Implications = ReadonlyMap<string, readonly { skill: string; level: number }[]>;

/** Each catalog's implications by implying skill, worked out once: a batch applies them to thousands of people. */
const cache = new WeakMap<Catalog, Implications>();

function implicationsOf(catalog: Catalog): Implications {
  let implications = cache.get(catalog);
  if (!implications) cache.set(catalog, (implications = new Map(catalog.skills.filter((s) => s.implies?.length).map((s) => [s.id, s.implies!]))));
  return implications;
}

/**
 * A person's skills with what the catalog says they imply (a skill's `implies`): a skill the person
 * did not rate takes the highest level any of their skills implies, never above that skill's own
 * level (software engineering 2 implies API integration 2, not 3). What the person rated always
 * stands, and implications do not chain: each is one step from what the person wrote, so a report
 * can say "implied by" one skill they named.
 */
export function withImplied(written: SkillLevels, catalog: Catalog): { skills: SkillLevels; implied: ImpliedSkills } {
  const implications = implicationsOf(catalog);
  const rated = new Set(written.ids);
  const found = new Map<string, { level: number; by: string }>();
  written.ids.forEach((id, i) => {
    for (const { skill, level } of implications.get(id) ?? []) {
      const implied = Math.min(level, written.levels[i]!);
      const known = found.get(skill);
      // Ids come in ascending order, so on a tie the first (lowest) id stays: the same person, the same report.
      if (!rated.has(skill) && implied > 0 && (known === undefined || implied > known.level)) found.set(skill, { level: implied, by: id });
    }
  });
  if (found.size === 0) return { skills: written, implied: {} };
  const levels = new Map(written.ids.map((id, i) => [id, written.levels[i]!]));
  for (const [skill, { level }] of found) levels.set(skill, level);
  const ids = [...levels.keys()].sort();
  return { skills: { ids, levels: ids.map((id) => levels.get(id)!) }, implied: Object.fromEntries([...found].map(([skill, { by }]) => [skill, by]).sort(([a], [b]) => (a! < b! ? -1 : 1))) };
}
