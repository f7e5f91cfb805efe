import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JsonSchemaKind } from './kinds.js';

/**
 * The committed JSON Schema file of a kind in etr's own installation (schema/<kind>.schema.json
 * beside dist/ in the package, or in the repository), or undefined when it is missing. Like the
 * built-in catalog, looked for upward from this module, which runs from src/ or from dist/.
 */
export function installedSchemaFile(kind: JsonSchemaKind): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'schema', `${kind}.schema.json`);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return undefined;
}
