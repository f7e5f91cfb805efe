/** Ids in the order of their UTF-16 code units, as `<` and sort() order them. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What a catalog's skill, domain and role ids must be: kebab-case, lower-case words joined by hyphens. */
export const kebabCaseId = /^[a-z0-9]+(-[a-z0-9]+)*$/;
