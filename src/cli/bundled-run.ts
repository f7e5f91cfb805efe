import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { debugEnabled } from './debug.js';

/**
 * In the built binary, `import('./run.js')` in main.ts resolves to this module (scripts/build.mjs
 * says so): it loads the bundled commands, dist/cli.js, with the V8 code cache the build made for
 * it, so a run skips compiling most of what it executes. V8 accepts a code cache only from its own
 * version, so the build names the file after it (dist/cli.<V8 version>.cache): on the Node the
 * package was built with, the shipped cache; on any other, no such file, and cli.js loads through
 * Node's own loader with Node's compile cache on where Node has one (22.8 and later), which caches
 * the compiled code on disk after the first run.
 */
type Cli = typeof import('./run.js');

const cliFile = join(__dirname, 'cli.js');
/** The cache file V8 of this Node would accept; the build writes it for the V8 it runs on. */
const codeCacheFile = (dir: string): string => join(dir, `cli.${process.versions.v8}.cache`);

/**
 * Node's CommonJS wrapper, written out rather than taken from node:module, which would load
 * Node's ES module loader at every run. cli.js sits beside this file, so this file's require
 * resolves what cli.js requires (Node's built-in modules) just as its own would.
 */
const wrapperStart = '(function (exports, require, module, __filename, __dirname) { ';
const wrapperEnd = '\n});';

function loadCli(): Cli {
  // The build runs the binary with this set to write the cache, after a run has compiled what a run uses.
  const writeCacheTo = process.env.ETR_BUILD_WRITE_CODE_CACHE;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(codeCacheFile(__dirname));
  } catch {
    if (!writeCacheTo) return loadCliWithCompileCache();
  }
  const script = new Script(wrapperStart + readFileSync(cliFile, 'utf8') + wrapperEnd, { filename: cliFile, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Cli };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, cliFile, dirname(cliFile));
  if (writeCacheTo) process.once('beforeExit', () => writeFileSync(writeCacheTo, script.createCachedData()));
  return module.exports;
}

/** No shipped cache for this V8: Node's loader, with Node's own compile cache where it has one. */
function loadCliWithCompileCache(): Cli {
  (require('node:module') as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  return require(cliFile) as Cli;
}

/**
 * With --debug or ETR_DEBUG, cli.js loads through Node's own loader with source maps on instead,
 * so that the stack of an internal error names the TypeScript sources and their functions rather
 * than the minified bundle (dist/cli.js.map, in a build of the repository, maps one to the other; the
 * package leaves it out, see docs/performance.md). Slower, without the code cache.
 */
function loadCliForDebugging(): Cli {
  process.setSourceMapsEnabled(true);
  return require(cliFile) as Cli;
}

export const run: Cli['run'] = (argv) => (debugEnabled(argv) ? loadCliForDebugging() : loadCli()).run(argv);
