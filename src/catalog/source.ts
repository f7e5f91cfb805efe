import { InvalidInputError } from '../core/errors.js';
import { displayPath } from '../core/files.js';
import { hasErrors, type Problem } from '../core/problem.js';
import { builtinCatalogDir } from './builtin.js';
import { readCompiledCatalog } from './compiled.js';
import type { Catalog } from '../model/catalog.js';

export interface CatalogSource {
  catalog: Catalog;
  /** "built-in" or the directory as given. */
  source: string;
  /** sha256 of the catalog's content, for reports to say which catalog they came from. */
  digest: string;
  /** Warnings found while loading; errors throw. */
  warnings: Problem[];
}

/**
 * The catalog a command works on: the user's directory, checked in full, or the built-in one,
 * which the build has already checked and compiled (its YAML is the fallback when running from source).
 */
export async function openCatalog(dir: string | undefined): Promise<CatalogSource> {
  if (dir === undefined) {
    const compiled = readCompiledCatalog();
    if (compiled) return { catalog: compiled.catalog, source: 'built-in', digest: compiled.digest, warnings: [] };
  }
  // The full checked path (YAML, schemas, rules, hashing) is loaded only for the runs that take it.
  const [{ loadCatalog }, { catalogDigest }] = await Promise.all([import('./load.js'), import('./digest.js')]);
  const result = await loadCatalog(dir ?? builtinCatalogDir());
  if (!result.catalog || hasErrors(result.problems)) throw new InvalidInputError(result.problems);
  return { catalog: result.catalog, source: dir === undefined ? 'built-in' : displayPath(dir), digest: catalogDigest(result.catalog), warnings: result.problems };
}
