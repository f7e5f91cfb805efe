import * as z from 'zod/mini';
import { described } from '../model/described.js';
import { appetiteEtr, appetiteMeanings, appetiteNote, etrSchema, formatPercent, minimumEtr, riskAppetites } from '../model/etr.js';
import { experienceNeeded } from '../model/readiness.js';
import { defaultWeights } from '../model/weights.js';
import { regions } from '../model/catalog.js';

/** More hours a week than anyone learns beside living: a typing slip, not a plan. */
export const maxHoursPerWeek = 80;

/** Five hours a week: an evening and a weekend morning beside a job. */
export const defaultHoursPerWeek = 5;

function buildProfileSchema() {
  // Each field's description is what `etr schema profile` shows on hover in an editor.
  return z.strictObject({
    name: described(z.optional(z.string().check(z.trim(), z.minLength(1))), 'Your name, as the report shows it (default: you).'),
    riskAppetite: described(
      z.optional(z.enum(riskAppetites)),
      `How many consequential AI errors you are comfortable seeing reach a decision unreviewed, and so how high the stakes of the work: ${riskAppetites.map((a) => `${a} ≈ ${formatPercent(appetiteEtr[a])}: ${appetiteMeanings.en[a]}`).join('; ')}. ${appetiteNote.en} Give riskAppetite or preferredEtr, not both; with neither, medium is assumed.`,
    ),
    preferredEtr: described(z.optional(etrSchema), `Your preferred error tolerance rate as a fraction, from ${minimumEtr} up to, not including, 1 (0.03 = 3%): the same idea as riskAppetite, as a number. Give one of the two, not both.`),
    experienceYears: described(z.optional(z.number().check(z.minimum(0), z.maximum(70))), `Years of professional experience, 0–70 (default 0); lead roles expect ${experienceNeeded.lead}, senior roles ${experienceNeeded.senior}, mid roles ${experienceNeeded.mid}.`),
    /** Hours a week the person can spend learning: turns the hours of a plan into weeks. */
    hoursPerWeek: described(
      z.optional(z.number().check(z.positive(), z.maximum(maxHoursPerWeek))),
      `Hours a week you can spend learning, more than 0 and at most ${maxHoursPerWeek} (default ${defaultHoursPerWeek}): the report turns the hours of closing gaps into weeks with it. --hours-per-week overrides it.`,
    ),
    skills: z.optional(z.unknown()),
    /** The role the person holds now: a role id or title, resolved against the catalog in load.ts. */
    currentRole: described(
      z.optional(z.string().check(z.trim(), z.minLength(1))),
      'The role you hold now, if the catalog has it: a role id or its title, English or Chinese (see `etr catalog roles`). It is not proposed as a move; the roles it naturally leads to (its related roles) are marked as next steps.',
    ),
    interests: described(z.optional(z.array(z.string().check(z.minLength(1)))), 'Domain ids you would like to work in (see `etr catalog domains`), e.g. [education, content]: their roles get an interest fit of 1, other roles 0.25 (0.5 for all when you list none).'),
    exclude: described(z.optional(z.array(z.string().check(z.minLength(1)))), 'Domain ids never to show (see `etr catalog domains`).'),
    /** Where the person works: the regional rules (engine/region.ts) a report follows unless --region or ETR_REGION says otherwise. */
    region: described(z.optional(z.enum(regions)), "Where you work, for the rules a role asks you to know: eu, us or cn. --region and ETR_REGION override it; without any, the catalog's EU defaults are used."),
    weights: described(
      z.optional(
        z.partial(
          z.strictObject({
            skill: described(z.number().check(z.minimum(0)), `Weight of skill fit, 0 or more (default ${defaultWeights.skill}).`),
            risk: described(z.number().check(z.minimum(0)), `Weight of risk fit, 0 or more (default ${defaultWeights.risk}).`),
            interest: described(z.number().check(z.minimum(0)), `Weight of interest fit, 0 or more (default ${defaultWeights.interest}).`),
          }),
        ),
      ),
      `How much each part of the fit counts; missing entries keep the defaults (skill ${defaultWeights.skill}, risk ${defaultWeights.risk}, interest ${defaultWeights.interest}); scaled to sum to 1, so they must not all be 0.`,
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
