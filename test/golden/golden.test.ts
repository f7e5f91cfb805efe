import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runEtr } from '../helpers/run-etr.js';

/**
 * Golden outputs: what the built binary prints for the example profiles, in every command and
 * format, byte for byte (stdout, stderr and the exit code). A restructuring of the code must keep
 * them; a change of the catalog or of a renderer changes them on purpose, and then
 * `ETR_UPDATE_GOLDEN=1 npx vitest run test/golden` rewrites them, for the diff to be read in review.
 */
const goldenDir = join(repoRoot, 'test', 'fixtures', 'golden');
const update = process.env.ETR_UPDATE_GOLDEN === '1';
const examples = readdirSync(join(repoRoot, 'data', 'examples'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.slice(0, -'.yaml'.length))
  .sort();
const profile = (name: string) => `data/examples/${name}.yaml`;

const cases: [string, string[], string?][] = [
  ...examples.flatMap((name): [string, string[]][] => [
    ...['text', 'json', 'markdown', 'html'].map((format): [string, string[]] => [`advise-${name}.${format}`, ['advise', '--profile', profile(name), '--format', format]]),
    [`advise-${name}-zh.text`, ['advise', '--profile', profile(name), '--lang', 'zh']],
    [`advise-${name}-whatif.text`, ['advise', '--profile', profile(name), '--set', 'python=4', '--risk', 'high', '--compare']],
    [`plan-${name}.text`, ['plan', '--profile', profile(name)]],
    [`plan-${name}.json`, ['plan', '--profile', profile(name), '--format', 'json']],
    [`plan-${name}-leverage.text`, ['plan', '--profile', profile(name), '--leverage']],
  ]),
  ['show-clinical-nlp-engineer.text', ['show', 'clinical-nlp-engineer']],
  ['show-clinical-nlp-engineer.json', ['show', 'clinical-nlp-engineer', '--format', 'json']],
  ...['domains', 'roles', 'skills'].flatMap((kind): [string, string[]][] => [
    [`catalog-${kind}.text`, ['catalog', kind]],
    [`catalog-${kind}.json`, ['catalog', kind, '--format', 'json']],
  ]),
  ['validate.text', ['validate']],
  ['validate.json', ['validate', '--format', 'json']],
  ['init.yaml', ['init', '--out', '-']],
  ['batch-examples.jsonl', ['advise', '--batch', '-'], examples.map((name) => readFileSync(join(repoRoot, profile(name)), 'utf8')).join('---\n')],
  ...['text', 'json', 'markdown', 'html'].map((format): [string, string[], string] => [`team-examples.${format}`, ['team', '--batch', '-', '--top', '5', '--people', '--format', format], examples.map((name) => readFileSync(join(repoRoot, profile(name)), 'utf8')).join('---\n')]),
  ['team-examples-zh.text', ['team', '--batch', '-', '--top', '5', '--lang', 'zh'], examples.map((name) => readFileSync(join(repoRoot, profile(name)), 'utf8')).join('---\n')],
];

describe('golden outputs of the examples', () => {
  for (const [name, args, stdin] of cases) {
    it(name, () => {
      const result = runEtr(args, { cwd: repoRoot, ...(stdin === undefined ? {} : { stdin }) });
      const actual = `$ etr ${args.join(' ')}\nexit ${result.code}\n--- stderr\n${result.stderr}--- stdout\n${result.stdout}`;
      const file = join(goldenDir, `${name}.golden`);
      if (update) {
        mkdirSync(goldenDir, { recursive: true });
        writeFileSync(file, actual);
      }
      expect(existsSync(file), `${file} is missing: run ETR_UPDATE_GOLDEN=1 npx vitest run test/golden`).toBe(true);
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }
});
