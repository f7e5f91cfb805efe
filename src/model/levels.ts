/** Skill levels: Dreyfus's five stages, plus 0 for none. Profiles may use the numbers or the words. */
export const levelWords = ['none', 'novice', 'advanced-beginner', 'competent', 'proficient', 'expert'] as const;
export type LevelWord = (typeof levelWords)[number];

/**
 * What each level looks like in practice, one concrete line each (index = level): one source for
 * the starter profile's comments and `etr init --interview`'s level choices.
 */
export const levelMeanings: readonly string[] = [
  'none: never used it',
  'novice: followed a tutorial or course; needs step-by-step instructions and close review',
  'advanced-beginner: has done small real tasks with help; handles the usual case, not the exceptions',
  'competent: delivers a whole piece of work alone, plans it, and can say why it is right',
  'proficient: sees what matters in a new situation at once; reviews and mentors others',
  'expert: the person others escalate to; sets the practice, teaches it, writes the guidance',
];

/** "Advanced beginner", "advanced_beginner" and "ADVANCED-BEGINNER" all read as level 2. */
export function levelFromWord(word: string): number | undefined {
  const normalized = word.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const index = levelWords.indexOf(normalized as LevelWord);
  return index === -1 ? undefined : index;
}

/**
 * A person's level in a skill: 0 when absent. Own keys only, so a skill id such as "constructor"
 * (valid kebab-case in a user catalog) never reads Object.prototype.
 */
export function skillLevel(skills: Readonly<Record<string, number>>, skill: string): number {
  return Object.hasOwn(skills, skill) ? skills[skill]! : 0;
}

/**
 * skillLevel for many lookups in the same skills, as ranking a large catalog makes (one per
 * requirement of every role): a Map answers several times faster than a record's own-key check.
 */
export function levelLookup(skills: Readonly<Record<string, number>>): (skill: string) => number {
  const levels = new Map(Object.entries(skills));
  return (skill) => levels.get(skill) ?? 0;
}

/** A person's skills as two lists: skill ids in ascending order, and the level of each. */
export interface SkillLevels {
  readonly ids: readonly string[];
  readonly levels: readonly number[];
}

/**
 * The skills of a record or a map of levels, with ids in ascending order, so that no output
 * depends on the order a profile lists its skills in.
 */
export function skillLevelsOf(skills: Readonly<Record<string, number>> | ReadonlyMap<string, number>): SkillLevels {
  const map = skills instanceof Map ? skills : undefined;
  const record = skills as Readonly<Record<string, number>>;
  // The default sort compares UTF-16 code units, as `<` does, without calling back into JavaScript.
  const ids = (map ? [...map.keys()] : Object.keys(record)).sort();
  return { ids, levels: ids.map((id) => (map ? map.get(id)! : record[id]!)) };
}

/**
 * Skill levels as a record, keys in ascending order. Built without a prototype, then given the
 * usual one: V8 keeps such an object as a plain hash table, where an object built as `{}` gains a
 * new hidden class for each new run of keys, which for thousands of people with different skills
 * costs more than scoring them. To its users it is an ordinary object.
 */
export function skillRecord({ ids, levels }: SkillLevels): Record<string, number> {
  const record: Record<string, number> = Object.create(null);
  for (let i = 0; i < ids.length; i++) record[ids[i]!] = levels[i]!;
  return Object.setPrototypeOf(record, Object.prototype);
}

/** A skills record (from a record or a map of levels) with its keys in ascending order. */
export function sortedSkills(skills: Readonly<Record<string, number>> | ReadonlyMap<string, number>): Record<string, number> {
  return skillRecord(skillLevelsOf(skills));
}

/**
 * A level as a profile or --set may write it: a whole number 0–5, as a number or as one digit of
 * text, or a level word. One rule for both: text such as "0x3", "5e-0" or "03" is not a level.
 */
export function readLevel(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 0 && raw <= 5 ? raw : undefined;
  if (typeof raw === 'string') return levelFromWord(raw) ?? (/^[0-5]$/.test(raw.trim()) ? Number(raw.trim()) : undefined);
  return undefined;
}
