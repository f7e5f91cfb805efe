import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheDir, cacheSlot, readCachedCatalog, writeCachedCatalog, type CacheSlot } from '../../src/catalog/cache.js';
import { catalogDigest } from '../../src/catalog/digest.js';
import { loadCatalog } from '../../src/catalog/load.js';
import { skillNameKeys } from '../../src/catalog/name-keys.js';
import { openCatalog } from '../../src/catalog/source.js';
import { displayPath } from '../../src/core/files.js';
import { skillNames } from '../../src/profile/skill-names.js';
import { brokenCatalog } from '../helpers/catalog-fixture.js';

let home: string;
let catalog: { dir: string; cleanup: () => void };
const saved = process.env.XDG_CACHE_HOME;
const slot = (): CacheSlot => cacheSlot(catalog.dir, displayPath(catalog.dir))!;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'etr-cache-test-'));
  process.env.XDG_CACHE_HOME = home;
  // valid-minimal with one warning (a reference without asOf), which the cache must keep.
  catalog = brokenCatalog([]);
});
afterEach(() => {
  catalog.cleanup();
  rmSync(home, { recursive: true, force: true });
  if (saved === undefined) delete process.env.XDG_CACHE_HOME;
  else process.env.XDG_CACHE_HOME = saved;
});

describe('the compiled catalog cache', () => {
  it('lives in $XDG_CACHE_HOME/etr, else ~/.cache/etr (a relative XDG_CACHE_HOME is ignored)', () => {
    expect(cacheDir({ XDG_CACHE_HOME: '/tmp/x' })).toBe(join('/tmp/x', 'etr'));
    expect(cacheDir({ XDG_CACHE_HOME: 'relative' })).toMatch(/\.cache[\\/]etr$/);
    expect(cacheDir({})).toMatch(/\.cache[\\/]etr$/);
  });

  it('keeps the checked catalog and its warnings after a first run, and a second run uses them', async () => {
    const first = await openCatalog(catalog.dir);
    const kept = readCachedCatalog(slot())!;
    expect(kept.catalog).toEqual(first.catalog);
    expect(kept.warnings).toEqual(first.warnings);
    // A forged entry under the right key is what a second run returns: proof that it skipped the YAML.
    const forged = structuredClone(kept.catalog);
    forged.skills[0]!.name = 'Read from the cache';
    writeCachedCatalog(slot(), { catalog: forged, digest: kept.digest, warnings: kept.warnings });
    const second = await openCatalog(catalog.dir);
    expect(second.catalog.skills[0]!.name).toBe('Read from the cache');
    expect(second.warnings).toEqual(first.warnings);
  });

  it('works out the digest when it is read, the same as from the loaded catalog', async () => {
    const { catalog: loaded } = await loadCatalog(catalog.dir);
    const cold = await openCatalog(catalog.dir);
    const warm = await openCatalog(catalog.dir);
    expect(cold.digest).toBe(catalogDigest(loaded!));
    expect(warm.digest).toBe(cold.digest);
    expect(readCachedCatalog(slot())!.digest).toBe(cold.digest);
  });

  it("keeps the skills' normalized names, the same as worked out afresh, and a second run resolves names by them", async () => {
    await openCatalog(catalog.dir);
    const kept = readCachedCatalog(slot())!;
    expect(skillNameKeys(kept.catalog)).toEqual(skillNameKeys(structuredClone(kept.catalog)));
    const skill = kept.catalog.skills.at(-1)!;
    expect(skillNames(kept.catalog).resolve(skill.name.toUpperCase())).toBe(skill.id);
    expect(skillNames(kept.catalog).resolve(kept.catalog.skills[0]!.id)).toBe(kept.catalog.skills[0]!.id);
  });

  it('writes its entry in ASCII, Chinese texts as \\u escapes, and reads them back the same', async () => {
    const first = await openCatalog(catalog.dir);
    const { file } = slot();
    const translated = structuredClone(first.catalog);
    translated.skills[0]!.name = '提示工程 ✓';
    writeCachedCatalog(slot(), { catalog: translated, digest: first.digest, warnings: first.warnings });
    expect(readFileSync(file, 'utf8')).toMatch(/^[\x00-\x7f]*$/);
    expect(readCachedCatalog(slot())!.catalog).toEqual(translated);
  });

  for (const [what, spoil] of [
    ['altered', (text: string) => text.replace('"name":"', '"name":"X')],
    ['truncated', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['empty', () => ''],
    ['not JSON', () => 'not json\n{'],
  ] as const) {
    it(`rebuilds an entry that was ${what}, and gives the right catalog`, async () => {
      const first = await openCatalog(catalog.dir);
      const { file } = slot();
      writeFileSync(file, spoil(readFileSync(file, 'utf8')));
      expect(readCachedCatalog(slot())).toBeUndefined();
      const again = await openCatalog(catalog.dir);
      expect(again.catalog).toEqual(first.catalog);
      expect(readCachedCatalog(slot())!.catalog).toEqual(first.catalog);
    });
  }

  it('rebuilds when a catalog file changes', async () => {
    await openCatalog(catalog.dir);
    const before = slot();
    const path = join(catalog.dir, 'skills.yaml');
    const text = readFileSync(path, 'utf8');
    const changed = text.replace(/name: (.*)/, 'name: $1 (renamed)');
    expect(changed).not.toBe(text);
    writeFileSync(path, changed);
    expect(slot().key).not.toBe(before.key);
    expect(slot().file).toBe(before.file);
    const again = await openCatalog(catalog.dir);
    expect(again.catalog).toEqual((await loadCatalog(catalog.dir)).catalog);
    expect(again.catalog.skills.some((s) => s.name.endsWith('(renamed)'))).toBe(true);
  });

  it('skips a cache directory it cannot write, silently', async () => {
    // XDG_CACHE_HOME is a file: nothing can be made inside it.
    const file = join(home, 'a-file');
    writeFileSync(file, '');
    process.env.XDG_CACHE_HOME = file;
    const opened = await openCatalog(catalog.dir);
    expect(opened.catalog.roles.length).toBeGreaterThan(0);
    if (process.platform !== 'win32' && process.getuid?.() !== 0) {
      process.env.XDG_CACHE_HOME = home;
      chmodSync(home, 0o500);
      await expect(openCatalog(catalog.dir)).resolves.toBeDefined();
      chmodSync(home, 0o700);
    }
  });

  it('takes the full path, with its problems, for a catalog with errors', async () => {
    writeFileSync(join(catalog.dir, 'skills.yaml'), 'skills: [');
    await expect(openCatalog(catalog.dir)).rejects.toThrow();
    await expect(openCatalog(catalog.dir)).rejects.toThrow();
  });
});
