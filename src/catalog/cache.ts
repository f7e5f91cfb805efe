import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import { asciiJson } from '../core/ascii-json.js';
import type { Problem } from '../core/problem.js';
import type { Catalog } from '../model/catalog.js';
import { compiledFormat } from './compiled.js';
import { catalogTotalLimit } from './load.js';
import { rememberSkillNameKeys, skillNameKeys } from './name-keys.js';

/**
 * The checked, compiled form of a `--catalog` directory, kept in the user's cache directory so
 * that a second run over the same files skips the YAML and the schema and rule checks.
 *
 * An entry is found by the catalog's directory (one entry per directory, overwritten when its
 * files change) and used only when the key it holds, a sha256 of etr's version and of every file
 * the loader reads, matches the files now; a checksum over the rest of the entry rejects one that
 * was truncated or altered. Anything amiss and the catalog is loaded and checked again: the cache
 * can make a run faster, never different. Failing to read or write it is silently skipped.
 *
 * The entry keeps the catalog's digest and its skills' normalized names too (for a catalog the size
 * of ESCO, hashing it or normalizing its 70,000 names costs a run more than reading them), and is
 * written in ASCII, every other character as a \u escape, as the
 * compiled built-in catalog is: V8 decodes such a file four times faster and keeps its strings at
 * one byte a character (docs/performance.md, "Catalogs the size of ESCO").
 */

/** `$XDG_CACHE_HOME/etr` (an absolute path only, as the XDG spec asks), else `~/.cache/etr`. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg !== undefined && isAbsolute(xdg) ? xdg : join(homedir(), '.cache'), 'etr');
}

export interface CachedCatalog {
  catalog: Catalog;
  /** catalogDigest(catalog), worked out when the entry was written. */
  digest: string;
  /** The warnings the check found, as it reported them (paths as shown from where etr ran). */
  warnings: Problem[];
}

/** Where and under which key a catalog directory's entry is kept; undefined when its files cannot all be read as the loader reads them. */
export interface CacheSlot {
  file: string;
  key: string;
}

const sha256 = () => createHash('sha256');

/**
 * The slot of a catalog directory: its files hashed in the loader's order (skills.yaml,
 * domains.yaml, roles/*.yaml by name). Undefined where the loader would report a problem with
 * the files themselves (one missing, not a regular file, over the size limits): that run takes
 * the full path, which says what is wrong.
 */
export function cacheSlot(dir: string, shownDir: string, cache = cacheDir()): CacheSlot | undefined {
  try {
    const roles = readdirSync(join(dir, 'roles'))
      .filter((name) => /\.ya?ml$/i.test(name))
      .sort()
      .map((name) => join('roles', name));
    if (roles.length === 0) return undefined;
    // The shown directory is in the key because the warnings kept with the catalog name their files by it.
    const key = sha256().update(`${packageJson.version}\0${compiledFormat}\0${shownDir}\0`);
    let total = 0;
    for (const name of ['skills.yaml', 'domains.yaml', ...roles]) {
      const path = join(dir, name);
      const stats = statSync(path);
      total += stats.size;
      if (!stats.isFile() || total > catalogTotalLimit) return undefined;
      const bytes = readFileSync(path);
      key.update(`${name}\0${bytes.length}\0`).update(bytes);
    }
    const where = sha256().update(`${resolve(dir)}\0${shownDir}`).digest('hex').slice(0, 32);
    return { file: join(cache, `catalog-${where}.json`), key: key.digest('hex') };
  } catch {
    return undefined;
  }
}

/**
 * An entry is two lines: a header with the format, the key and the sha256 of the second line,
 * then the second line, `{"digest":…,"catalog":…,"warnings":[…],"nameKeys":[…]}`.
 */
interface Header {
  format: number;
  key: string;
  checksum: string;
}

/** The entry in the slot, if it is whole and of these very files; otherwise undefined. */
export function readCachedCatalog(slot: CacheSlot): CachedCatalog | undefined {
  try {
    // Read as bytes: the checksum is taken over them, before they are decoded.
    const bytes = readFileSync(slot.file);
    const newline = bytes.indexOf(10);
    if (newline < 0) return undefined;
    const header = JSON.parse(bytes.toString('utf8', 0, newline)) as Partial<Header>;
    const body = bytes.subarray(newline + 1);
    if (header.format !== compiledFormat || header.key !== slot.key || header.checksum !== sha256().update(body).digest('hex')) return undefined;
    const entry = JSON.parse(body.toString('utf8')) as Partial<CachedCatalog & { nameKeys: string[][] }>;
    const catalog = entry.catalog;
    if (!catalog || !Array.isArray(catalog.skills) || !Array.isArray(catalog.domains) || !Array.isArray(catalog.roles) || !Array.isArray(entry.warnings) || typeof entry.digest !== 'string') return undefined;
    if (!Array.isArray(entry.nameKeys) || entry.nameKeys.length !== catalog.skills.length) return undefined;
    rememberSkillNameKeys(catalog, entry.nameKeys);
    return { catalog, digest: entry.digest, warnings: entry.warnings };
  } catch {
    return undefined;
  }
}

/** Keeps a checked catalog in its slot: written to a file of its own, then renamed over the entry, so no reader sees half of one. */
export function writeCachedCatalog(slot: CacheSlot, entry: CachedCatalog): void {
  const temporary = `${slot.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const body = asciiJson({ digest: entry.digest, catalog: entry.catalog, warnings: entry.warnings, nameKeys: skillNameKeys(entry.catalog) });
    const header: Header = { format: compiledFormat, key: slot.key, checksum: sha256().update(body).digest('hex') };
    mkdirSync(join(slot.file, '..'), { recursive: true });
    writeFileSync(temporary, `${JSON.stringify(header)}\n${body}`);
    renameSync(temporary, slot.file);
  } catch {
    // A cache directory that cannot be written (read-only home, full disk) only costs speed.
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written, or nothing can be removed: either way nothing is left to do.
    }
  }
}
