import { catalogDigest } from './digest.js';
import { compiledFormat, type CompiledCatalog } from './compiled.js';
import { loadCatalog } from './load.js';
import { skillNameKeys } from './name-keys.js';
import { asciiJson } from '../core/ascii-json.js';
import type { Problem } from '../core/problem.js';

/** Build step: the full checked load of a catalog directory, in the compiled form. */
export async function compileCatalog(dir: string): Promise<{ compiled: CompiledCatalog | undefined; problems: Problem[] }> {
  const { catalog, problems } = await loadCatalog(dir);
  if (!catalog) return { compiled: undefined, problems };
  return { compiled: { format: compiledFormat, digest: catalogDigest(catalog), catalog, skillNameKeys: skillNameKeys(catalog) }, problems };
}

/** The compiled catalog as the build writes it to dist/catalog.json: all ASCII (core/ascii-json.ts). */
export function compiledCatalogText(compiled: CompiledCatalog): string {
  return asciiJson(compiled);
}
