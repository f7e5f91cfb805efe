import type * as z from 'zod/mini';
import type { Tier } from '../model/etr.js';
import type { domainSchema, requirementSchema, roleSchema, skillSchema } from '../model/catalog.js';

export type Skill = z.output<typeof skillSchema>;
/** A domain as loaded: its tier is always present, derived from the ETR when the file omits it. */
export type Domain = z.output<typeof domainSchema> & { tier: Tier };
export type Requirement = z.output<typeof requirementSchema>;
export type Role = z.output<typeof roleSchema>;

/** A checked catalog: every reference resolves; each list is sorted by id. */
export interface Catalog {
  skills: Skill[];
  domains: Domain[];
  roles: Role[];
}
