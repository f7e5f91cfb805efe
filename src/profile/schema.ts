import * as z from 'zod/mini';
import { etrSchema, riskAppetites } from '../model/etr.js';
import { regions } from '../model/catalog.js';

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
    /** The role the person holds now: a role id or title, resolved against the catalog in load.ts. */
    currentRole: z.optional(z.string().check(z.trim(), z.minLength(1))),
    interests: z.optional(z.array(z.string().check(z.minLength(1)))),
    exclude: z.optional(z.array(z.string().check(z.minLength(1)))),
    /** Where the person works: the regional rules (engine/region.ts) a report follows unless --region or ETR_REGION says otherwise. */
    region: z.optional(z.enum(regions)),
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
 * against the catalog and each level may be a number or a word. Built on first use, as only the
 * commands that read a profile need it.
 */
export function profileSchema(): ReturnType<typeof buildProfileSchema> {
  return (schema ??= buildProfileSchema());
}

export type ProfileInput = z.output<ReturnType<typeof buildProfileSchema>>;


/** A mapping of keys to values, as YAML and JSON have them: an object, not null and not a list. */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
