import { InvalidInputError } from '../core/errors.js';
import { displayPath } from '../core/files.js';
import { hasErrors, type Problem } from '../core/problem.js';
import { builtinCatalogDir } from './builtin.js';
import { loadCatalog } from './load.js';
import type { Catalog } from './types.js';

export interface CatalogSource {
  catalog: Catalog;
  /** "built-in" or the directory as given. */
  source: string;
  /** Warnings found while loading; errors throw. */
  warnings: Problem[];
}

/** The catalog a command works on: the user's directory, checked in full, or the built-in one. */
export async function openCatalog(dir: string | undefined): Promise<CatalogSource> {
  const path = dir ?? builtinCatalogDir();
  const result = await loadCatalog(path);
  if (!result.catalog || hasErrors(result.problems)) throw new InvalidInputError(result.problems);
  return { catalog: result.catalog, source: dir === undefined ? 'built-in' : displayPath(dir), warnings: result.problems };
}
