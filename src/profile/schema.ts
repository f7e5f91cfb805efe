import * as z from 'zod/mini';
import { etrSchema, minimumEtr } from '../catalog/etr-schema.js';
import { riskAppetites, type RiskAppetite } from '../model/etr.js';

/** More hours a week than anyone learns beside living: a typing slip, not a plan. */
export const maxHoursPerWeek = 80;

function buildProfileSchema() {
  return z.strictObject({
    name: z.optional(z.string().check(z.trim(), z.minLength(1))),
    riskAppetite: z.optional(z.enum(riskAppetites)),
    preferredEtr: z.optional(etrSchema),
    experienceYears: z.optional(z.number().check(z.minimum(0), z.maximum(70))),
    /** Hours a week the person can spend learning: turns the hours of a plan into weeks. */
    hoursPerWeek: z.optional(z.number().check(z.positive(), z.maximum(maxHoursPerWeek))),
    skills: z.optional(z.unknown()),
    interests: z.optional(z.array(z.string().check(z.minLength(1)))),
    exclude: z.optional(z.array(z.string().check(z.minLength(1)))),
    weights: z.optional(
      z.partial(
        z.strictObject({
          skill: z.number().check(z.minimum(0)),
          risk: z.number().check(z.minimum(0)),
          interest: z.number().check(z.minimum(0)),
        }),
      ),
    ),
  });
}

let schema: ReturnType<typeof buildProfileSchema> | undefined;

/**
 * The profile's shape. `skills` is checked entry by entry in load.ts, where each key is resolved
 * against the catalog and each level may be a number or a word. Built on first use: most runs
 * never need it (see readPlainProfile).
 */
export function profileSchema(): ReturnType<typeof buildProfileSchema> {
  return (schema ??= buildProfileSchema());
}

export type ProfileInput = z.output<ReturnType<typeof buildProfileSchema>>;

/** The fields a profile may have: the schema's, listed once for the readers that skip it. */
export const profileFields = ['name', 'riskAppetite', 'preferredEtr', 'experienceYears', 'hoursPerWeek', 'skills', 'interests', 'exclude', 'weights'] as const;

const fields = new Set<string>(profileFields);
const weightFields = new Set(['skill', 'risk', 'interest']);

/**
 * A profile's fields, read without zod when every one of them is plainly valid; undefined for
 * anything else, and then the schema checks the profile and says what is wrong. What it returns
 * equals what the schema gives (test/profile/schema.test.ts checks this differentially), so it
 * changes only how long a valid profile takes: zod, cold, costs a few microseconds a profile,
 * which for `advise --batch` is as much as scoring it, and loading zod's schemas costs a plain
 * `advise` a millisecond or two.
 */
export function readPlainProfile(data: Record<string, unknown>): ProfileInput | undefined {
  // for…in, not Object.keys, which would make an array per profile; an inherited key refuses too.
  for (const key in data) if (!fields.has(key)) return undefined;
  const { name, riskAppetite, preferredEtr, experienceYears, hoursPerWeek, skills, interests, exclude, weights } = data;
  const trimmed = typeof name === 'string' ? name.trim() : undefined;
  if (name !== undefined && !trimmed) return undefined;
  // The appetite as the list's own string: the check then looks up its ETR by a name V8 knows,
  // where a string read from the line would have to be found in V8's table of names first.
  const appetite = riskAppetite === undefined ? undefined : riskAppetites[(riskAppetites as readonly unknown[]).indexOf(riskAppetite)];
  if (riskAppetite !== undefined && appetite === undefined) return undefined;
  if (preferredEtr !== undefined && !(typeof preferredEtr === 'number' && preferredEtr >= minimumEtr && preferredEtr < 1)) return undefined;
  if (experienceYears !== undefined && !(typeof experienceYears === 'number' && experienceYears >= 0 && experienceYears <= 70)) return undefined;
  if (hoursPerWeek !== undefined && !(typeof hoursPerWeek === 'number' && hoursPerWeek > 0 && hoursPerWeek <= maxHoursPerWeek)) return undefined;
  if (!isNameList(interests) || !isNameList(exclude) || !isWeights(weights)) return undefined;
  return {
    name: trimmed,
    riskAppetite: appetite,
    preferredEtr: preferredEtr as number | undefined,
    experienceYears: experienceYears as number | undefined,
    hoursPerWeek: hoursPerWeek as number | undefined,
    skills,
    // Shared, not copied: nothing downstream changes them.
    interests,
    exclude,
    weights,
  };
}

function isNameList(value: unknown): value is string[] | undefined {
  if (value === undefined) return true;
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!(typeof value[i] === 'string' && (value[i] as string).length > 0)) return false;
  return true;
}

function isWeights(value: unknown): value is Partial<Record<'skill' | 'risk' | 'interest', number>> | undefined {
  if (value === undefined) return true;
  if (!isMapping(value)) return false;
  for (const [key, weight] of Object.entries(value)) {
    if (!weightFields.has(key) || typeof weight !== 'number' || !Number.isFinite(weight) || !(weight >= 0)) return false;
  }
  return true;
}

/** A mapping of keys to values, as YAML and JSON have them: an object, not null and not a list. */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
