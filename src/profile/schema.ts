import * as z from 'zod/mini';
import { etrSchema } from '../catalog/etr-schema.js';
import { riskAppetites } from '../engine/etr.js';

/**
 * The profile's shape. `skills` is checked entry by entry in load.ts, where each key is resolved
 * against the catalog and each level may be a number or a word.
 */
export const profileSchema = z.strictObject({
  name: z.optional(z.string().check(z.trim(), z.minLength(1))),
  riskAppetite: z.optional(z.enum(riskAppetites)),
  preferredEtr: z.optional(etrSchema),
  experienceYears: z.optional(z.number().check(z.minimum(0), z.maximum(70))),
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

export type ProfileInput = z.output<typeof profileSchema>;
