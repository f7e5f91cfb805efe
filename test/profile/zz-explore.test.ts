import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'vitest';
import { loadCatalog } from '../../src/catalog/load.js';
import { builtinCatalogDir } from '../../src/catalog/builtin.js';
import { parseProfile } from '../../src/profile/load.js';
test('explore', async () => {
  const { catalog } = await loadCatalog(builtinCatalogDir());
  const dir = 'test/fixtures/profiles';
  for (const f of readdirSync(dir).sort()) {
    try {
      const r = parseProfile(readFileSync(`${dir}/${f}`, 'utf8'), f, catalog!, { strict: false });
      console.log(f, 'OK', JSON.stringify(r.draft), JSON.stringify(r.warnings.map(({sourceLine, ...p}) => p)));
    } catch (e: any) {
      console.log(f, 'ERR', JSON.stringify(e.problems?.map(({sourceLine, ...p}: any) => p) ?? e.message));
    }
  }
  console.log(({} as any).polluted);
});
