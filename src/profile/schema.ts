import { z } from 'zod';
import { etrSchema } from '../catalog/schema.js';
import { riskAppetites } from '../engine/etr.js';

/**
 * The profile's shape. `skills` is checked entry by entry in load.ts, where each key is resolved
 * against the catalog and each level may be a number or a word.
 */
export const profileSchema = z.strictObject({
  name: z.string().trim().min(1).optional(),
  riskAppetite: z.enum(riskAppetites).optional(),
  preferredEtr: etrSchema.optional(),
  experienceYears: z.number().min(0).max(70).optional(),
  skills: z.unknown().optional(),
  interests: z.array(z.string().min(1)).optional(),
  exclude: z.array(z.string().min(1)).optional(),
  weights: z
    .strictObject({
      skill: z.number().min(0),
      risk: z.number().min(0),
      interest: z.number().min(0),
    })
    .partial()
    .optional(),
});

export type ProfileInput = z.output<typeof profileSchema>;
