import type { Catalog } from '../model/catalog.js';
import type { SkillLevels } from '../model/levels.js';

/** skill id → the skill the person rated that implies its level. */
export type ImpliedSkills = Readonly<Record<string, string>>;

/** Shared by every person with nothing implied; never changed. */
const noneImplied: ImpliedSkills = Object.freeze({});

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
  // Made only for a person with a skill that implies another: most of a batch has none.
  let found: Map<string, { level: number; by: string }> | undefined;
  for (let i = 0; i < written.ids.length; i++) {
    const by = written.ids[i]!;
    for (const { skill, level } of implications.get(by) ?? []) {
      const implied = Math.min(level, written.levels[i]!);
      const known = found?.get(skill);
      // Ids come in ascending order, so on a tie the first (lowest) id stays: the same person, the same report.
      if (implied > 0 && (known === undefined || implied > known.level) && !written.ids.includes(skill)) (found ??= new Map()).set(skill, { level: implied, by });
    }
  }
  if (found === undefined) return { skills: written, implied: noneImplied };
  // Both lists are sorted: merged, the skills stay in ascending id order.
  const added = [...found.keys()].sort();
  const ids: string[] = [];
  const levels: number[] = [];
  for (let i = 0, j = 0; i < written.ids.length || j < added.length; ) {
    if (j === added.length || (i < written.ids.length && written.ids[i]! < added[j]!)) {
      ids.push(written.ids[i]!);
      levels.push(written.levels[i++]!);
    } else {
      ids.push(added[j]!);
      levels.push(found.get(added[j++]!)!.level);
    }
  }
  return { skills: { ids, levels }, implied: Object.fromEntries(added.map((skill) => [skill, found.get(skill)!.by])) };
}
