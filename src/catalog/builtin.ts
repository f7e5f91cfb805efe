import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The directory of the built-in catalog's YAML. This module runs from src/ in tests and from the
 * bundle in dist/, so look upward from wherever it is for the package's data/catalog.
 */
export function builtinCatalogDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'data', 'catalog');
    if (existsSync(join(candidate, 'skills.yaml'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('the built-in catalog (data/catalog) is missing from the installation');
}
