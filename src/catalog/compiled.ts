import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../model/catalog.js';
import { rememberSkillNameKeys, type SkillNameKeys } from './name-keys.js';

/**
 * The built-in catalog, checked once at build time and stored as JSON beside the bundle, so a run
 * reads one small file instead of parsing and re-checking a dozen YAML files.
 * scripts/build.mjs writes it; test/catalog/compiled.test.ts proves it equals the YAML.
 */
export interface CompiledCatalog {
  /** Bumped when the stored shape changes, so an old file is ignored rather than misread. */
  format: typeof compiledFormat;
  digest: string;
  catalog: Catalog;
  /** The keys of every skill's names (name-keys.ts: skillNameKeys), normalized at build time. */
  skillNameKeys: SkillNameKeys;
}

export const compiledFormat = 2;
const compiledCatalogFileName = 'catalog.json';

/**
 * The compiled catalog next to the running module, or undefined when there is none (running from
 * the TypeScript sources, as the unit tests do) or it is of another format.
 */
export function readCompiledCatalog(file: string | URL = besideModule(compiledCatalogFileName)): CompiledCatalog | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const compiled = JSON.parse(text) as CompiledCatalog;
  if (compiled.format !== compiledFormat) return undefined;
  rememberSkillNameKeys(compiled.catalog, compiled.skillNameKeys);
  return compiled;
}

/**
 * A file in the running module's directory: in the CommonJS bundle, by its __dirname, as building
 * a URL costs a run more of Node than reading the catalog; in an ES module, by its URL.
 */
function besideModule(name: string): string | URL {
  return typeof __dirname === 'string' ? join(__dirname, name) : new URL(`./${name}`, import.meta.url);
}
