import type { Region } from './catalog.js';
import type { RiskAppetite } from './etr.js';
import type { SkillLevels } from './levels.js';
import type { Weights } from './weights.js';

/** skill id → level 0–5, keys in ascending order. */
export type SkillRecord = Readonly<Record<string, number>>;

/**
 * A person, every skill resolved to a catalog id. One shape through a profile's life; what
 * changes is how the skills are held: a record for one person's report, or two lists sorted by
 * id (SkillLevels) for the batch, which ranks thousands of people and reads them in id order.
 */
export interface Person<Skills extends SkillRecord | SkillLevels = SkillRecord> {
  name: string;
  riskAppetite: RiskAppetite | null;
  preferredEtr: number;
  experienceYears: number;
  /** Hours a week for learning: turns the hours of closing gaps into weeks. */
  hoursPerWeek: number;
  skills: Skills;
  /** The catalog id of the role the person holds now: never proposed as a move. null when none is given. */
  currentRole: string | null;
  interests: string[];
  exclude: string[];
  weights: Weights;
  /** Where the person works, as the profile gives it: the default region of their reports. Absent when it names none. */
  region?: Region;
}

/** A profile as read and checked against a catalog, before the run's overrides: weights as written. */
export type ProfileDraft<Skills extends SkillRecord | SkillLevels = SkillRecord> = Person<Skills>;

/**
 * A profile as the engine ranks it: the run's overrides applied, weights normalised, and the
 * skills the catalog says the rated ones imply added, `implied` saying by which.
 */
export type Profile<Skills extends SkillRecord | SkillLevels = SkillRecord> = Person<Skills> & {
  /** skill id → the rated skill that implies its level; absent or empty when none is implied. */
  implied?: Readonly<Record<string, string>>;
};
