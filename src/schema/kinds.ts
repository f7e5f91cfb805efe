/**
 * The JSON Schemas etr writes (json-schema.ts): a module of its own, so that `etr schema`'s
 * argument can list them without loading the generator and the zod schemas it reads.
 */
export const jsonSchemaKinds = ['profile', 'catalog', 'report', 'match', 'team', 'batch'] as const;
export type JsonSchemaKind = (typeof jsonSchemaKinds)[number];
