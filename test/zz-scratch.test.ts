import { test } from 'vitest';
import { parseYaml } from '../src/core/yaml.js';
test('scratch', () => {
  const depth = 20_000;
  const r = parseYaml(`a: ${'['.repeat(depth)}${']'.repeat(depth)}`, 'deep.yaml', { maxAliasCount: 10 });
  console.log(r.problems.map((p) => [p.code, p.message.slice(0, 60), p.line, p.column]));
});
