import { createHash } from 'node:crypto';
import type { Catalog } from '../model/catalog.js';

/**
 * A fingerprint of the catalog's content, so a saved report says which catalog it came from.
 * Entities are sorted by id and keys follow the schema, so formatting and file order do not count.
 */
export function catalogDigest(catalog: Catalog): string {
  return `sha256:${createHash('sha256').update(JSON.stringify(catalog)).digest('hex')}`;
}
