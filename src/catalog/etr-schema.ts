import * as z from 'zod/mini';

/**
 * The smallest ETR etr accepts: one unreviewed consequential error in a million. Below it no
 * deployment could show it meets its budget (that takes millions of reviewed outputs), and the
 * strictest safety standards' bands end near it (IEC 61508 SIL 4 on demand: 1e-5 to 1e-4).
 * Profiles, --risk and catalogs share it, so what validates also renders.
 */
export const minimumEtr = 1e-6;

/**
 * An ETR is a fraction from minimumEtr up to, not including, 1: no domain tolerates every error.
 * A module of its own so that a profile can be checked without building the catalog's schemas.
 */
export const etrSchema = z.number().check(z.gte(minimumEtr), z.lt(1));
