import * as z from 'zod/mini';

/**
 * A schema with a description: what `etr schema` writes on the field, which editors show on hover
 * (yaml-language-server) and consumers of the JSON read. The description lives beside the field
 * it describes, so the JSON Schemas cannot drift from the checks. The schema is copied first: one
 * shared by many fields (a non-empty text, an id) keeps no description of its own. Parsing is the
 * same; only the JSON Schema generator (src/schema/json-schema.ts) reads the description.
 */
export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  const copy = schema.clone();
  descriptions.add(copy, { description });
  return copy;
}

/**
 * etr's own registry of descriptions, not zod's global one: a program that loads etr's API and
 * uses zod itself keeps its registry to itself.
 */
export const descriptions = z.registry<{ title?: string; description: string }>();
