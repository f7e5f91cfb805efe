/** Skill levels: Dreyfus's five stages, plus 0 for none. Profiles may use the numbers or the words. */
export const levelWords = ['none', 'novice', 'advanced-beginner', 'competent', 'proficient', 'expert'] as const;
export type LevelWord = (typeof levelWords)[number];

/** "Advanced beginner", "advanced_beginner" and "ADVANCED-BEGINNER" all read as level 2. */
export function levelFromWord(word: string): number | undefined {
  const normalized = word.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const index = levelWords.indexOf(normalized as LevelWord);
  return index === -1 ? undefined : index;
}

export function levelName(level: number): string {
  return levelWords[level] ?? String(level);
}

/**
 * A person's level in a skill: 0 when absent. Own keys only, so a skill id such as "constructor"
 * (valid kebab-case in a user catalog) never reads Object.prototype.
 */
export function skillLevel(skills: Readonly<Record<string, number>>, skill: string): number {
  return Object.hasOwn(skills, skill) ? skills[skill]! : 0;
}

/**
 * A skills record with its keys in ascending order, so that no output depends on the order a
 * profile lists its skills in. Built with plain assignments, several times faster than
 * Object.fromEntries on the hot path of a batch; keys are skill ids, which the catalog rules keep
 * to kebab-case, so none of them is "__proto__".
 */
export function sortedSkills(skills: Readonly<Record<string, number>>): Record<string, number> {
  const ids = Object.keys(skills);
  ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const sorted: Record<string, number> = {};
  for (const id of ids) sorted[id] = skills[id]!;
  return sorted;
}
