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
 * A skills record (from a record or a map of levels) with its keys in ascending order, so that no
 * output depends on the order a profile lists its skills in. Built without a prototype, then given
 * the usual one: V8 keeps such an object as a plain hash table, where an object built as `{}` gains
 * a new hidden class for each new run of keys, which for a batch of thousands of people with
 * different skills costs more than scoring them. To its users it is an ordinary object.
 */
export function sortedSkills(skills: Readonly<Record<string, number>> | ReadonlyMap<string, number>): Record<string, number> {
  const levels = skills instanceof Map ? skills : undefined;
  const record = skills as Readonly<Record<string, number>>;
  // The default sort compares UTF-16 code units, as `<` does, without calling back into JavaScript.
  const ids = (levels ? [...levels.keys()] : Object.keys(record)).sort();
  const sorted: Record<string, number> = Object.create(null);
  for (const id of ids) sorted[id] = levels ? levels.get(id)! : record[id]!;
  return Object.setPrototypeOf(sorted, Object.prototype);
}
