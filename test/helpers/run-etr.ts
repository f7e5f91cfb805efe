import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport } from './json-schema.js';

/** The repository root, found from this file, so tests do not depend on the working directory. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const etrBinary = join(repoRoot, 'dist', 'etr.js');
export const fixturesDir = join(repoRoot, 'test', 'fixtures', 'catalogs');

export function fixture(name: string): string {
  return join(fixturesDir, name);
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  stdin?: string;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

const homes: Record<string, string> = {};
/** A temporary directory of this test process's own, one per purpose, removed when it exits. */
function testHome(purpose: 'cache' | 'config'): string {
  if (homes[purpose] === undefined) {
    const dir = (homes[purpose] = mkdtempSync(join(tmpdir(), `etr-${purpose}-`)));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return homes[purpose];
}

/**
 * Runs the built binary (`npm run build` first) the way a user would: its own process, no shell,
 * no colour (FORCE_COLOR=0, NO_COLOR unset, so colour settings of the machine never leak in).
 * FORCE_COLOR, NO_COLOR, ETR_DEBUG, ETR_LANG, ETR_REGION and ETR_CATALOG given in `options.env` are passed on
 * as given; from the machine's environment they never leak in. Nor does the user's config file:
 * XDG_CONFIG_HOME is an empty directory unless `options.env` names another.
 * A successful `etr advise --format json` is checked against schema/report.schema.json (with
 * ajv): a report that does not match throws, failing the test that ran it.
 */
export function runEtr(args: readonly string[], options: RunOptions = {}): RunResult {
  if (!existsSync(etrBinary)) throw new Error(`${etrBinary} is missing; run \`npm run build\` first`);
  // The catalog cache goes to a directory of this test process's own, not the user's ~/.cache.
  const env: Record<string, string | undefined> = { ...process.env, XDG_CACHE_HOME: testHome('cache'), XDG_CONFIG_HOME: testHome('config'), ...options.env, FORCE_COLOR: '0' };
  delete env.NO_COLOR;
  delete env.ETR_DEBUG;
  delete env.ETR_LANG;
  delete env.ETR_REGION;
  delete env.ETR_CATALOG;
  // A test may still set these on purpose (colour tests, --debug tests); undefined unsets them.
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'ETR_DEBUG', 'ETR_LANG', 'ETR_REGION', 'ETR_CATALOG']) {
    if (options.env && name in options.env) env[name] = options.env[name];
  }
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
  const result = spawnSync(process.execPath, [etrBinary, ...args], {
    cwd: options.cwd ?? repoRoot,
    env,
    input: options.stdin ?? '',
    encoding: 'utf8',
    timeout: 20_000,
  });
  if (result.error) throw result.error;
  // Every JSON report an end-to-end test gets must match the published report schema.
  if (result.status === 0 && printsJsonReport(args)) parseReport(result.stdout, `the output of etr ${args.join(' ')}`);
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

/** `etr [global flags] advise … --format json` (not --batch, which prints one JSON line per profile). */
export function printsJsonReport(args: readonly string[]): boolean {
  const command = args.find((a) => !a.startsWith('-'));
  if (command !== 'advise' || args.includes('--batch')) return false;
  return args.some((a, i) => a === '--format=json' || (a === '--format' && args[i + 1] === 'json'));
}
