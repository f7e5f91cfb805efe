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
  /**
   * sha256 of the catalog's content, for reports to say which catalog they came from: kept with
   * the compiled catalog or a cache entry, else worked out when first read, as most runs (a batch,
   * validate) never report it.
   */
  readonly digest: string;
  /** Warnings found while loading; errors throw. */
  warnings: Problem[];
}

/**
 * The catalog a command works on: the user's directory, checked in full or, when the same files
 * were checked before, from the cache (cache.ts); or the built-in one, which the build has
 * already checked and compiled (its YAML is the fallback when running from source).
 */
export async function openCatalog(dir: string | undefined): Promise<CatalogSource> {
  if (dir === undefined) {
    const compiled = readCompiledCatalog();
    if (compiled) return { catalog: compiled.catalog, source: 'built-in', digest: compiled.digest, warnings: [] };
  }
  // The full checked path (YAML, schemas, rules, hashing) is loaded only for the runs that take it.
  const [{ loadCatalog }, { catalogDigest }, cache] = await Promise.all([import('./load.js'), import('./digest.js'), import('./cache.js')]);
  const source = dir === undefined ? 'built-in' : displayPath(dir);
  const slot = dir === undefined ? undefined : cache.cacheSlot(dir, source);
  const cached = slot && cache.readCachedCatalog(slot);
  if (cached) return { catalog: cached.catalog, source, digest: cached.digest, warnings: cached.warnings };
  const result = await loadCatalog(dir ?? builtinCatalogDir());
  if (!result.catalog || hasErrors(result.problems)) throw new InvalidInputError(result.problems);
  if (slot) {
    // The entry keeps the digest, so that no warm run hashes the catalog; this run has it at hand.
    const digest = catalogDigest(result.catalog);
    cache.writeCachedCatalog(slot, { catalog: result.catalog, digest, warnings: result.problems });
    return { catalog: result.catalog, source, digest, warnings: result.problems };
  }
  return withLazyDigest(result.catalog, source, result.problems, catalogDigest);
}

function withLazyDigest(catalog: Catalog, source: string, warnings: Problem[], digestOf: (catalog: Catalog) => string): CatalogSource {
  let digest: string | undefined;
  return {
    catalog,
    source,
    warnings,
    get digest() {
      return (digest ??= digestOf(catalog));
    },
  };
}
