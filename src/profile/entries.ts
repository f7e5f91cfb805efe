/**
 * A mapping's entries in order, as two lists: how the batch's JSON reader (batch/json-line.ts)
 * hands over a profile's skills, instead of an object. Objects made by JSON.parse get a hidden
 * class of their own for each new order of keys, and thousands of people list their skills in
 * thousands of orders; two lists cost the same whatever the keys. The profile check reads skills
 * given either way (load.ts).
 */
export class Entries {
  constructor(
    readonly keys: readonly string[],
    readonly values: readonly unknown[],
  ) {}
}
