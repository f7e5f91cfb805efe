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

/** Set while the build makes the code cache: writes it, once a run has compiled what a run uses. */
let cacheWriter: (() => void) | undefined;

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
  if (writeCacheTo) cacheWriter = () => writeFileSync(writeCacheTo, script.createCachedData());
  return module.exports;
}

/** No shipped cache for this V8: Node's loader, with Node's own compile cache where it has one. */
function loadCliWithCompileCache(): Cli {
  const nodeModule = require('node:module') as NodeCompileCache;
  const status = nodeModule.enableCompileCache?.().status;
  const { ENABLED, ALREADY_ENABLED } = nodeModule.constants?.compileCacheStatus ?? {};
  if (status !== undefined && (status === ENABLED || status === ALREADY_ENABLED)) flushCompileCache = nodeModule.flushCompileCache ?? null;
  return require(cliFile) as Cli;
}

/** What Node 22.8 and later have of node:module's compile cache (@types/node 20 does not know it). */
interface NodeCompileCache {
  enableCompileCache?: () => { status: number };
  flushCompileCache?: () => void;
  constants?: { compileCacheStatus?: { ENABLED: number; ALREADY_ENABLED: number } };
}

/** Node's compile cache, when on: null where this Node writes it only at a natural exit (22.8 and 22.9). */
let flushCompileCache: (() => void) | null | undefined;

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

export async function run(argv: readonly string[]): Promise<void> {
  const watching = watchStandardStreams();
  const cli = debugEnabled(argv) ? loadCliForDebugging() : loadCli();
  await cli.run(argv);
  cacheWriter?.();
  // One turn of the event loop, for anything the command left to report (a late rejection).
  await new Promise((resolve) => setImmediate(resolve));
  if (watching && flushCompileCache !== null && [...builtStreams].every((stream) => stream.writableLength === 0)) {
    // Left to itself, Node would first wait for V8 to finish optimising, in background threads,
    // the functions the run made hot: a sixth of a short command's time, for code that will not
    // run again. Every command has finished its work when run() resolves, and all output has
    // reached its file descriptors: written straight to one, or through a stream that holds
    // nothing more (a stream may write later: a pipe on macOS, a terminal on Windows).
    flushCompileCache?.();
    process.exit();
  }
}

/** process.stdout and process.stderr, once something has used them: etr, a library, Node itself. */
const builtStreams = new Set<NodeJS.WriteStream>();

/**
 * Notes each standard stream as Node builds it (on first use of process.stdout or
 * process.stderr), so that the end of a run can tell whether any holds output not yet written.
 * False where that cannot be known (a getter that cannot be wrapped): then the run ends as Node
 * ends it.
 */
function watchStandardStreams(): boolean {
  for (const name of ['stdout', 'stderr'] as const) {
    const property = Object.getOwnPropertyDescriptor(process, name);
    const get = property?.get;
    if (!get || !property.configurable) return false;
    Object.defineProperty(process, name, {
      ...property,
      get: () => {
        const stream = get.call(process) as NodeJS.WriteStream;
        builtStreams.add(stream);
        return stream;
      },
    });
  }
  return true;
}
