/** Ids in the order of their UTF-16 code units, as `<` and sort() order them. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
