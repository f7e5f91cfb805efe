// Writes schema/<kind>.schema.json from the built binary (`npm run build` first), the committed
// copies of `etr schema <kind>`; test/schema/json-schema.test.ts fails when they differ.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

mkdirSync('schema', { recursive: true });
for (const kind of ['profile', 'catalog', 'report', 'match', 'team', 'batch']) {
  const text = execFileSync(process.execPath, ['dist/etr.js', 'schema', kind], { encoding: 'utf8' });
  writeFileSync(`schema/${kind}.schema.json`, text);
  console.log(`wrote schema/${kind}.schema.json`);
}
