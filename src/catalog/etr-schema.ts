import * as z from 'zod/mini';

/**
 * An ETR is a fraction strictly between 0 and 1: no domain tolerates no error or every error.
 * A module of its own so that a profile can be checked without building the catalog's schemas.
 */
export const etrSchema = z.number().check(z.gt(0), z.lt(1));
